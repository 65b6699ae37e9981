import { writeZip, ZipReader } from './zip';

describe('ZipReader', () => {
  const read = (
    zip: Buffer,
    limits = { maxEntries: 10, maxFileBytes: 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024 },
  ) => {
    const reader = new ZipReader(limits);
    // in pieces, as a staged upload arrives
    for (let at = 0; at < zip.length; at += 4096) reader.push(zip.subarray(at, at + 4096));
    reader.push(new Uint8Array(0), true);
    return reader.done();
  };

  it('gives back the files written', () => {
    const files = read(
      writeZip([
        ['a.json', Buffer.from('[1]')],
        ['b.csv', Buffer.from('x;y\r\n')],
      ]),
    );
    expect([...files.entries()].map(([k, v]) => [k, v.toString()])).toEqual([
      ['a.json', '[1]'],
      ['b.csv', 'x;y\r\n'],
    ]);
  });

  it('stops a zip bomb at the limit, whatever it would inflate to', () => {
    const bomb = writeZip([['members.json', Buffer.alloc(64 * 1024 * 1024, 0x20)]]);
    expect(bomb.length).toBeLessThan(256 * 1024);
    expect(() => read(bomb)).toThrow(/inflates to more than 1048576 bytes/);
  });

  it('refuses the same name twice, paths, too many files, and what is not a zip', () => {
    expect(() =>
      read(
        writeZip([
          ['a.json', Buffer.from('1')],
          ['a.json', Buffer.from('2')],
        ]),
      ),
    ).toThrow(/appears twice/);
    expect(() => read(writeZip([['../etc/passwd', Buffer.from('1')]]))).toThrow(/not a file of a Socius export/);
    const many = Array.from({ length: 11 }, (_, i) => [`f${i}.json`, Buffer.from('1')] as [string, Buffer]);
    expect(() => read(writeZip(many))).toThrow(/more than 10 files/);
    expect(() => read(Buffer.from('just text'))).toThrow(/not a zip/);
  });

  it('refuses a zip cut short', () => {
    const zip = writeZip([['a.json', Buffer.alloc(100_000, 0x41).map((_, i) => (i * 7919) % 251)]]);
    expect(() => read(zip.subarray(0, zip.length / 2))).toThrow(/cut short|incomplete|not a readable zip/);
  });
});
