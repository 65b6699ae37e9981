import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { DocumentFormat, formatSiren } from '../format';
import type { Labels } from '../labels';

/**
 * DejaVu (from the `dejavu-fonts-ttf` package), embedded and subset in every document: it covers
 * Latin in full (Ł, ő, ș, ŵ ...), Greek, Cyrillic and more, where the PDF standard fonts stop at
 * Latin-1 and print "Wałęsa" wrong. No CJK: see the README of this library.
 *
 * The fonts are parsed once per process (with pdfkit's own fontkit) and each document gets them
 * already parsed, with the words shaped by earlier documents (`shareLayouts`): parsing a TrueType
 * file, decoding its layout tables (GSUB, GPOS) and shaping the same words again cost most of the
 * drawing of a one-page document when done anew for each. Each document embeds its own subset of
 * each font it uses, which starts with the same glyphs (SEEDS, `seedSubset`): documents mostly embed
 * one of a few subsets, each encoded and compressed once per process (`deflate`). Per certificate,
 * all this took the drawing from 4.2 to 2.5 ms of CPU (bench/certificates).
 */
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', mono: 'DejaVuSansMono.ttf' } as const;
type FontName = keyof typeof FONT_FILES;
// the fontkit pdfkit itself depends on, whatever the install layout
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(data: Buffer): FontkitFont };

interface FontkitGlyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
  _decode?: () => unknown;
}
interface FontkitFont {
  unitsPerEm: number;
  numGlyphs: number;
  getGlyph(id: number, codePoints?: number[]): FontkitGlyph | null;
  glyphForCodePoint(codePoint: number): FontkitGlyph;
}
/** The parts of pdfkit's EmbeddedFont (a document's use of a font) that are used here. */
interface EmbeddedFont {
  scale: number;
  widths: number[];
  unicode: number[][];
  layoutCache?: Record<string, unknown>;
  layout(text: string, features?: unknown, onlyWidth?: boolean): Run;
  encode(text: string, features?: unknown): [string[], unknown[]];
  layoutCached(text: string): Run;
  layoutRun(text: string, features?: unknown): Run;
  subset: Subset;
}
/** A shaped text (fontkit's GlyphRun), as pdfkit reads it: glyphs, their positions, the advance. */
interface Run {
  glyphs: FontkitGlyph[] | null;
  positions: unknown[] | null;
  advanceWidth: number;
}
/** fontkit's TrueType subset, as pdfkit fills it (includeGlyph) and embeds it (encode). */
interface Subset {
  glyphs: number[];
  /** the index of each glyph id in `glyphs`, -1 where it is not (seedSubset) */
  index: Int32Array;
  /** whether `index` is this subset's own, or still the seed's */
  indexOwned: boolean;
  glyf: Uint8Array[];
  offset: number;
  includeGlyph(glyph: number | { id: number }): number;
  encode(): Uint8Array;
  _addGlyph(id: number): number;
}

/**
 * The characters whose glyphs start a document's subset of a font, in this order. Whatever else a
 * document writes within them, its subset is then the same bytes as other documents': encoded and
 * compressed once per process, where subsetting each document's own glyphs took a fifth of its
 * drawing. Other characters (Ł, ễ, Ω ...) follow in the order of use, as before.
 * - regular (names, addresses, figures): ASCII, the letters of Latin-1 (French, German, Nordic,
 *   Iberian ...), œ, and the typography of the documents (French spaces, quotes, dashes, euro). The
 *   price is the glyphs a document does not use: a few kB (accented letters are composites of a
 *   few bytes each).
 * - bold (labels, headings, the organization's name, the verification code): the code's alphabet,
 *   digits and capitals; the rest is the same text from one document to the next.
 * - mono (hashes): nothing.
 */
const SEEDS: Record<FontName, number[]> = {
  regular: [
    ...range(0x20, 0x7e),
    0xa0,
    0xab,
    0xb0,
    0xbb,
    ...range(0xc0, 0xff).filter((c) => c !== 0xd7 && c !== 0xf7),
    0x152,
    0x153,
    0x178,
    0x2013,
    0x2014,
    0x2018,
    0x2019,
    0x201c,
    0x201d,
    0x2026,
    0x202f,
    0x20ac,
  ],
  bold: [...range(0x30, 0x39), ...range(0x41, 0x5a)],
  mono: [],
};

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Encoded subsets kept per font: enough for the few that documents share, and not a pile of one-offs. */
const SUBSETS_KEPT = 64;
/** The shared cache of shaped words starts afresh after this many documents, so that words no longer written do not pile up. */
const LAYOUT_CACHE_DOCUMENTS = 500;

interface SharedFont {
  font: FontkitFont;
  /** words shaped, for every document: those written by more than one (labels, dates, amounts ...) */
  layouts: Map<string, Run>;
  /** words written by one document so far (names, addresses ...) */
  seen: Set<string>;
  /**
   * A document's subset of the font once seeded (SEEDS: each glyph once, those the font has): its
   * glyph ids, the index of each id in it (-1: not in it), and pdfkit's widths (PDF units) and
   * characters by index.
   */
  seed: { glyphs: number[]; index: Int32Array; widths: number[]; unicode: number[][] };
  /** encoded subsets by their glyph ids */
  subsets: Map<string, Uint8Array>;
}

let fonts: Record<FontName, SharedFont> | undefined;
let documentsSinceFresh = 0;

function sharedFonts() {
  fonts ??= { regular: shared('regular'), bold: shared('bold'), mono: shared('mono') };
  if (++documentsSinceFresh > LAYOUT_CACHE_DOCUMENTS) {
    documentsSinceFresh = 1;
    for (const f of Object.values(fonts)) {
      f.layouts = new Map();
      f.seen = new Set();
    }
  }
  return fonts;
}

function shared(name: FontName): SharedFont {
  const font = parse(FONT_FILES[name]);
  const seed: SharedFont['seed'] = {
    glyphs: [0],
    index: new Int32Array(font.numGlyphs).fill(-1),
    widths: [0],
    unicode: [[0]],
  };
  seed.index[0] = 0;
  for (const codePoint of SEEDS[name]) {
    const glyph = font.glyphForCodePoint(codePoint);
    if (!glyph || seed.index[glyph.id] >= 0) continue;
    seed.index[glyph.id] = seed.glyphs.length;
    seed.glyphs.push(glyph.id);
    seed.widths.push(glyph.advanceWidth * (1000 / font.unitsPerEm)); // as pdfkit computes it
    seed.unicode.push([codePoint]);
  }
  return { font, layouts: new Map(), seen: new Set(), seed, subsets: new Map() };
}

/**
 * pdfkit shapes each word of a text (fontkit's layout: substitutions, kerning) once per document,
 * in a cache of its own; here a word written by an earlier document is shaped once for all (pdfkit
 * only reads the runs it keeps). A word goes to the shared cache the second time a document writes
 * it: a member's name or address stays in its document's cache and goes with it, rather than
 * piling up in the shared one until it starts afresh (and in the memory collected least often).
 * pdfkit's layout and encode (which read the cache) are replaced by the same in fewer steps.
 */
function shareLayouts(embedded: EmbeddedFont, shared: SharedFont): void {
  const own: Record<string, Run> = Object.create(null);
  embedded.layout = layout;
  embedded.encode = encode;
  embedded.layoutCached = function (this: EmbeddedFont, text: string) {
    let run = shared.layouts.get(text) ?? own[text];
    if (run) return run;
    run = this.layoutRun(text);
    if (shared.seen.has(text)) shared.layouts.set(text, run);
    else {
      shared.seen.add(text);
      own[text] = run;
    }
    return run;
  };
}

/**
 * pdfkit's EmbeddedFont.layout, in fewer steps: a text shaped word by word (each with the space
 * after it, as cached), the runs put end to end; only the width when that is all that is asked.
 */
function layout(this: EmbeddedFont, text: string, features?: unknown, onlyWidth?: boolean): Run {
  if (features) return this.layoutRun(text, features);
  const glyphs: FontkitGlyph[] | null = onlyWidth ? null : [];
  const positions: unknown[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  let last = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const end = i === n ? last < n : text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9;
    if (!end) continue;
    const run = this.layoutCached(text.slice(last, i + 1));
    if (glyphs && positions) {
      for (const glyph of run.glyphs!) glyphs.push(glyph);
      for (const position of run.positions!) positions.push(position);
    }
    advanceWidth += run.advanceWidth;
    last = i + 1;
  }
  return { glyphs, positions, advanceWidth };
}

/** Glyph indices in a subset as pdfkit writes them in a text (4 hex digits), made once. */
const HEX: string[] = [];

/** pdfkit's EmbeddedFont.encode, with the hex digits of each glyph index made once (HEX). */
function encode(this: EmbeddedFont, text: string, features?: unknown): [string[], unknown[]] {
  const { glyphs, positions } = this.layout(text, features);
  const res: string[] = [];
  for (const glyph of glyphs!) {
    const gid = this.subset.includeGlyph(glyph.id);
    res.push((HEX[gid] ??= gid.toString(16).padStart(4, '0')));
    this.widths[gid] ??= glyph.advanceWidth * this.scale;
    this.unicode[gid] ??= glyph.codePoints;
  }
  return [res, positions!];
}

/**
 * Starts a document's subset of a font with the seed's glyphs (SEEDS), and their widths and
 * characters, which pdfkit otherwise records as text uses them; strips the glyphs of hinting
 * instructions (`withoutInstructions`); and encodes each subset once: the same glyph ids in the
 * same order are the same bytes.
 */
function seedSubset(embedded: EmbeddedFont, shared: SharedFont): void {
  const { subset } = embedded;
  const { seed } = shared;
  // fontkit's TrueType subset, as DejaVu's always is: anything else is left to pdfkit as it is
  if (typeof Object.getPrototypeOf(subset)._addGlyph !== 'function' || !Array.isArray(subset.glyphs)) return;
  subset.glyphs = seed.glyphs.slice();
  subset.index = seed.index; // the seed's, copied when a glyph beyond the seed comes (includeGlyph)
  subset.indexOwned = false;
  subset.includeGlyph = includeGlyph;
  subset._addGlyph = addGlyph;
  const widths = seed.widths.slice();
  widths[0] = embedded.widths[0]; // the missing glyph's, as pdfkit has it
  embedded.widths = widths;
  embedded.unicode = seed.unicode.slice();
  subset.encode = function (this: Subset) {
    const key = this.glyphs.join(' ');
    let bytes = shared.subsets.get(key);
    if (!bytes) {
      bytes = Object.getPrototypeOf(this).encode.call(this) as Uint8Array;
      if (shared.subsets.size >= SUBSETS_KEPT) shared.subsets.clear();
      shared.subsets.set(key, bytes);
    }
    return bytes;
  };
}

/** fontkit's Subset.includeGlyph, the index of glyph ids an array (`Subset.index`) rather than an object. */
function includeGlyph(this: Subset, glyph: number | { id: number }): number {
  const id = typeof glyph === 'object' ? glyph.id : glyph;
  let gid = this.index[id];
  if (gid < 0) {
    if (!this.indexOwned) {
      this.index = this.index.slice();
      this.indexOwned = true;
    }
    gid = this.glyphs.length;
    this.glyphs.push(id);
    this.index[id] = gid;
  }
  return gid;
}

/** fontkit's TTFSubset._addGlyph (a glyph's description into the subset being encoded), without its instructions. */
function addGlyph(this: Subset, id: number): number {
  const index = Object.getPrototypeOf(this)._addGlyph.call(this, id) as number;
  const bytes = this.glyf[index];
  const bare = withoutInstructions(bytes);
  if (bare !== bytes) {
    this.glyf[index] = bare;
    this.offset -= bytes.length - bare.length;
  }
  return index;
}

/**
 * A TrueType glyph's description without its hinting instructions, which call the functions of
 * the programs left out of the subsets (see `parse`) and were half of the bytes of each glyph.
 * The outline is the same; a PDF viewer hints it as it hints any unhinted font. Kept at an even
 * length (the short form of the glyph index, `loca`, counts in words).
 */
function withoutInstructions(glyph: Uint8Array): Uint8Array {
  if (glyph.length < 10) return glyph;
  const view = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
  const contours = view.getInt16(0);
  let end: number;
  let tail: Uint8Array | undefined;
  if (contours >= 0) {
    // header, contours' end points, instructions (length, bytes), then the points
    const at = 10 + 2 * contours;
    const length = view.getUint16(at);
    if (!length) return glyph;
    end = at + 2;
    tail = glyph.subarray(at + 2 + length);
  } else {
    // components (flags, glyph, offsets, scale) while MORE_COMPONENTS; instructions after the last
    let at = 10;
    let flags: number;
    let instructions = false;
    do {
      flags = view.getUint16(at);
      instructions ||= (flags & 0x100) !== 0;
      at += 4 + (flags & 0x1 ? 4 : 2) + (flags & 0x8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
    } while (flags & 0x20);
    if (!instructions) return glyph;
    end = at;
  }
  const bare = new Uint8Array((end + (tail?.length ?? 0) + 1) & ~1);
  bare.set(glyph.subarray(0, end));
  const out = new DataView(bare.buffer);
  if (tail) {
    out.setUint16(end - 2, 0);
    bare.set(tail, end);
  } else {
    // no WE_HAVE_INSTRUCTIONS on any component
    let at = 10;
    let flags: number;
    do {
      flags = out.getUint16(at) & ~0x100;
      out.setUint16(at, flags);
      at += 4 + (flags & 0x1 ? 4 : 2) + (flags & 0x8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
    } while (flags & 0x20);
  }
  return bare;
}

/**
 * A font fit for sharing between documents. fontkit keeps one glyph object per id, with the
 * characters it was first asked for; subsetting asks for the parts of composite glyphs (the E of É)
 * without characters, and a later "E" would then come without its character and vanish from the
 * text layer (copy, search, pdftotext): the characters of the first text request fill the gap.
 * A glyph's outline, which subsetting decodes in every document, is decoded once. The embedded
 * subsets leave out the TrueType hinting programs (cvt, prep, fpgm): PDF viewers rasterize with
 * their own hinting, and encoding them again for each document cost half of the subsetting.
 */
function parse(file: string): FontkitFont {
  const parsed = fontkit.create(readFileSync(path.join(FONT_DIR, file)));
  const font: FontkitFont = Object.create(parsed as object);
  for (const table of ['cvt ', 'prep', 'fpgm']) Object.defineProperty(font, table, { value: null });
  const getGlyph = font.getGlyph;
  const seen = new WeakSet<FontkitGlyph>();
  font.getGlyph = function (this: FontkitFont, id: number, codePoints?: number[]) {
    const glyph = getGlyph.call(this, id, codePoints);
    if (!glyph) return glyph;
    if (codePoints?.length && !glyph.codePoints?.length) glyph.codePoints = codePoints;
    if (!seen.has(glyph)) {
      seen.add(glyph);
      const decode = glyph._decode;
      if (typeof decode === 'function') {
        let decoded: { value: unknown } | undefined;
        glyph._decode = function (this: FontkitGlyph) {
          decoded ??= { value: decode.call(this) };
          return decoded.value;
        };
      }
    }
    return glyph;
  };
  return font;
}

/** A stream of a PDF being written (pdfkit's PDFReference): its chunks until it is finalized. */
interface PdfStream {
  compress: boolean;
  buffer: Uint8Array[];
  finalize(): void;
}

/**
 * pdfkit's PDFReference.finalize, the stream compressed first (see `deflate`) where pdfkit would
 * compress it anew at zlib's default level; pdfkit set its Filter (FlateDecode) on writing.
 */
function finalizeStream(this: PdfStream): void {
  if (this.compress && this.buffer.length) {
    this.buffer = [deflate(this.buffer)];
    this.compress = false;
  }
  Object.getPrototypeOf(this).finalize.call(this);
}

/** Compressed streams that recur from document to document, by the very chunk written: an encoded subset (above), the colour profile. */
const deflatedChunks = new WeakMap<Uint8Array, Buffer>();
/** Small ones by their bytes (a subset's ToUnicode map), at most SMALL_KEPT of them. */
const deflatedSmall = new Map<string, Buffer>();
const SMALL = 4096;
const SMALL_KEPT = 256;
/**
 * zlib at level 3: a page's text and drawing compresses 4.6 times, against 5.5 at pdfkit's level
 * 6, in less than half the time; font subsets, most of the rest, hardly compress at any level.
 */
const DEFLATE = { level: 3 };

function deflate(chunks: Uint8Array[]): Buffer {
  // a stream written in one chunk (a font subset, the colour profile) may be the same object again
  const single = chunks.length === 1 ? chunks[0] : undefined;
  let out = single && deflatedChunks.get(single);
  if (out) return out;
  const bytes = single ?? Buffer.concat(chunks);
  if (bytes.length > SMALL) {
    out = deflateSync(bytes, DEFLATE);
  } else {
    const key = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    out = deflatedSmall.get(key);
    if (!out) {
      out = deflateSync(bytes, DEFLATE);
      if (deflatedSmall.size >= SMALL_KEPT) deflatedSmall.clear();
      deflatedSmall.set(key, out);
    }
  }
  if (single) deflatedChunks.set(single, out);
  return out;
}

/** pdfkit's document, its streams compressed by `finalizeStream`. */
class Document extends (PDFDocument as unknown as new (options: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument) {
  override ref(data: object): PDFKit.PDFKitReference {
    const ref = super.ref(data);
    (ref as unknown as PdfStream).finalize = finalizeStream;
    return ref;
  }
}

/** The organization as its letterhead shows it. */
export interface Letterhead {
  name: string;
  legalForm: string;
  siren: string | null;
  address: string | null;
  /** the registry city: "RCS Lyon 732 829 320" (C. com. R123-237) */
  rcsCity?: string | null;
}

/** Co-operatives are variable-capital companies (loi 47-1775 art. 7, C. com. L231-1). */
const VARIABLE_CAPITAL_FORMS = new Set(['SCIC_SAS', 'SCIC_SA', 'SCIC_SARL', 'SCOP_SA', 'SCOP_SARL', 'SA_COOP']);

/** What the registry gives a document before it is drawn: printed on every page. */
export interface DocumentStamp {
  number: string;
  verificationCode: string;
  issuedAt: Date;
  /** where anyone checks it: `{PUBLIC_URL}/v1/verify/{code}` */
  verifyUrl: string;
}

export interface Column {
  header: string;
  /** share of the text width */
  width: number;
  align?: 'left' | 'right';
}

const MARGIN = 56;
const HEADER_HEIGHT = 70;
const FOOTER_HEIGHT = 40;
const SIZE = { title: 16, heading: 12.5, body: 10, small: 8.5 };
/** a row of fields or of a table is never this tall (ten lines of body text): below it, no need to measure */
const PLAINLY = 150;

/**
 * The common page of every document: the co-op's letterhead at the top, the document number and
 * verification code at the foot of each page, and a few blocks (headings, paragraphs, label/value
 * lines, tables) laid out on A4 in the document's language.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;

  constructor(
    readonly labels: Labels,
    readonly format: DocumentFormat,
    private readonly letterhead: Letterhead,
    private readonly stamp: DocumentStamp,
    title: string,
  ) {
    this.doc = new Document({
      size: 'A4',
      margins: { top: MARGIN + HEADER_HEIGHT, bottom: MARGIN + FOOTER_HEIGHT, left: MARGIN, right: MARGIN },
      bufferPages: true,
      // archival: fonts embedded, colour profile and XMP metadata declared
      // no default standard font: pdfkit would parse Helvetica's metrics for every document, never used
      font: '',
      pdfVersion: '1.7',
      subset: 'PDF/A-2b',
      lang: format.lang === 'fr' ? 'fr-FR' : 'en-GB',
      displayTitle: true,
      info: {
        Title: title,
        Author: letterhead.name,
        Subject: `${stamp.number}`,
        Creator: 'Socius',
        Producer: 'Socius',
        CreationDate: stamp.issuedAt,
        ModDate: stamp.issuedAt,
      },
    });
    const shared = sharedFonts();
    for (const name of Object.keys(FONT_FILES) as FontName[]) {
      this.doc.registerFont(name, shared[name].font as unknown as PDFKit.Mixins.PDFFontSource);
      const embedded = (this.doc.font(name) as unknown as { _font: EmbeddedFont })._font;
      shareLayouts(embedded, shared[name]);
      seedSubset(embedded, shared[name]);
    }
    this.doc.font('regular').fontSize(SIZE.body);
  }

  private get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  private room(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  title(text: string, subtitle?: string): this {
    this.doc.font('bold').fontSize(SIZE.title).text(text, MARGIN, this.doc.y, { width: this.width, align: 'center' });
    if (subtitle)
      this.doc.font('regular').fontSize(SIZE.heading).text(subtitle, { width: this.width, align: 'center' });
    this.doc
      .font('regular')
      .fontSize(SIZE.small)
      .fillColor('#444444')
      .text(
        `${this.labels.documentNumber} ${this.stamp.number} — ${this.labels.issuedOn(this.format.date(this.stamp.issuedAt))}`,
        {
          width: this.width,
          align: 'center',
        },
      )
      .fillColor('black');
    this.doc.moveDown(1.2);
    return this;
  }

  /** A section title, on a new page unless `keep` points (it and what must follow it) still fit. */
  heading(text: string, keep = 60): this {
    this.room(keep);
    this.doc.moveDown(0.6).font('bold').fontSize(SIZE.heading).text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3).font('regular').fontSize(SIZE.body);
    return this;
  }

  subheading(text: string): this {
    this.room(40);
    this.doc.moveDown(0.4).font('bold').fontSize(SIZE.body).text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.2).font('regular');
    return this;
  }

  paragraph(text: string, options: { bold?: boolean; small?: boolean } = {}): this {
    this.doc
      .font(options.bold ? 'bold' : 'regular')
      .fontSize(options.small ? SIZE.small : SIZE.body)
      .text(text, MARGIN, this.doc.y, { width: this.width, align: 'left' });
    this.doc.font('regular').fontSize(SIZE.body).moveDown(0.3);
    return this;
  }

  /** A hash or code: monospace, on its own line, never broken. */
  code(text: string): this {
    this.room(20);
    this.doc.font('mono').fontSize(9).text(text, MARGIN, this.doc.y, { width: this.width, lineBreak: false });
    this.doc.font('regular').fontSize(SIZE.body).moveDown(0.4);
    return this;
  }

  /**
   * Whether a block that may be up to `height` points tall fits below the current position without
   * measuring it: measuring lays the text out once more, which drawing then does again.
   */
  private plainlyFits(height = PLAINLY): boolean {
    return this.doc.y + height <= this.bottom;
  }

  /** Label: value lines, labels in a column of their own. */
  fields(rows: [string, string][]): this {
    const labelWidth = this.width * 0.38;
    for (const [label, value] of rows) {
      if (!this.plainlyFits()) {
        this.room(
          Math.max(
            this.doc.font('bold').heightOfString(label, { width: labelWidth - 8 }),
            this.doc.font('regular').heightOfString(value, { width: this.width - labelWidth }),
          ),
        );
      }
      const y = this.doc.y;
      this.doc.font('bold').text(label, MARGIN, y, { width: labelWidth - 8 });
      const labelEnd = this.doc.y;
      this.doc.font('regular').text(value, MARGIN + labelWidth, y, { width: this.width - labelWidth });
      this.doc.y = Math.max(labelEnd, this.doc.y) + 3;
    }
    this.doc.x = MARGIN;
    this.doc.moveDown(0.3);
    return this;
  }

  /** A table whose header row repeats on each page it runs onto. */
  table(columns: Column[], rows: string[][]): this {
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = this.headerSafeWidths(
      columns,
      columns.map((c) => (this.width * c.width) / total),
      rows,
    );
    const drawRow = (cells: string[], font: 'regular' | 'bold') => {
      this.doc.font(font).fontSize(SIZE.body);
      if (!this.plainlyFits()) {
        const height = Math.max(...cells.map((cell, i) => this.doc.heightOfString(cell, { width: widths[i] - 6 })));
        if (this.doc.y + height + 4 > this.bottom) {
          this.doc.addPage();
          if (font === 'regular')
            drawRow(
              columns.map((c) => c.header),
              'bold',
            );
          this.doc.font(font).fontSize(SIZE.body);
        }
      }
      const y = this.doc.y;
      let x = MARGIN;
      let end = y;
      cells.forEach((cell, i) => {
        this.doc.text(cell, x + 3, y + 2, { width: widths[i] - 6, align: columns[i].align ?? 'left' });
        end = Math.max(end, this.doc.y - 2);
        x += widths[i];
      });
      this.doc.y = end + 4;
      this.doc
        .moveTo(MARGIN, this.doc.y)
        .lineTo(MARGIN + this.width, this.doc.y)
        .lineWidth(font === 'bold' ? 0.8 : 0.3)
        .strokeColor('#999999')
        .stroke();
    };
    this.room(60);
    drawRow(
      columns.map((c) => c.header),
      'bold',
    );
    for (const row of rows) drawRow(row, 'regular');
    this.doc.x = MARGIN;
    this.doc.moveDown(0.6);
    return this;
  }

  /**
   * Widens a column whose header has a word wider than it (pdfkit would break that word between
   * letters), taking the room from the columns that have some to spare, in proportion: a column
   * gives only the room its content leaves empty.
   */
  private headerSafeWidths(columns: Column[], widths: number[], rows: string[][]): number[] {
    const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((w) => this.doc.widthOfString(w)));
    this.doc.font('bold').fontSize(SIZE.body);
    const header = columns.map((c) => longestWord(c.header) + 7);
    this.doc.font('regular').fontSize(SIZE.body);
    // what each column's content takes on one line (a text column keeps its width if it is full)
    const need = columns.map((_, i) =>
      Math.min(
        Math.max(widths[i], header[i]),
        Math.max(header[i], ...rows.map((r) => this.doc.widthOfString(r[i] ?? '') + 7)),
      ),
    );
    const short = header.reduce((s, n, i) => s + Math.max(0, n - widths[i]), 0);
    if (short === 0) return widths;
    const out = widths.map((w, i) => Math.max(w, header[i]));
    const spare = out.map((w, i) => Math.max(0, w - need[i]));
    const room = spare.reduce((s, x) => s + x, 0);
    if (room < short) return widths;
    return out.map((w, i) => w - (spare[i] * short) / room);
  }

  /** A closing statement and, under it, room to sign for each title, kept on one page. */
  signatures(statement: string, titles: string[]): this {
    this.room(this.doc.heightOfString(statement, { width: this.width }) + 100);
    this.paragraph(statement);
    this.doc.moveDown(1);
    const y = this.doc.y;
    const w = this.width / titles.length;
    titles.forEach((t, i) =>
      this.doc
        .font('regular')
        .fontSize(SIZE.body)
        .text(t, MARGIN + i * w, y, { width: w - 10 }),
    );
    this.doc.y = y + 70;
    this.doc.x = MARGIN;
    return this;
  }

  newPage(): this {
    this.doc.addPage();
    return this;
  }

  /** Draws the letterhead and the foot of every page, and returns the file. */
  async finish(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      this.drawLetterhead();
      this.drawFoot(i - start + 1, count);
    }
    this.doc.end();
    return done;
  }

  private drawLetterhead(): void {
    const doc = this.doc;
    const saved = doc.page.margins.top;
    doc.page.margins.top = 0;
    const { name, legalForm, siren, address, rcsCity } = this.letterhead;
    const right = 150;
    const leftWidth = this.width - right - 10;
    doc.font('bold').fontSize(12).text(name, MARGIN, MARGIN, { width: leftWidth, lineBreak: false, ellipsis: true });
    // C. com. R123-237: the form followed by "à capital variable", then the RCS number and registry city
    const form = this.labels.legalForms[legalForm] ?? '';
    const lines = [
      VARIABLE_CAPITAL_FORMS.has(legalForm) && form ? `${form.split(' — ')[0]} ${this.labels.atVariableCapital}` : form,
      siren
        ? rcsCity
          ? this.labels.rcs(rcsCity, formatSiren(siren))
          : `${this.labels.siren} ${formatSiren(siren)}`
        : '',
      address ?? '',
    ].filter(Boolean);
    doc.font('regular').fontSize(SIZE.small);
    for (const line of lines) doc.text(line, MARGIN, doc.y, { width: leftWidth, lineBreak: false, ellipsis: true });
    doc
      .font('regular')
      .fontSize(SIZE.small)
      .text(`${this.labels.documentNumber} ${this.stamp.number}`, MARGIN + this.width - right, MARGIN, {
        width: right,
        align: 'right',
        lineBreak: false,
      });
    const ruleY = MARGIN + HEADER_HEIGHT - 14;
    doc
      .moveTo(MARGIN, ruleY)
      .lineTo(MARGIN + this.width, ruleY)
      .lineWidth(0.8)
      .strokeColor('#333333')
      .stroke();
    doc.page.margins.top = saved;
  }

  private drawFoot(page: number, pages: number): void {
    const doc = this.doc;
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing below the bottom margin must not open a new page
    const y = doc.page.height - MARGIN - FOOTER_HEIGHT + 12;
    doc
      .moveTo(MARGIN, y - 6)
      .lineTo(MARGIN + this.width, y - 6)
      .lineWidth(0.3)
      .strokeColor('#999999')
      .stroke();
    doc
      .font('regular')
      .fontSize(SIZE.small)
      .text(`${this.labels.colon(this.labels.verificationCode)} `, MARGIN, y, { continued: true, lineBreak: false });
    // in bold, not monospace: Crockford's alphabet has no look-alikes, and a third font embedded in every page cost a tenth of the drawing
    doc.font('bold').text(this.stamp.verificationCode, { continued: false, lineBreak: false });
    doc.font('regular').text(this.labels.page(page, pages), MARGIN + this.width - 120, y, {
      width: 120,
      align: 'right',
      lineBreak: false,
    });
    doc
      .font('regular')
      .fontSize(7.5)
      .fillColor('#444444')
      .text(`${this.labels.colon(this.labels.verifyAt)} ${this.stamp.verifyUrl}`, MARGIN, y + 12, {
        width: this.width,
        lineBreak: false,
      })
      .fillColor('black');
    doc.page.margins.bottom = saved;
  }
}
