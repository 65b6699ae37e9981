import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { hookable, SharedFontWork, shareFontWork } from './pdfkit-hooks';

/**
 * pdfkit-hooks.ts uses six private members of pdfkit and fontkit. An upgrade of either may remove
 * or change one without a word: each test below fails naming the member and what the hooks do
 * with it, rather than leaving documents a few times slower.
 */

/** The installed version of a package (neither lets `<name>/package.json` be required). */
function installed(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (!dir.endsWith(`node_modules${path.sep}${name}`)) dir = path.dirname(dir);
  return `${name} ${JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version}`;
}
const PDFKIT = installed('pdfkit');
const FONTKIT = installed('fontkit');

const FONT = fontkit.create(
  readFileSync(path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf')),
);

/** A document with the font selected, and pdfkit's EmbeddedFont for it (private members: no types). */
function documentWithFont(options: PDFKit.PDFDocumentOptions = {}) {
  const doc = new PDFDocument({ font: '', ...options } as PDFKit.PDFDocumentOptions);
  doc.registerFont('f', FONT as unknown as PDFKit.Mixins.PDFFontSource);
  doc.font('f');
  const embedded = (doc as unknown as { _font?: any })._font;
  return { doc, embedded };
}

function expectHooked(ok: boolean, library: string, member: string, use: string): void {
  if (!ok) throw new Error(`${library} no longer has ${member}, which pdfkit-hooks.ts ${use}: see the comment there`);
}

describe('the pdfkit and fontkit members that pdfkit-hooks.ts uses', () => {
  it('PDFDocument#_font: the EmbeddedFont of the font selected last', () => {
    const { embedded } = documentWithFont();
    expectHooked(
      typeof embedded === 'object' && embedded?.font === FONT,
      PDFKIT,
      'PDFDocument#_font (the EmbeddedFont of the font selected last)',
      'reads to reach the font',
    );
  });

  it('EmbeddedFont#layoutCache: the words shaped, which pdfkit reads and fills', () => {
    const { doc, embedded } = documentWithFont();
    const cache = embedded?.layoutCache;
    doc.widthOfString('Sociétaire depuis');
    expectHooked(
      typeof cache === 'object' && cache?.['Sociétaire '] !== undefined && cache?.['depuis'] !== undefined,
      PDFKIT,
      'EmbeddedFont#layoutCache (an object of the words shaped, read and filled by its layout)',
      'shares between documents (hook A)',
    );
  });

  it('EmbeddedFont#encode and #subset: a text encoded puts its glyphs into the subset', () => {
    const { embedded } = documentWithFont();
    const subset = embedded?.subset;
    expectHooked(
      typeof subset === 'object' && subset !== null,
      PDFKIT,
      "EmbeddedFont#subset (the font's fontkit subset)",
      'reads to share the encoded subsets (hook B)',
    );
    const before = subset.glyphs?.length;
    expectHooked(
      typeof embedded.encode === 'function' && (embedded.encode('AB'), subset.glyphs?.length === before + 2),
      PDFKIT,
      "EmbeddedFont#encode(text) (puts the text's glyphs into the subset)",
      'calls to start each subset with the same glyphs (hook B)',
    );
  });

  it('Subset#glyphs: the glyph ids of the subset, in order, the missing glyph first', () => {
    const { embedded } = documentWithFont();
    embedded?.encode?.('É');
    const glyphs = embedded?.subset?.glyphs;
    expectHooked(
      Array.isArray(glyphs) && glyphs[0] === 0 && glyphs[1] === FONT.glyphForCodePoint(0xc9).id,
      FONTKIT,
      'Subset#glyphs (the glyph ids of a subset, in order)',
      'reads as the key of an encoded subset (hook B)',
    );
  });

  it('Subset#encode(): the bytes of the subset, which pdfkit embeds when the document ends', async () => {
    const { doc, embedded } = documentWithFont();
    const subset = embedded?.subset;
    let encoded = 0;
    const encode = subset?.encode;
    expectHooked(
      typeof encode === 'function' && encode.call(subset) instanceof Uint8Array,
      FONTKIT,
      'Subset#encode() (the bytes of a subset)',
      'replaces to encode a subset once (hook B)',
    );
    subset.encode = function (this: unknown) {
      encoded++;
      return encode.call(this);
    };
    doc.text('Attestation');
    await ended(doc);
    expectHooked(encoded === 1, PDFKIT, "a call to the subset's encode() when a document ends", 'relies on (hook B)');
  });
});

describe('pdfkit-hooks', () => {
  it('shares the words shaped and the encoded subsets between documents of the same text', async () => {
    const shared = new SharedFontWork('ABC');
    const draw = async (text: string) => {
      const { doc } = documentWithFont();
      shareFontWork(doc, shared);
      doc.text(text);
      return ended(doc);
    };
    await draw('Capital social');
    await draw('Capital libéré');
    expect(Object.keys(shared.layouts)).toEqual(expect.arrayContaining(['ABC', 'Capital ', 'social', 'libéré']));
    expect(shared.subsets.size).toBe(2); // "social" and "libéré" are different glyphs
    await draw('Capital social');
    expect(shared.subsets.size).toBe(2); // the first subset again
  });

  it('leaves a font alone when a hooked member is missing: the same document, drawn by pdfkit alone', async () => {
    const { doc, embedded } = documentWithFont({ fontLayoutCache: false } as PDFKit.PDFDocumentOptions);
    expect(hookable(embedded)).toBe(false);
    const shared = new SharedFontWork('ABC');
    shareFontWork(doc, shared);
    doc.text('Capital social');
    expect((await ended(doc)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(shared.subsets.size).toBe(0);
  });
});

function ended(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
