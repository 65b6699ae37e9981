import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { csvLine, frenchCents, frenchDate, frenchDecimal } from '@socius/core';
import { CopyTextRows, CsvCrlf, unescapeCopyText } from './pg-copy';

async function through(chunks: (string | Buffer)[], transform: CsvCrlf): Promise<string> {
  const out: Buffer[] = [];
  await pipeline(
    Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))),
    transform,
    new Writable({
      write(chunk: Buffer, _e, cb) {
        out.push(chunk);
        cb();
      },
    }),
  );
  return Buffer.concat(out).toString('utf8');
}

async function rows(chunks: Buffer[]): Promise<(string | null)[][]> {
  const out: (string | null)[][] = [];
  await pipeline(
    Readable.from(chunks),
    new CopyTextRows((f) => f),
    async (source: AsyncIterable<(string | null)[]>) => {
      for await (const row of source) out.push(row);
    },
  );
  return out;
}

describe('CsvCrlf', () => {
  it('turns record LFs into CRLF', async () => {
    expect(await through(['a;b\nc;d\n'], new CsvCrlf())).toBe('a;b\r\nc;d\r\n');
  });

  it('leaves an LF inside a quoted field alone, even when the quote opens in an earlier chunk', async () => {
    const csv = '1;"Pain;\nDoré";x\n2;"a ""b""\nc";y\n3;z\n';
    const expected = '1;"Pain;\nDoré";x\r\n2;"a ""b""\nc";y\r\n3;z\r\n';
    expect(await through([csv], new CsvCrlf())).toBe(expected);
    // every split point, including inside "" and between a quote and its LF
    const bytes = Buffer.from(csv);
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(await through([bytes.subarray(0, cut), bytes.subarray(cut)], new CsvCrlf())).toBe(expected);
    }
    // one byte at a time
    expect(
      await through(
        [...bytes].map((b) => Buffer.from([b])),
        new CsvCrlf(),
      ),
    ).toBe(expected);
  });

  it('passes a chunk without LF through untouched', () => {
    const chunk = Buffer.from('no newline here');
    expect(new CsvCrlf().convert(chunk)).toBe(chunk);
  });
});

describe('CopyTextRows', () => {
  it('parses COPY text rows across chunks, with escapes and nulls', async () => {
    const text = 'a\tb\\tc\t\\N\n\\\\x\tÉlodie Œuvre\t\nlast\t1\t2\n';
    const expected = [
      ['a', 'b\tc', null],
      ['\\x', 'Élodie Œuvre', ''],
      ['last', '1', '2'],
    ];
    const bytes = Buffer.from(text);
    expect(await rows([bytes])).toEqual(expected);
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(await rows([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(expected);
    }
  });

  it('reads a last row without LF', async () => {
    expect(await rows([Buffer.from('a\tb\nc\td')])).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('unescapes every escape COPY writes', () => {
    expect(unescapeCopyText('\\N')).toBeNull();
    expect(unescapeCopyText('a\\nb\\rc\\td\\\\e\\bf\\fg\\vh')).toBe('a\nb\rc\td\\e\bf\fg\vh');
    expect(unescapeCopyText('\\101\\x42')).toBe('AB');
    expect(unescapeCopyText('plain')).toBe('plain');
  });
});

describe('French spreadsheet formatting', () => {
  it('writes decimal commas, DD/MM/YYYY and quotes only what needs it', () => {
    expect(frenchCents(2500)).toBe('25,00');
    expect(frenchCents(7505)).toBe('75,05');
    expect(frenchCents(-5)).toBe('-0,05');
    expect(frenchCents(123456789)).toBe('1234567,89');
    expect(frenchDecimal(33.333)).toBe('33,33');
    expect(frenchDate('2025-03-15')).toBe('15/03/2025');
    expect(frenchDate(null)).toBe('');
    expect(csvLine(['a', 'b;c', 'd"e', 'f\ng', 3, null])).toBe('a;"b;c";"d""e";"f\ng";3;\r\n');
  });
});
