import { describe, expect, it } from 'vitest';
import { guessColumn, preview, remap, toCsv } from './csv';

describe('the import wizard’s CSV handling', () => {
  const file = '\uFEFFRef;Prénom;Nom;Notes\r\nR1;Hélène;"Dupré; fille";"dit ""Léna"""\r\nR2;Jean;Martin;\r\n';

  it('reads the header, the delimiter and the first rows, quotes included', () => {
    const p = preview(file);
    expect(p.delimiter).toBe(';');
    expect(p.headers).toEqual(['Ref', 'Prénom', 'Nom', 'Notes']);
    expect(p.rows[0]).toEqual(['R1', 'Hélène', 'Dupré; fille', 'dit "Léna"']);
    expect(preview('a,b\n1,2\n').delimiter).toBe(',');
  });

  it('guesses Socius’ column from a French header, and leaves unknown ones to the person', () => {
    expect(['Prénom', 'NOM', 'Courriel', 'Collège', 'externalref', 'Ref', 'Notes'].map(guessColumn)).toEqual([
      'firstName',
      'lastName',
      'email',
      'collegeCode',
      'externalRef',
      '',
      '',
    ]);
  });

  it('rewrites the header, and drops a column left out from every row without breaking quoted fields', () => {
    const p = preview(file);
    expect(remap(p, ['externalRef', 'firstName', 'lastName', 'companyName'])).toBe(
      'externalRef;firstName;lastName;companyName\nR1;Hélène;"Dupré; fille";"dit ""Léna"""\r\nR2;Jean;Martin;\r\n',
    );
    expect(remap(p, ['externalRef', 'firstName', 'lastName', ''])).toBe(
      'externalRef;firstName;lastName\nR1;Hélène;"Dupré; fille"\nR2;Jean;Martin',
    );
  });

  it('writes a selection for French spreadsheets', () => {
    expect(toCsv(['a', 'b'], [['x;y', null]])).toBe('\uFEFFa;b\r\n"x;y";\r\n');
  });
});
