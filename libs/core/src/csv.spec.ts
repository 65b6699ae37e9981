import { CSV_STRINGIFY_CAST, csvField, csvLine, csvUntext, isCsvFormula } from './csv';

describe('CSV cells that cannot attack a spreadsheet', () => {
  it('escapes text starting with = + - @ tab or CR, quoted, with a leading single quote', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('@SUM(1+1)')).toBe(`"'@SUM(1+1)"`);
    expect(csvField('+1+1')).toBe(`"'+1+1"`);
    expect(csvField('-1+cmd')).toBe(`"'-1+cmd"`);
    expect(csvField('\tx')).toBe(`"'\tx"`);
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvLine(['a', '=1', 3, null])).toBe(`a;"'=1";3;\r\n`);
  });

  it('keeps numbers numeric: negative amounts and signed numbers are not formulas', () => {
    expect(csvField('-12,50')).toBe('-12,50');
    expect(csvField('+33')).toBe('+33');
    expect(csvField(-5)).toBe('-5');
    expect(isCsvFormula('-0.5')).toBe(false);
    expect(isCsvFormula('-1,5+2')).toBe(true);
  });

  it('gives csv-stringify the same rule and lets an import read its text back', () => {
    expect(CSV_STRINGIFY_CAST.string('=1')).toEqual({ value: "'=1", quoted: true });
    expect(CSV_STRINGIFY_CAST.string('Dupont')).toBe('Dupont');
    expect(csvUntext("'=1")).toBe('=1');
    expect(csvUntext("'tis")).toBe("'tis");
  });
});
