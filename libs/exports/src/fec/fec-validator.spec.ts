import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { FEC_COLUMNS, FecEncoder, type FecEncoding, type FecLine, fecFileName, fecRow } from './fec-format';
import { FEC_MAX_PROBLEMS, type FecReport, validateFec } from './fec-validator';

const YEAR = { fiscalYearStart: '2024-01-01', fiscalYearEnd: '2024-12-31' };
const SIREN = '123456789';

/** Entry n of the share-capital journal: a subscription (4561 / 1013) for member n, two lines. */
function entry(n: number, date = '2024-03-15', cents = 10_000 + n): FecLine[] {
  const common = {
    journalCode: 'CAP',
    journalLabel: 'Capital social',
    entryNumber: n,
    entryDate: date,
    pieceRef: `SUB-${n}`,
    pieceDate: date,
    label: `Souscription de parts n°${n} – Élodie Œuvre, 100 €`,
    validDate: date,
  };
  return [
    {
      ...common,
      account: '4561',
      accountLabel: 'Associés - capital souscrit non appelé',
      auxAccount: `M${n}`,
      auxLabel: 'Élodie Œuvre',
      debitCents: cents,
      creditCents: 0,
    },
    {
      ...common,
      account: '1013',
      accountLabel: 'Capital souscrit appelé versé',
      auxAccount: null,
      auxLabel: null,
      debitCents: 0,
      creditCents: cents,
    },
  ];
}

/** A line as FecEncoder writes it in ISO-8859-15 (the "–" of the label becomes "-"), split into fields. */
function fields(l: FecLine): string[] {
  return fecRow(l, 'iso-8859-15').split('\t');
}

/** Three balanced entries as rows of fields: file lines 2–7 (line 1 is the header). */
function rows(): string[][] {
  return [...entry(1), ...entry(2), ...entry(3)].map(fields);
}

function fecText(body: string[][], header: readonly string[] = FEC_COLUMNS): string {
  return [header.join('\t'), ...body.map((r) => r.join('\t'))].join('\r\n');
}

function validate(content: Buffer | string, extra: Partial<Parameters<typeof validateFec>[1]> = {}): FecReport {
  return validateFec(content, { ...YEAR, ...extra });
}

async function encode(lines: FecLine[], encoding: FecEncoding): Promise<Buffer> {
  const encoder = new FecEncoder({ encoding });
  const chunks: Buffer[] = [];
  Readable.from(lines).pipe(encoder);
  for await (const chunk of encoder) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const DEBIT = 11;
const CREDIT = 12;

describe('validateFec round trip with FecEncoder', () => {
  const lines = Array.from({ length: 1_000 }, (_, i) =>
    entry(i + 1, `2024-${String((i % 12) + 1).padStart(2, '0')}-10`),
  ).flat();
  const expectedCents = lines.reduce((sum, l) => sum + l.debitCents, 0);

  it.each<FecEncoding>(['iso-8859-15', 'utf-8'])(
    'accepts what FecEncoder writes in %s, with the right figures',
    async (encoding) => {
      const bytes = await encode(lines, encoding);
      const report = validate(bytes, { encoding, fileName: fecFileName(SIREN, YEAR.fiscalYearEnd), siren: SIREN });
      expect(report).toEqual({
        valid: true,
        problems: [],
        truncated: false,
        lines: 2_000,
        entries: 1_000,
        debitCents: expectedCents,
        creditCents: expectedCents,
      });
    },
  );

  it('keeps é, € and Œ intact through ISO-8859-15 bytes (€ is byte 0xA4)', async () => {
    const bytes = await encode(entry(1), 'iso-8859-15');
    expect(bytes.includes(Buffer.from([0x31, 0x30, 0x30, 0x20, 0xa4]))).toBe(true); // "100 €"
    expect(bytes.includes(Buffer.from([0xc9, 0x6c, 0x6f]))).toBe(true); // "Élo"
    expect(bytes.includes(Buffer.from([0xbc, 0x75, 0x76, 0x72, 0x65]))).toBe(true); // "Œuvre"
    const text = iconv.decode(bytes, 'iso-8859-15');
    expect(text).toContain('Élodie Œuvre, 100 €');
    expect(text).toContain('Associés');
    expect(validate(bytes).valid).toBe(true);
  });

  it('validates a buffer larger than one decoding chunk (4 MiB)', async () => {
    const big = Array.from({ length: 16_000 }, (_, i) => entry(i + 1)).flat();
    const bytes = await encode(big, 'iso-8859-15');
    expect(bytes.length).toBeGreaterThan(4 * 1024 * 1024);
    const report = validate(bytes);
    expect(report.problems).toEqual([]);
    expect(report.lines).toBe(32_000);
    expect(report.entries).toBe(16_000);
  });

  it('accepts the same file given as a string', () => {
    const report = validate(fecText(rows()));
    expect(report).toMatchObject({ valid: true, lines: 6, entries: 3, debitCents: 30_006, creditCents: 30_006 });
  });
});

describe('validateFec catches each defect', () => {
  function only(report: FecReport): FecReport['problems'][number] {
    expect(report.valid).toBe(false);
    expect(report.problems).toHaveLength(1);
    return report.problems[0];
  }

  it('reports an unbalanced entry on its first line, and the unbalanced totals', () => {
    const body = rows();
    body[3][CREDIT] = '100,01'; // entry 2 (lines 4–5): debit 100,02, credit 100,01
    const report = validate(fecText(body));
    expect(report.problems).toEqual([
      { line: 4, message: 'entry CAP 2 (lines 4–5) is unbalanced: debit 100,02 ≠ credit 100,01' },
      { line: 0, message: 'total debit 300,06 ≠ total credit 300,05' },
    ]);
  });

  it('reports a gap in the entry numbering', () => {
    const body = rows();
    body[4][2] = body[5][2] = '4'; // entries 1, 2, 4
    expect(only(validate(fecText(body)))).toEqual({
      line: 6,
      field: 'EcritureNum',
      message: 'numbering gap in journal CAP: expected entry 3, found 4',
    });
  });

  it('reports numbering that does not start at 1 in a journal', () => {
    const body = rows().map((r) => {
      r[2] = String(Number(r[2]) + 1);
      return r;
    });
    expect(only(validate(fecText(body)))).toMatchObject({
      line: 2,
      message: expect.stringContaining('expected entry 1, found 2'),
    });
  });

  it('reports a repeated entry number', () => {
    const body = rows();
    body[4][2] = body[5][2] = '1'; // entries 1, 2, 1
    expect(only(validate(fecText(body)))).toEqual({
      line: 6,
      field: 'EcritureNum',
      message:
        'entry CAP 1 appears again after entry 2: numbers must not repeat and the lines of an entry must be contiguous',
    });
  });

  it('reports an entry whose lines are not contiguous', () => {
    const body = rows();
    [body[3], body[4]] = [body[4], body[3]]; // entries by line: 1, 1, 2, 3, 2, 3
    const report = validate(fecText(body));
    expect(report.valid).toBe(false);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        { line: 6, field: 'EcritureNum', message: expect.stringContaining('entry CAP 2 appears again after entry 3') },
      ]),
    );
  });

  it('numbers each journal separately', () => {
    const body = [...rows(), ...entry(1).map((l) => fields({ ...l, journalCode: 'BQ', journalLabel: 'Banque' }))];
    expect(validate(fecText(body)).valid).toBe(true);
  });

  it('reports an entry date outside the fiscal year', () => {
    const body = rows();
    body[0][3] = body[1][3] = '20250101';
    body[0][15] = body[1][15] = '20250101';
    const message = 'EcritureDate 20250101 is outside the fiscal year 20240101–20241231';
    expect(validate(fecText(body)).problems).toEqual([
      { line: 2, field: 'EcritureDate', message },
      { line: 3, field: 'EcritureDate', message },
    ]);
    body[0][3] = body[1][3] = '20231231';
    expect(validate(fecText(body)).problems).toHaveLength(2);
  });

  it('reports lines of one entry with different dates', () => {
    const body = rows();
    body[1][3] = body[1][15] = '20240316';
    expect(only(validate(fecText(body)))).toMatchObject({
      line: 3,
      field: 'EcritureDate',
      message: expect.stringContaining('differs'),
    });
  });

  it('reports a validation date before the entry date', () => {
    const body = rows();
    body[0][15] = '20240314';
    expect(only(validate(fecText(body)))).toMatchObject({
      line: 2,
      field: 'ValidDate',
      message: 'ValidDate 20240314 precedes EcritureDate 20240315',
    });
  });

  it('reports a date that is not a calendar date', () => {
    const body = rows();
    body[0][9] = '20230229';
    expect(only(validate(fecText(body)))).toMatchObject({
      line: 2,
      field: 'PieceDate',
      message: expect.stringContaining('not a valid AAAAMMJJ date'),
    });
  });

  it('reports an amount with a decimal dot', () => {
    const body = rows();
    body[0][DEBIT] = '100.01';
    const report = validate(fecText(body));
    expect(report.problems[0]).toEqual({
      line: 2,
      field: 'Debit',
      message: 'Debit "100.01" uses a dot; the decimal separator must be a comma',
    });
    expect(report.problems).toHaveLength(2); // plus the totals, since the amount could not be read
  });

  it.each([['1 000,00'], ['1.000,00'], ['100,0'], ['100'], ['']])('reports the malformed amount "%s"', (amount) => {
    const body = rows();
    body[1][CREDIT] = amount;
    expect(validate(fecText(body)).problems[0]).toMatchObject({ line: 3, field: 'Credit' });
  });

  it('reports a negative amount', () => {
    const body = rows();
    body[0][DEBIT] = '-100,01';
    expect(validate(fecText(body)).problems[0]).toMatchObject({
      line: 2,
      field: 'Debit',
      message: expect.stringContaining('negative'),
    });
  });

  it('reports a line with both Debit and Credit filled', () => {
    const body = rows();
    body[0][CREDIT] = body[0][DEBIT] = '100,01';
    expect(validate(fecText(body)).problems[0]).toEqual({
      line: 2,
      field: 'Debit',
      message: 'Debit and Credit are both filled; exactly one must be non-zero',
    });
  });

  it('reports a line with both Debit and Credit at zero', () => {
    const body = rows();
    body.splice(2, 0, [...body[1]]);
    body[2][CREDIT] = '0,00';
    expect(only(validate(fecText(body)))).toMatchObject({ line: 4, message: expect.stringContaining('both zero') });
  });

  it('reports a wrong header: renamed, reordered or missing column', () => {
    const renamed = [...FEC_COLUMNS];
    renamed[2] = 'EcritureNumero';
    expect(only(validate(fecText(rows(), renamed)))).toEqual({
      line: 1,
      field: 'EcritureNum',
      message: 'header column 3 must be "EcritureNum", found "EcritureNumero"',
    });
    const swapped = [...FEC_COLUMNS];
    [swapped[11], swapped[12]] = [swapped[12], swapped[11]];
    expect(only(validate(fecText(rows(), swapped)))).toMatchObject({ line: 1, field: 'Debit' });
    expect(validate(fecText(rows(), FEC_COLUMNS.slice(0, 16))).problems[0]).toMatchObject({
      line: 1,
      message: 'the header has 16 columns, expected the 18 of A47 A-1',
    });
  });

  it('reports a separator other than tab once, without a flood of per-line problems', () => {
    const piped = fecText(rows()).replace(/\t/g, '|');
    const report = validate(piped);
    expect(only(report)).toMatchObject({ line: 1, message: expect.stringContaining('must be a tab (found |)') });
    expect(report.lines).toBe(6);
  });

  it('reports a line without 18 fields', () => {
    const body = rows();
    body[2].pop();
    expect(validate(fecText(body)).problems[0]).toEqual({ line: 4, message: 'the line has 17 fields, expected 18' });
  });

  it('reports an empty mandatory field', () => {
    const body = rows();
    body[0][5] = ' ';
    expect(only(validate(fecText(body)))).toEqual({ line: 2, field: 'CompteLib', message: 'CompteLib is mandatory' });
  });

  it('reports an account number that does not start with 3 digits', () => {
    const body = rows();
    body[0][4] = 'A4561';
    expect(only(validate(fecText(body)))).toMatchObject({ line: 2, field: 'CompteNum' });
  });

  it('reports an auxiliary account without label', () => {
    const body = rows();
    body[0][7] = '';
    expect(only(validate(fecText(body)))).toMatchObject({ line: 2, field: 'CompAuxNum' });
  });

  it('reports a wrong file name, a closing date that is not the year end, and a wrong SIREN', () => {
    const text = fecText(rows());
    expect(only(validate(text, { fileName: '/tmp/export.txt' }))).toMatchObject({ line: 0, field: 'fileName' });
    expect(only(validate(text, { fileName: '123456789FEC20241231.csv' }))).toMatchObject({ field: 'fileName' });
    expect(only(validate(text, { fileName: '123456789FEC20240630.txt' }))).toMatchObject({
      message: "file name date 20240630 must be the fiscal year's closing date 20241231",
    });
    expect(only(validate(text, { fileName: '987654321FEC20241231.txt', siren: SIREN }))).toMatchObject({
      message: expect.stringContaining("not the company's SIREN"),
    });
    expect(validate(text, { fileName: 'exports/123456789FEC20241231.txt', siren: SIREN }).valid).toBe(true);
  });

  it('reports a newline at the end of the file', () => {
    expect(only(validate(`${fecText(rows())}\r\n`))).toEqual({
      line: 0,
      message: 'the file must not end with a line terminator',
    });
    const report = validate(Buffer.from(`${fecText(rows())}\r\n`));
    expect(report.lines).toBe(6);
    expect(report.valid).toBe(false);
  });

  it('reports a UTF-8 byte order mark, as bytes or as a string', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const bytes = Buffer.concat([bom, iconv.encode(fecText(rows()), 'utf-8')]);
    expect(only(validate(bytes, { encoding: 'utf-8' }))).toMatchObject({
      line: 0,
      message: expect.stringContaining('BOM'),
    });
    expect(only(validate(`\ufeff${fecText(rows())}`, { encoding: 'utf-8' }))).toMatchObject({
      message: expect.stringContaining('BOM'),
    });
  });

  it('reports lines separated by a bare LF or CR', () => {
    const lf = fecText(rows()).replace('\r\n', '\n');
    expect(only(validate(lf))).toEqual({ line: 1, message: 'lines must be separated by CRLF, found a bare LF' });
    const cr = fecText(rows()).replace(/\r\n(?=CAP\tCapital social\t2\t)/, '\r'); // joins lines 3 and 4
    expect(validate(cr).problems[0]).toEqual({ line: 3, message: 'lines must be separated by CRLF, found a bare CR' });
  });

  it('reports an empty line in the middle of the file', () => {
    const text = fecText(rows()).replace('\r\nCAP\t', '\r\n\r\nCAP\t');
    expect(only(validate(text))).toEqual({ line: 2, message: 'empty line' });
  });

  it('reports invalid UTF-8 bytes on their line', () => {
    const bytes = Buffer.from(fecText(rows()).replace('Œuvre', 'XXuvre'), 'utf8');
    bytes[bytes.indexOf('XXuvre')] = 0xbc; // Latin-9 Œ inside a UTF-8 file
    expect(validate(bytes, { encoding: 'utf-8' }).problems[0]).toMatchObject({
      line: 2,
      message: expect.stringContaining('invalid UTF-8'),
    });
  });

  it('reports UTF-8 content when ISO-8859-15 was expected', () => {
    const bytes = Buffer.from(fecText(rows()), 'utf8');
    expect(validate(bytes, { encoding: 'iso-8859-15' }).problems).toEqual(
      expect.arrayContaining([{ line: 0, message: 'the content looks like UTF-8 but ISO-8859-15 was expected' }]),
    );
  });

  it('reports a string with characters ISO-8859-15 cannot encode', () => {
    const body = rows();
    body[0][10] = 'Łukasz';
    expect(only(validate(fecText(body)))).toMatchObject({ line: 2, message: expect.stringContaining('cannot encode') });
    expect(validate(fecText(body), { encoding: 'utf-8' }).valid).toBe(true);
  });

  it('reports an empty file', () => {
    expect(only(validate(''))).toMatchObject({ line: 0, message: expect.stringContaining('empty') });
  });

  it(`keeps at most ${FEC_MAX_PROBLEMS} problems but still counts every line`, () => {
    const body = Array.from({ length: 500 }, (_, i) => entry(i + 1))
      .flat()
      .map(fields);
    for (const r of body) r[3] = '20300101';
    const report = validate(fecText(body));
    expect(report.problems).toHaveLength(FEC_MAX_PROBLEMS);
    expect(report.truncated).toBe(true);
    expect(report.lines).toBe(1_000);
    expect(report.entries).toBe(500);
  });

  it('refuses invalid fiscal year options', () => {
    expect(() => validateFec('', { fiscalYearStart: '2024-13-01', fiscalYearEnd: '2024-12-31' })).toThrow(RangeError);
    expect(() => validateFec('', { fiscalYearStart: '2025-01-01', fiscalYearEnd: '2024-12-31' })).toThrow(RangeError);
  });
});
