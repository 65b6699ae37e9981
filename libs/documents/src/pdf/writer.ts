import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import PDFDocument from 'pdfkit';
import { DocumentFormat, formatSiren } from '../format';
import type { Labels } from '../labels';

/**
 * DejaVu (from the `dejavu-fonts-ttf` package), embedded and subset in every document: it covers
 * Latin in full (Ł, ő, ș, ŵ ...), Greek, Cyrillic and more, where the PDF standard fonts stop at
 * Latin-1 and print "Wałęsa" wrong. No CJK: see the README of this library.
 *
 * The fonts are parsed once per process (with pdfkit's own fontkit) and each document gets them
 * already parsed, with pdfkit's cache of shaped words shared between documents: parsing a TrueType
 * file, decoding its layout tables (GSUB, GPOS) and shaping the same words again cost most of the
 * drawing of a one-page document when done anew for each. Each document still embeds its own subset.
 */
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', mono: 'DejaVuSansMono.ttf' } as const;
type FontName = keyof typeof FONT_FILES;
// the fontkit pdfkit itself depends on, whatever the install layout
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(data: Buffer): FontkitFont };

interface FontkitGlyph {
  codePoints: number[];
  _decode?: () => unknown;
}
interface FontkitFont {
  getGlyph(id: number, codePoints?: number[]): FontkitGlyph | null;
}

/** The shaped-word cache starts afresh after this many documents, so names and figures do not pile up. */
const LAYOUT_CACHE_DOCUMENTS = 500;

let fonts: Record<FontName, { font: FontkitFont; layouts: Record<string, unknown> }> | undefined;
let documentsSinceFresh = 0;

function sharedFonts() {
  fonts ??= {
    regular: { font: parse(FONT_FILES.regular), layouts: Object.create(null) },
    bold: { font: parse(FONT_FILES.bold), layouts: Object.create(null) },
    mono: { font: parse(FONT_FILES.mono), layouts: Object.create(null) },
  };
  if (++documentsSinceFresh > LAYOUT_CACHE_DOCUMENTS) {
    documentsSinceFresh = 1;
    for (const f of Object.values(fonts)) f.layouts = Object.create(null);
  }
  return fonts;
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

/** The organization as its letterhead shows it. */
export interface Letterhead {
  name: string;
  legalForm: string;
  siren: string | null;
  address: string | null;
}

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
    this.doc = new PDFDocument({
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
      info: { Title: title, Author: letterhead.name, Subject: `${stamp.number}`, Creator: 'Socius', Producer: 'Socius', CreationDate: stamp.issuedAt, ModDate: stamp.issuedAt },
    });
    const shared = sharedFonts();
    for (const name of Object.keys(FONT_FILES) as FontName[]) {
      this.doc.registerFont(name, shared[name].font as unknown as PDFKit.Mixins.PDFFontSource);
      // pdfkit's cache of shaped words (it only reads the runs it keeps), shared by every document
      const embedded = (this.doc.font(name) as unknown as { _font?: { layoutCache?: Record<string, unknown> } })._font;
      if (embedded && typeof embedded.layoutCache === 'object') embedded.layoutCache = shared[name].layouts;
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
    if (subtitle) this.doc.font('regular').fontSize(SIZE.heading).text(subtitle, { width: this.width, align: 'center' });
    this.doc
      .font('regular')
      .fontSize(SIZE.small)
      .fillColor('#444444')
      .text(`${this.labels.documentNumber} ${this.stamp.number} — ${this.labels.issuedOn(this.format.date(this.stamp.issuedAt))}`, { width: this.width, align: 'center' })
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
        this.room(Math.max(this.doc.font('bold').heightOfString(label, { width: labelWidth - 8 }), this.doc.font('regular').heightOfString(value, { width: this.width - labelWidth })));
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
    const widths = columns.map((c) => (this.width * c.width) / total);
    const drawRow = (cells: string[], font: 'regular' | 'bold') => {
      this.doc.font(font).fontSize(SIZE.body);
      if (!this.plainlyFits()) {
        const height = Math.max(...cells.map((cell, i) => this.doc.heightOfString(cell, { width: widths[i] - 6 })));
        if (this.doc.y + height + 4 > this.bottom) {
          this.doc.addPage();
          if (font === 'regular') drawRow(columns.map((c) => c.header), 'bold');
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
    drawRow(columns.map((c) => c.header), 'bold');
    for (const row of rows) drawRow(row, 'regular');
    this.doc.x = MARGIN;
    this.doc.moveDown(0.6);
    return this;
  }

  /** A closing statement and, under it, room to sign for each title, kept on one page. */
  signatures(statement: string, titles: string[]): this {
    this.room(this.doc.heightOfString(statement, { width: this.width }) + 100);
    this.paragraph(statement);
    this.doc.moveDown(1);
    const y = this.doc.y;
    const w = this.width / titles.length;
    titles.forEach((t, i) => this.doc.font('regular').fontSize(SIZE.body).text(t, MARGIN + i * w, y, { width: w - 10 }));
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
    const { name, legalForm, siren, address } = this.letterhead;
    const right = 150;
    const leftWidth = this.width - right - 10;
    doc.font('bold').fontSize(12).text(name, MARGIN, MARGIN, { width: leftWidth, lineBreak: false, ellipsis: true });
    const lines = [this.labels.legalForms[legalForm] ?? '', siren ? `${this.labels.siren} ${formatSiren(siren)}` : '', address ?? ''].filter(Boolean);
    doc.font('regular').fontSize(SIZE.small);
    for (const line of lines) doc.text(line, MARGIN, doc.y, { width: leftWidth, lineBreak: false, ellipsis: true });
    doc.font('regular').fontSize(SIZE.small).text(`${this.labels.documentNumber} ${this.stamp.number}`, MARGIN + this.width - right, MARGIN, { width: right, align: 'right', lineBreak: false });
    const ruleY = MARGIN + HEADER_HEIGHT - 14;
    doc.moveTo(MARGIN, ruleY).lineTo(MARGIN + this.width, ruleY).lineWidth(0.8).strokeColor('#333333').stroke();
    doc.page.margins.top = saved;
  }

  private drawFoot(page: number, pages: number): void {
    const doc = this.doc;
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing below the bottom margin must not open a new page
    const y = doc.page.height - MARGIN - FOOTER_HEIGHT + 12;
    doc.moveTo(MARGIN, y - 6).lineTo(MARGIN + this.width, y - 6).lineWidth(0.3).strokeColor('#999999').stroke();
    doc.font('regular').fontSize(SIZE.small).text(`${this.labels.colon(this.labels.verificationCode)} `, MARGIN, y, { continued: true, lineBreak: false });
    // in bold, not monospace: Crockford's alphabet has no look-alikes, and a third font embedded in every page cost a tenth of the drawing
    doc.font('bold').text(this.stamp.verificationCode, { continued: false, lineBreak: false });
    doc.font('regular').text(this.labels.page(page, pages), MARGIN + this.width - 120, y, { width: 120, align: 'right', lineBreak: false });
    doc.font('regular').fontSize(7.5).fillColor('#444444').text(`${this.labels.colon(this.labels.verifyAt)} ${this.stamp.verifyUrl}`, MARGIN, y + 12, { width: this.width, lineBreak: false }).fillColor('black');
    doc.page.margins.bottom = saved;
  }
}
