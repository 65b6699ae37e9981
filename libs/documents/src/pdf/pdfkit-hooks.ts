/**
 * The one file of Socius that touches private members of pdfkit and fontkit; the rest of the
 * drawing (writer.ts) is their public API. pdfkit gives each document a font object of its own
 * (an EmbeddedFont per font it uses), which shapes every word again and encodes a subset of the
 * font again. The two hooks below let a document reuse that work from the documents drawn before
 * it in the same process (or drawing thread): together they take a certificate from about 12 to
 * about 6 ms of CPU (`npm run bench -- certificates`, figures in this library's README).
 *
 * The private members, each named in pdfkit-hooks.spec.ts, which fails naming the one an upgrade
 * removed (pdfkit and fontkit are pinned to exact versions in package.json for this reason):
 * 1. pdfkit `PDFDocument#_font`: the EmbeddedFont of the font selected last (`doc.font(name)`);
 * 2. pdfkit `EmbeddedFont#layoutCache`: its words shaped, by text (hook A);
 * 3. pdfkit `EmbeddedFont#encode(text)`: puts a text's glyphs into the subset, with their widths
 *    and characters (hook B);
 * 4. pdfkit `EmbeddedFont#subset`: its fontkit subset (hook B);
 * 5. fontkit `Subset#glyphs`: the glyph ids of the subset, in order (hook B);
 * 6. fontkit `Subset#encode()`: public in fontkit, replaced here on the subset of one document
 *    (hook B).
 *
 * When one of them is missing, `shareFontWork` leaves the font alone: documents come out the
 * same, only slower.
 */
/// <reference types="pdfkit" />

/** A document's use of a font: the members of pdfkit's EmbeddedFont used here. */
interface EmbeddedFont {
  layoutCache: Record<string, unknown>;
  encode(text: string): unknown;
  subset: Subset;
}

/** fontkit's subset of a font (TTFSubset): the members used here. */
interface Subset {
  glyphs: number[];
  encode(): Uint8Array;
}

/** The shared words start afresh after this many documents, so that words written once (names, addresses) do not pile up. */
const LAYOUTS_KEPT_DOCUMENTS = 500;
/** Encoded subsets kept per font: enough for the few that documents share, and not a pile of one-offs. */
const SUBSETS_KEPT = 64;

/** What the documents of a process share of one font. */
export class SharedFontWork {
  /** words shaped (hook A) */
  layouts: Record<string, unknown> = Object.create(null);
  /** encoded subsets, by their glyph ids (hook B) */
  readonly subsets = new Map<string, Uint8Array>();
  documents = 0;

  /** @param seed the characters that start every document's subset of the font (hook B) */
  constructor(readonly seed: string) {}
}

/** Lets the font selected last in `doc` (`doc.font(name)`) reuse `shared`, and add to it. */
export function shareFontWork(doc: PDFKit.PDFDocument, shared: SharedFontWork): void {
  const embedded = (doc as unknown as { _font?: unknown })._font;
  if (!hookable(embedded)) return;
  shareLayouts(embedded, shared);
  shareSubsets(embedded, shared);
}

/** Whether pdfkit's EmbeddedFont still has the members the hooks use (pdfkit-hooks.spec.ts names the one missing). */
export function hookable(embedded: unknown): embedded is EmbeddedFont {
  const font = embedded as Partial<EmbeddedFont> | undefined;
  return (
    typeof font?.layoutCache === 'object' &&
    typeof font.encode === 'function' &&
    Array.isArray(font.subset?.glyphs) &&
    typeof font.subset.encode === 'function'
  );
}

/**
 * Hook A, `EmbeddedFont#layoutCache`. pdfkit shapes a text word by word (fontkit's layout:
 * substitutions, kerning) and keeps each word's result for the rest of the document. Given one
 * cache for the font across documents, a word (a label, a date, an amount) is shaped once for all
 * of them: shaping the words again took about 4 ms of CPU per certificate. A word's shape
 * depends only on the font, and pdfkit copies what it changes.
 */
function shareLayouts(embedded: EmbeddedFont, shared: SharedFontWork): void {
  if (++shared.documents > LAYOUTS_KEPT_DOCUMENTS) {
    shared.documents = 1;
    shared.layouts = Object.create(null);
  }
  embedded.layoutCache = shared.layouts;
}

/**
 * Hook B, `EmbeddedFont#encode` and `#subset`, fontkit's `Subset#glyphs` and `#encode`. A document
 * embeds the subset of each font it uses (the glyphs it wrote), encoded by fontkit when it ends:
 * about 4 ms of CPU per certificate. pdfkit adds a glyph to the subset when text first
 * uses it, so two documents rarely list the same glyphs in the same order. Encoding `shared.seed`
 * first (pdfkit's own encode: the glyphs, their widths and characters) starts every document's
 * subset with the same glyphs, and a document whose text stays within them lists the same glyphs,
 * hence embeds the same bytes, as the documents before it: those are encoded once. Characters
 * beyond the seed (Ł, ễ, Ω ...) follow in the order of use, and make a subset of their own.
 */
function shareSubsets(embedded: EmbeddedFont, shared: SharedFontWork): void {
  if (shared.seed) embedded.encode(shared.seed);
  const subset = embedded.subset;
  const encode = subset.encode;
  subset.encode = function (this: Subset): Uint8Array {
    const key = this.glyphs.join(' ');
    let bytes = shared.subsets.get(key);
    if (!bytes) {
      bytes = encode.call(this);
      if (shared.subsets.size >= SUBSETS_KEPT) shared.subsets.clear();
      shared.subsets.set(key, bytes);
    }
    return bytes;
  };
}
