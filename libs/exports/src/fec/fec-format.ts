/**
 * Writer for the French FEC ("Fichier des Écritures Comptables"), the flat file every company
 * keeping its books on computer must hand over on a tax audit: LPF art. L47 A (obligation) and
 * art. A47 A-1 (format), commented in BOI-CF-IOR-60-40-20.
 *
 * What this module guarantees, line by line: the 18 columns of A47 A-1 in order, tab separator,
 * AAAAMMJJ dates, decimal-comma amounts, no field that could break the structure. What it cannot
 * guarantee (per-entry balance, continuous numbering, dates inside the fiscal year) is checked by
 * `validateFec` in fec-validator.ts.
 *
 * Socius writes its own journals (share capital, donations) in this format so that the co-op's
 * accounting software imports them; the company's FEC itself is what that software produces.
 */
import { Transform, type TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';

/** One FEC line, i.e. one debit or credit leg of an accounting entry. */
export interface FecLine {
  journalCode: string;
  journalLabel: string;
  /** Continuous per journal and fiscal year: 1, 2, 3 ... (A47 A-1: "séquence continue"). */
  entryNumber: number;
  /** 'YYYY-MM-DD' */
  entryDate: string;
  account: string;
  accountLabel: string;
  auxAccount: string | null;
  auxLabel: string | null;
  pieceRef: string;
  /** 'YYYY-MM-DD' */
  pieceDate: string;
  label: string;
  /** Integer cents; exactly one of debitCents / creditCents is non-zero. */
  debitCents: number;
  creditCents: number;
  letteringCode?: string | null;
  /** 'YYYY-MM-DD' */
  letteringDate?: string | null;
  /** 'YYYY-MM-DD' */
  validDate: string;
}

/**
 * The 18 fields of A47 A-1 (Debit/Credit variant), in this order. The header line must spell them
 * exactly so: the DGFiP tester maps columns by these names.
 */
export const FEC_COLUMNS: readonly string[] = Object.freeze([
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

/**
 * A47 A-1 I allows tab or `|` as the field separator (one kind per file); we always write tab.
 * Records are separated by CRLF, and the file does not end with a line terminator (the DGFiP
 * tools have been known to choke on an empty last line; Odoo does the same).
 */
export const FEC_FIELD_SEPARATOR = '\t';
export const FEC_LINE_SEPARATOR = '\r\n';

/** A47 A-1 III 1° lists ASCII, ISO 8859-15 or EBCDIC. UTF-8 (without BOM) is tolerated by the tester. */
export type FecEncoding = 'iso-8859-15' | 'utf-8';

/** Thrown by `fecRow` (and so by `FecEncoder`) for a line it cannot write compliantly. */
export class FecLineError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'FecLineError';
  }
}

export function fecHeader(): string {
  return FEC_COLUMNS.join(FEC_FIELD_SEPARATOR);
}

/**
 * One FEC record: 18 tab-separated fields, without line terminator.
 * With `encoding` 'iso-8859-15', text is also transliterated (see `transliterateToLatin9`) before
 * the mandatory-field checks and placeholders apply; without it the text is only sanitized.
 * Throws `FecLineError` when the line breaks a rule the writer cannot repair (bad date or amount,
 * both or neither side filled, missing mandatory text, half-filled auxiliary account or lettering).
 */
export function fecRow(line: FecLine, encoding?: FecEncoding): string {
  const text = encoding === 'iso-8859-15' ? latin9Text : sanitizeFecText;
  const journalCode = required(text, line.journalCode, 'JournalCode');
  const journalLabel = required(text, line.journalLabel, 'JournalLib');
  const account = required(text, line.account, 'CompteNum');
  // A47 A-1: "les trois premiers caractères [de CompteNum] doivent correspondre à des chiffres
  // respectant les normes du plan comptable français".
  if (!/^\d{3}/.test(account)) {
    throw new FecLineError(`CompteNum "${account}" must start with 3 digits of the French PCG`, 'CompteNum');
  }
  const accountLabel = required(text, line.accountLabel, 'CompteLib');

  const auxAccount = text(line.auxAccount);
  const auxLabel = text(line.auxLabel);
  if ((auxAccount === '') !== (auxLabel === '')) {
    throw new FecLineError('CompAuxNum and CompAuxLib must both be filled or both be empty', 'CompAuxNum');
  }

  const letteringCode = text(line.letteringCode);
  const letteringDate = line.letteringDate ? formatFecDate(line.letteringDate, 'DateLet') : '';
  if ((letteringCode === '') !== (letteringDate === '')) {
    throw new FecLineError('EcritureLet and DateLet must both be filled or both be empty', 'EcritureLet');
  }

  if (!Number.isSafeInteger(line.entryNumber) || line.entryNumber < 1) {
    throw new FecLineError(`EcritureNum must be a positive integer, got ${line.entryNumber}`, 'EcritureNum');
  }
  const debit = formatFecAmount(line.debitCents, 'Debit');
  const credit = formatFecAmount(line.creditCents, 'Credit');
  if ((line.debitCents === 0) === (line.creditCents === 0)) {
    throw new FecLineError('exactly one of Debit and Credit must be non-zero', 'Debit');
  }

  const entryDate = formatFecDate(line.entryDate, 'EcritureDate');
  const pieceRef = text(line.pieceRef) || '-'; // mandatory field: Odoo's placeholder for "no reference"
  const pieceDate = formatFecDate(line.pieceDate, 'PieceDate');
  const label = text(line.label) || '/'; // mandatory field: placeholder for "no label"
  const validDate = formatFecDate(line.validDate, 'ValidDate');
  // Same order as FEC_COLUMNS. An array join gives a flat string, cheaper to batch than a
  // concatenation rope.
  return [
    journalCode,
    journalLabel,
    String(line.entryNumber),
    entryDate,
    account,
    accountLabel,
    auxAccount,
    auxLabel,
    pieceRef,
    pieceDate,
    label,
    debit,
    credit,
    letteringCode,
    letteringDate,
    validDate,
    '', // Montantdevise: empty, all amounts are in EUR
    '', // Idevise
  ].join(FEC_FIELD_SEPARATOR);
}

/** Cleaned text of a field A47 A-1 makes mandatory. */
function required(text: (value: string) => string, value: string, field: string): string {
  const result = text(value);
  if (result === '') throw new FecLineError(`${field} is mandatory`, field);
  return result;
}

/** `${siren}FEC${AAAAMMJJ}.txt`, AAAAMMJJ being the closing date of the fiscal year (A47 A-1, BOFiP). */
export function fecFileName(siren: string, closingDate: string): string {
  const digits = siren.replace(/\s/g, '');
  if (!/^\d{9}$/.test(digits)) throw new RangeError(`SIREN must be 9 digits, got "${siren}"`);
  return `${digits}FEC${formatFecDate(closingDate, 'closingDate')}.txt`;
}

/** Integer cents → FEC amount: decimal comma, no thousands separator, two decimals (`1234,56`, `0,00`). */
export function formatFecAmount(cents: number, field = 'amount'): string {
  if (!Number.isSafeInteger(cents) || cents < 0) {
    throw new FecLineError(`${field} must be a non-negative integer number of cents, got ${cents}`, field);
  }
  const units = Math.floor(cents / 100);
  const rest = cents % 100;
  return `${units},${rest < 10 ? '0' : ''}${rest}`;
}

/** 'YYYY-MM-DD' → 'YYYYMMDD', checking it is a real calendar date. */
export function formatFecDate(isoDate: string, field = 'date'): string {
  const cached = dateCache.get(isoDate);
  if (cached !== undefined) return cached;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
  const compact = m ? `${m[1]}${m[2]}${m[3]}` : '';
  if (!m || parseFecDate(compact) === null) {
    throw new FecLineError(`${field} must be a valid 'YYYY-MM-DD' date, got "${isoDate}"`, field);
  }
  // A fiscal year has a few hundred distinct dates and every line carries three or four of them.
  if (dateCache.size >= 4096) dateCache.clear();
  dateCache.set(isoDate, compact);
  return compact;
}

const dateCache = new Map<string, string>();

/**
 * 'YYYYMMDD' → the same digits as a number (comparable), or null when it is not a calendar date or
 * its year is outside 1900–2099 (the range the DGFiP tester accepts).
 */
export function parseFecDate(value: string): number | null {
  if (value.length !== 8 || !/^\d{8}$/.test(value)) return null;
  const n = Number(value);
  const year = Math.floor(n / 10000);
  const month = Math.floor(n / 100) % 100;
  const day = n % 100;
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= daysInMonth ? n : null;
}

/**
 * Makes free text safe for a FEC field: tab, CR, LF (and other control characters, Unicode line
 * separators, zero-width space and BOM) become a space, `|` (the other legal separator) becomes `/`, then the value is trimmed.
 */
export function sanitizeFecText(value: string | null | undefined): string {
  if (value == null || value === '') return '';
  if (!UNSAFE_TEXT.test(value)) return value.trim(); // fast path: most values need nothing
  return value.replace(CONTROL_CHARS, ' ').replace(PIPES, '/').trim();
}

// C0 and C1 control characters (NEL included), ZERO WIDTH SPACE, LINE and PARAGRAPH SEPARATOR, BOM.
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b\u2028\u2029\ufeff]/g;
const PIPES = /\|/g;
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u200b\u2028\u2029\ufeff|]/;

function latin9Text(value: string | null | undefined): string {
  return sanitizeFecText(value == null ? value : transliterateToLatin9(value));
}

/**
 * Every character that ISO-8859-15 (Latin-9) cannot encode: Latin-1 minus the 8 code points Latin-9
 * reassigned (¤ ¦ ¨ ´ ¸ ¼ ½ ¾), plus anything above U+00FF except the 8 it gained (€ Š š Ž ž Œ œ Ÿ).
 */
const NOT_LATIN9 =
  /[^\u0000-\u00a3\u00a5\u00a7\u00a9-\u00b3\u00b5-\u00b7\u00b9-\u00bb\u00bf-\u00ff\u20ac\u0160\u0161\u017d\u017e\u0152\u0153\u0178]/gu;
// Without the u flag the test is faster; it still matches any surrogate, which is never Latin-9.
const NOT_LATIN9_TEST = new RegExp(NOT_LATIN9.source);

/** Explicit replacements for common characters that neither exist in Latin-9 nor decompose. */
const LATIN9_FALLBACKS: Readonly<Record<string, string>> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŀ: 'L',
  ŀ: 'l',
  Ŧ: 'T',
  ŧ: 't',
  Ĳ: 'IJ',
  ĳ: 'ij',
  ŉ: "'n",
  ſ: 's',
  Ə: 'E',
  ə: 'e',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u02bc': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00a8': '"',
  '\u2039': '<',
  '\u203a': '>',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2022': '-',
  '\u00a6': '/',
  '\u2044': '/',
  '\u00b8': ',',
  '\u2026': '...',
  '\u2122': 'TM',
  '\u00bc': '1/4',
  '\u00bd': '1/2',
  '\u00be': '3/4',
  // Spaces French typography uses around ; : ! ? and in numbers (narrow no-break, thin, etc.).
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2007': ' ',
  '\u2008': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u200b': '',
  '\ufeff': '',
};

/** True when every character of `text` exists in ISO-8859-15. */
export function isLatin9Encodable(text: string): boolean {
  return !NOT_LATIN9_TEST.test(text);
}

/**
 * Rewrites the characters Latin-9 cannot encode into close ASCII/Latin-9 equivalents, so that
 * e.g. "Łódź" becomes "Lódz" instead of "??d?". Characters Latin-9 has (é è à ç œ Œ € Š Ž ÿ ...)
 * are never touched. Order: explicit table, then canonical decomposition with the combining marks
 * stripped (ő → o, ș → s), then compatibility decomposition (ﬁ → fi); anything left becomes a single
 * `?`, as iconv-lite would do (one per code point, even outside the BMP).
 */
export function transliterateToLatin9(text: string): string {
  if (!NOT_LATIN9_TEST.test(text)) return text;
  // Compose first: a decomposed "e + U+0301" is then the Latin-9 "é", not "e?".
  const composed = text.normalize('NFC');
  return NOT_LATIN9_TEST.test(composed) ? composed.replace(NOT_LATIN9, latin9Fallback) : composed;
}

function latin9Fallback(char: string): string {
  const mapped = LATIN9_FALLBACKS[char];
  if (mapped !== undefined) return mapped;
  if (COMBINING_MARKS_TEST.test(char)) return ''; // a stray accent with nothing to compose with
  for (const form of ['NFD', 'NFKD'] as const) {
    const stripped = char.normalize(form).replace(COMBINING_MARKS, '');
    if (stripped !== '' && !NOT_LATIN9_TEST.test(stripped) && !CONTROL_OR_SEPARATOR.test(stripped)) return stripped;
  }
  return '?';
}

const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const COMBINING_MARKS_TEST = new RegExp(COMBINING_MARKS.source);
const CONTROL_OR_SEPARATOR = /[\u0000-\u001f\u007f-\u009f|]/;

export interface FecEncoderOptions {
  /** Default 'iso-8859-15'. UTF-8 is written without BOM. */
  encoding?: FecEncoding;
  /** Lines joined into one pushed Buffer. Default 500. */
  linesPerChunk?: number;
}

/**
 * Transform stream: FecLine objects in, FEC file bytes out. Writes the header first (even when no
 * line follows), CRLF between records, no line terminator at the end of the file. Output is batched
 * (`linesPerChunk` lines per Buffer) so that a 3-million-line export does not push millions of tiny
 * Buffers. An invalid line fails the stream with a `FecLineError` naming its position.
 */
export class FecEncoder extends Transform {
  readonly fecEncoding: FecEncoding;
  private readonly linesPerChunk: number;
  private pending: string[] = [fecHeader()];
  private pendingLines = 0;
  private written = 0;

  constructor(options: FecEncoderOptions = {}) {
    super({ writableObjectMode: true, readableObjectMode: false });
    this.fecEncoding = options.encoding ?? 'iso-8859-15';
    if (this.fecEncoding !== 'iso-8859-15' && this.fecEncoding !== 'utf-8') {
      throw new RangeError(`unsupported FEC encoding ${String(this.fecEncoding)}`);
    }
    this.linesPerChunk = Math.max(1, Math.floor(options.linesPerChunk ?? 500));
  }

  /** Data lines (header excluded) accepted so far. */
  get lineCount(): number {
    return this.written;
  }

  override _transform(line: FecLine, _encoding: BufferEncoding, callback: TransformCallback): void {
    let row: string;
    try {
      // Transliterated per field, so that the rare values that need it alone pay for it.
      row = fecRow(line, this.fecEncoding);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      const field = err instanceof FecLineError ? err.field : undefined;
      const where = `line ${this.written + 1} (entry ${line?.journalCode} ${line?.entryNumber})`;
      callback(new FecLineError(`FEC ${where}: ${reason}`, field));
      return;
    }
    // The separator goes before each record, never after: no trailing newline at end of file.
    this.pending.push(FEC_LINE_SEPARATOR, row);
    this.written++;
    if (++this.pendingLines >= this.linesPerChunk) this.pushPending();
    callback();
  }

  override _flush(callback: TransformCallback): void {
    this.pushPending();
    callback();
  }

  private pushPending(): void {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingLines = 0;
    // Rows are already transliterated: iconv-lite's own "?" substitution is only a last resort.
    this.push(iconv.encode(text, this.fecEncoding, { addBOM: false }));
  }
}
