import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { DocumentFormat, formatSiren } from '../format';
import type { Labels } from '../labels';
import { SharedFontWork, shareFontWork } from './pdfkit-hooks';

/**
 * DejaVu (from the `dejavu-fonts-ttf` package), embedded and subset in every document: it covers
 * Latin in full (Ł, ő, ș, ŵ ...), Greek, Cyrillic and more, where the PDF standard fonts stop at
 * Latin-1 and print "Wałęsa" wrong. No CJK: see the README of this library.
 *
 * A font is parsed once per process (per drawing thread) and handed to each document parsed
 * (pdfkit takes a fontkit font since 0.20): parsed for each document, the fonts took 30 of the 44 ms
 * of CPU a certificate then cost. pdfkit-hooks.ts lets documents share the words shaped and the
 * subsets encoded too.
 *
 * `seed`: the characters that start each document's subset of the font (pdfkit-hooks.ts, hook B).
 * - regular (names, addresses, figures): ASCII, the letters of Latin-1 (French, German, Nordic,
 *   Iberian ...), œ, and the typography of the documents (French spaces, quotes, dashes, euro);
 * - bold (labels, headings, the organization's name, the verification code): the code's alphabet,
 *   digits and capitals; the rest is the same text from one document to the next;
 * - mono (hashes): nothing.
 */
const FONTS = {
  regular: {
    file: 'DejaVuSans.ttf',
    seed: [
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
  },
  bold: { file: 'DejaVuSans-Bold.ttf', seed: [...range(0x30, 0x39), ...range(0x41, 0x5a)] },
  mono: { file: 'DejaVuSansMono.ttf', seed: [] },
};
type FontName = keyof typeof FONTS;
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

interface LoadedFont {
  font: fontkit.Font;
  /** what the documents share of it (pdfkit-hooks.ts) */
  shared: SharedFontWork;
}

let fonts: Record<FontName, LoadedFont> | undefined;

function loadedFonts(): Record<FontName, LoadedFont> {
  fonts ??= { regular: load('regular'), bold: load('bold'), mono: load('mono') };
  return fonts;
}

/**
 * A font fit for sharing between documents. fontkit keeps one glyph object per glyph, with the
 * characters it was first asked for. Subsetting asks for the parts of composite glyphs (the E of
 * É) without characters: a later "E", in another document, would come without its character and
 * vanish from the text layer (copy, search, pdftotext). So every character of the font is asked
 * for first, but the presentation forms (U+FB00 to U+FEFF: ligatures such as ﬁ, ﬀ ...), which
 * shaping gives the letters they stand for (f, i), as the text layer wants them.
 */
function load(name: FontName): LoadedFont {
  const font = fontkit.create(readFileSync(path.join(FONT_DIR, FONTS[name].file)));
  for (const codePoint of font.characterSet)
    if (codePoint < 0xfb00 || codePoint > 0xfeff) font.glyphForCodePoint(codePoint);
  return { font, shared: new SharedFontWork(String.fromCodePoint(...FONTS[name].seed)) };
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
    const loaded = loadedFonts();
    for (const name of Object.keys(FONTS) as FontName[]) {
      // a parsed fontkit font, which pdfkit takes since 0.20 (@types/pdfkit 0.17 does not know it yet)
      this.doc.registerFont(name, loaded[name].font as unknown as PDFKit.Mixins.PDFFontSource);
      shareFontWork(this.doc.font(name), loaded[name].shared);
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
