/** The part of fontkit's public API that the documents use (fontkit ships no types). */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    /** the characters the glyph stands for */
    codePoints: number[];
  }

  export interface Font {
    /** every code point the font has a glyph for */
    readonly characterSet: number[];
    glyphForCodePoint(codePoint: number): Glyph;
  }

  /** Parses a font file (a TrueType one here). */
  export function create(data: Uint8Array): Font;
}
