import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import {
  FEC_COLUMNS,
  FecEncoder,
  type FecEncoderOptions,
  type FecLine,
  FecLineError,
  fecFileName,
  fecHeader,
  fecRow,
  formatFecAmount,
  isLatin9Encodable,
  transliterateToLatin9,
} from './fec-format';

const base: FecLine = {
  journalCode: 'CAP',
  journalLabel: 'Capital social',
  entryNumber: 7,
  entryDate: '2024-03-15',
  account: '4561',
  accountLabel: 'Associés - capital souscrit appelé non versé',
  auxAccount: 'M000123',
  auxLabel: 'Élodie Dupré',
  pieceRef: 'SUB-2024-0007',
  pieceDate: '2024-03-14',
  label: 'Souscription 10 parts',
  debitCents: 123456,
  creditCents: 0,
  validDate: '2024-03-16',
};

function line(overrides: Partial<FecLine> = {}): FecLine {
  return { ...base, ...overrides };
}

async function encode(lines: FecLine[], options?: FecEncoderOptions): Promise<{ bytes: Buffer; chunks: number }> {
  const encoder = new FecEncoder(options);
  const chunks: Buffer[] = [];
  Readable.from(lines).pipe(encoder);
  for await (const chunk of encoder) chunks.push(chunk as Buffer);
  return { bytes: Buffer.concat(chunks), chunks: chunks.length };
}

describe('FEC_COLUMNS / fecHeader', () => {
  it('lists the 18 fields of A47 A-1 in order, spelled exactly', () => {
    expect(FEC_COLUMNS).toEqual([
      'JournalCode',
      'JournalLib',
      'EcritureNum',
      'EcritureDate',
      'CompteNum',
      'CompteLib',
      'CompAuxNum',
      'CompAuxLib',
      'PieceRef',
      'PieceDate',
      'EcritureLib',
      'Debit',
      'Credit',
      'EcritureLet',
      'DateLet',
      'ValidDate',
      'Montantdevise',
      'Idevise',
    ]);
    expect(Object.isFrozen(FEC_COLUMNS)).toBe(true);
  });

  it('joins the header with tabs', () => {
    expect(fecHeader()).toBe(FEC_COLUMNS.join('\t'));
    expect(fecHeader().split('\t')).toHaveLength(18);
  });
});

describe('fecRow', () => {
  it('writes 18 tab-separated fields with AAAAMMJJ dates and decimal-comma amounts', () => {
    expect(fecRow(base)).toBe(
      [
        'CAP',
        'Capital social',
        '7',
        '20240315',
        '4561',
        'Associés - capital souscrit appelé non versé',
        'M000123',
        'Élodie Dupré',
        'SUB-2024-0007',
        '20240314',
        'Souscription 10 parts',
        '1234,56',
        '0,00',
        '',
        '',
        '20240316',
        '',
        '',
      ].join('\t'),
    );
  });

  it('writes amounts with two decimals, a comma and no thousands separator', () => {
    expect(formatFecAmount(0)).toBe('0,00');
    expect(formatFecAmount(5)).toBe('0,05');
    expect(formatFecAmount(10)).toBe('0,10');
    expect(formatFecAmount(100)).toBe('1,00');
    expect(formatFecAmount(123456789012)).toBe('1234567890,12');
    const fields = fecRow(line({ debitCents: 0, creditCents: 100_000_000 })).split('\t');
    expect(fields.slice(11, 13)).toEqual(['0,00', '1000000,00']);
  });

  it('replaces tab, CR, LF by a space and | by /, then trims text fields', () => {
    const fields = fecRow(
      line({ label: '  Parts\tA|B\r\nC  ', accountLabel: 'Capital\nsouscrit', auxLabel: ' Dupré | fils ' }),
    ).split('\t');
    expect(fields).toHaveLength(18);
    expect(fields[10]).toBe('Parts A/B  C');
    expect(fields[5]).toBe('Capital souscrit');
    expect(fields[7]).toBe('Dupré / fils');
  });

  it('writes "-" for an empty PieceRef and "/" for an empty EcritureLib', () => {
    const fields = fecRow(line({ pieceRef: ' ', label: '' })).split('\t');
    expect(fields[8]).toBe('-');
    expect(fields[10]).toBe('/');
  });

  it('leaves the auxiliary, lettering and currency fields empty when not given', () => {
    const fields = fecRow(line({ auxAccount: null, auxLabel: null })).split('\t');
    expect(fields[6]).toBe('');
    expect(fields[7]).toBe('');
    expect(fields.slice(13, 15)).toEqual(['', '']);
    expect(fields.slice(16)).toEqual(['', '']);
  });

  it('transliterates text for ISO-8859-15 before applying the placeholders', () => {
    const fields = fecRow(
      line({ auxLabel: 'Łukasz  “Ola”', label: '\u0301', pieceRef: '\u200b' }),
      'iso-8859-15',
    ).split('\t');
    expect(fields[7]).toBe('Lukasz  "Ola"');
    expect(fields[8]).toBe('-');
    expect(fields[10]).toBe('/');
    expect(fecRow(line({ auxLabel: 'Łukasz' }), 'utf-8').split('\t')[7]).toBe('Łukasz');
  });

  it('writes the lettering code and date when given', () => {
    const fields = fecRow(line({ letteringCode: 'AB', letteringDate: '2024-04-02' })).split('\t');
    expect(fields.slice(13, 15)).toEqual(['AB', '20240402']);
  });

  it.each<[string, Partial<FecLine>, string]>([
    ['both sides are non-zero', { debitCents: 100, creditCents: 100 }, 'Debit'],
    ['both sides are zero', { debitCents: 0, creditCents: 0 }, 'Debit'],
    ['an amount is negative', { debitCents: -100 }, 'Debit'],
    ['an amount is not whole cents', { creditCents: 0.5, debitCents: 0 }, 'Credit'],
    ['a date is not a calendar date', { entryDate: '2023-02-29' }, 'EcritureDate'],
    ['a date is not YYYY-MM-DD', { pieceDate: '14/03/2024' }, 'PieceDate'],
    ['the entry number is not a positive integer', { entryNumber: 0 }, 'EcritureNum'],
    ['the account does not start with 3 digits', { account: 'CAP1' }, 'CompteNum'],
    ['a mandatory text is empty', { journalLabel: ' \t ' }, 'JournalLib'],
    ['only one of the auxiliary fields is given', { auxLabel: null }, 'CompAuxNum'],
    ['a lettering code has no date', { letteringCode: 'AB' }, 'EcritureLet'],
  ])('throws a FecLineError when %s', (_case, overrides, field) => {
    expect(() => fecRow(line(overrides))).toThrow(FecLineError);
    try {
      fecRow(line(overrides));
    } catch (err) {
      expect((err as FecLineError).field).toBe(field);
    }
  });
});

describe('fecFileName', () => {
  it('is <SIREN>FEC<closing date AAAAMMJJ>.txt', () => {
    expect(fecFileName('123456789', '2024-12-31')).toBe('123456789FEC20241231.txt');
    expect(fecFileName('123 456 789', '2025-06-30')).toBe('123456789FEC20250630.txt');
  });

  it('refuses a SIREN that is not 9 digits or an invalid closing date', () => {
    expect(() => fecFileName('12345678', '2024-12-31')).toThrow(RangeError);
    expect(() => fecFileName('123456789', '2024-12-32')).toThrow(FecLineError);
  });
});

describe('transliterateToLatin9', () => {
  it('keeps every character ISO-8859-15 has, including those Latin-1 lacks', () => {
    const text = 'éèêàâçôùûïÿ ÉÈÀÇ œŒ € Š š Ž ž Ÿ « » ° ß Æ Ø';
    expect(transliterateToLatin9(text)).toBe(text);
    expect(iconv.decode(iconv.encode(text, 'iso-8859-15'), 'iso-8859-15')).toBe(text);
  });

  it('replaces common characters ISO-8859-15 lacks by close equivalents', () => {
    expect(transliterateToLatin9('Łukasz Wałęsa – “SCIC” ‘Ô’ — Łódź…')).toBe('Lukasz Walesa - "SCIC" \'Ô\' - Lódz...');
    expect(transliterateToLatin9('Ștefan Dvořák Erdős ﬁn')).toBe('Stefan Dvorák Erdos fin');
    expect(transliterateToLatin9('12\u202f000 ½ ¤')).toBe('12 000 1/2 ?');
  });

  it('composes decomposed accents instead of losing them', () => {
    expect(transliterateToLatin9('Ele\u0301onore')).toBe('Eléonore');
  });

  it('writes one ? per character it cannot transliterate, even outside the BMP', () => {
    expect(transliterateToLatin9('合作社 😀!')).toBe('??? ?!');
  });

  it('agrees with iconv-lite on which characters ISO-8859-15 can encode', () => {
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue; // lone surrogates
      const ch = String.fromCharCode(cp);
      const roundTrips = iconv.decode(iconv.encode(ch, 'iso-8859-15'), 'iso-8859-15') === ch;
      if (isLatin9Encodable(ch) !== roundTrips) throw new Error(`disagreement on U+${cp.toString(16)}`);
    }
  });
});

describe('FecEncoder', () => {
  const lines = [
    line({ entryNumber: 1, label: 'Souscription Élodie Œuvre 100 €', debitCents: 10000 }),
    line({
      entryNumber: 1,
      account: '1013',
      accountLabel: 'Capital souscrit appelé versé',
      auxAccount: null,
      auxLabel: null,
      debitCents: 0,
      creditCents: 10000,
    }),
  ];

  it('writes the header, then the lines separated by CRLF, with no newline at the end', async () => {
    const { bytes } = await encode(lines, { encoding: 'utf-8' });
    const text = bytes.toString('utf8');
    expect(text).toBe([fecHeader(), fecRow(lines[0]), fecRow(lines[1])].join('\r\n'));
    expect(text.endsWith('\n')).toBe(false);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes only the header when there are no lines', async () => {
    const { bytes } = await encode([]);
    expect(bytes.toString('latin1')).toBe(fecHeader());
  });

  it('encodes ISO-8859-15 by default, with € as byte 0xA4 and Œ as 0xBC', async () => {
    const { bytes } = await encode(lines);
    expect(bytes.indexOf(Buffer.from([0xa4]))).toBeGreaterThan(0); // €
    expect(bytes.includes(Buffer.from('Souscription \xc9lodie \xbcuvre 100 \xa4', 'latin1'))).toBe(true);
    expect(bytes.includes(Buffer.from('€', 'utf8'))).toBe(false);
  });

  it('transliterates characters ISO-8859-15 cannot encode instead of failing', async () => {
    const { bytes } = await encode([line({ auxLabel: 'Łukasz “Ola” Kołodziej', label: 'Parts – 😀' })]);
    const text = iconv.decode(bytes, 'iso-8859-15');
    expect(text).toContain('\tLukasz "Ola" Kolodziej\t');
    expect(text).toContain('\tParts - ?\t');
  });

  it('writes UTF-8 without a byte order mark when asked', async () => {
    const { bytes } = await encode(lines, { encoding: 'utf-8' });
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(bytes.subarray(0, 11).toString()).toBe('JournalCode');
    expect(bytes.toString('utf8')).toContain('Élodie Œuvre 100 €');
  });

  it('pushes one Buffer per batch of lines, not one per line', async () => {
    const many = Array.from({ length: 1_200 }, (_, i) => line({ entryNumber: i + 1 }));
    expect((await encode(many, { linesPerChunk: 500 })).chunks).toBe(3);
    expect((await encode(many)).chunks).toBe(3); // default batch is 500 lines
    const { bytes } = await encode(many, { linesPerChunk: 7 });
    expect(bytes.toString('latin1').split('\r\n')).toHaveLength(1_201);
  });

  it('fails the stream with a FecLineError naming the bad line', async () => {
    const bad = [line({ entryNumber: 1 }), line({ entryNumber: 2, entryDate: '2024-02-30' })];
    await expect(encode(bad)).rejects.toThrow(/FEC line 2 \(entry CAP 2\): EcritureDate/);
  });

  it('counts the data lines written', async () => {
    const encoder = new FecEncoder();
    encoder.resume();
    encoder.write(lines[0]);
    encoder.write(lines[1]);
    encoder.end();
    await new Promise((resolve) => encoder.on('end', resolve));
    expect(encoder.lineCount).toBe(2);
  });
});
