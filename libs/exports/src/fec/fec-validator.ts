/**
 * Our own FEC validator. It covers what the DGFiP's "Test Compta Demat" checks (file name,
 * separator, header, mandatory fields, account prefix, number and date formats, one side per line)
 * and what only the administration's full tool (Alto 2) checks: balance of every entry, continuous
 * numbering and dates inside the fiscal year. It is stricter than the law on a few points that our
 * own writer guarantees: tab separator only, CRLF only, no trailing newline, no BOM, integer
 * EcritureNum starting at 1 in each journal.
 *
 * Memory stays flat: the input is read line by line (a Buffer is decoded in chunks cut at LF
 * bytes), no per-line objects are kept, and entries only need running state (the open entry and
 * the last number seen per journal).
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import {
  FEC_COLUMNS,
  FEC_FIELD_SEPARATOR,
  type FecEncoding,
  formatFecAmount,
  isLatin9Encodable,
  parseFecDate,
} from './fec-format';

export interface FecProblem {
  /** 1-based line of the file (1 = header), 0 for a file-level problem. */
  line: number;
  /** FEC column name (or 'fileName'), when the problem is about one field. */
  field?: string;
  message: string;
}

export interface FecReport {
  valid: boolean;
  /** At most FEC_MAX_PROBLEMS; `truncated` tells whether more were found. */
  problems: FecProblem[];
  truncated: boolean;
  /** Data lines (header excluded). */
  lines: number;
  entries: number;
  debitCents: number;
  creditCents: number;
}

export interface FecValidationOptions {
  fileName?: string;
  siren?: string;
  /** 'YYYY-MM-DD' (or 'YYYYMMDD') */
  fiscalYearStart: string;
  /** 'YYYY-MM-DD' (or 'YYYYMMDD'): the closing date, also the date in the file name. */
  fiscalYearEnd: string;
  /** Default 'iso-8859-15'. */
  encoding?: FecEncoding;
}

export const FEC_MAX_PROBLEMS = 100;

export function validateFec(content: Buffer | string, options: FecValidationOptions): FecReport {
  const validator = new FecValidation(options);
  validator.checkFileName(options.fileName, options.siren);
  if (typeof content === 'string') validator.readString(content);
  else validator.readBuffer(content);
  return validator.finish();
}

// Column indexes.
const JOURNAL_CODE = 0;
const ECRITURE_NUM = 2;
const ECRITURE_DATE = 3;
const COMPTE_NUM = 4;
const COMP_AUX_NUM = 6;
const COMP_AUX_LIB = 7;
const PIECE_DATE = 9;
const DEBIT = 11;
const CREDIT = 12;
const ECRITURE_LET = 13;
const DATE_LET = 14;
const VALID_DATE = 15;
const MONTANT_DEVISE = 16;
const IDEVISE = 17;

/** Fields that must not be empty (A47 A-1; the tester's "Specs 22" list, plus EcritureNum/Date and CompteNum). */
const MANDATORY = [0, 1, 2, 3, 4, 5, 8, 9, 10, 15] as const;

const FILE_NAME = /^(\d{9})FEC(\d{8})\.txt$/;
/** Decimal comma, two decimals, no thousands separator (tester, trt_txt.pl, since 2019). */
const AMOUNT = /^-?\d+,\d{2}$/;
const ENTRY_NUMBER = /^[1-9]\d*$/;
/** Control characters other than tab; CR is reported separately. */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** A Buffer is decoded this many bytes at a time (cut after the next LF). */
const CHUNK_BYTES = 4 * 1024 * 1024;

interface OpenEntry {
  journal: string;
  number: string;
  date: string;
  firstLine: number;
  lastLine: number;
  debit: number;
  credit: number;
  /** An amount of the entry could not be read: its balance is not meaningful. */
  broken: boolean;
}

class FecValidation {
  private readonly problems: FecProblem[] = [];
  private problemCount = 0;
  private readonly encoding: FecEncoding;
  private readonly yearStart: number;
  private readonly yearEnd: number;
  private readonly yearEndText: string;
  private readonly expectedHeader = FEC_COLUMNS.join(FEC_FIELD_SEPARATOR);

  /** The line about to be read, 1-based. */
  private lineNo = 1;
  private dataLines = 0;
  private entries = 0;
  private debitCents = 0;
  private creditCents = 0;
  private sawContent = false;
  private endsWithNewline = false;
  /** False when the header is not tab-separated: data lines are then only counted. */
  private tabSeparated = true;
  /** Whether the text came from a string (not decoded from bytes by us). */
  private fromString = false;

  private entry: OpenEntry | null = null;
  /** Last entry number per journal: continuity and contiguity need nothing more. */
  private readonly lastNumber = new Map<string, number>();

  constructor(options: FecValidationOptions) {
    this.encoding = options.encoding ?? 'iso-8859-15';
    if (this.encoding !== 'iso-8859-15' && this.encoding !== 'utf-8') {
      throw new RangeError(`unsupported FEC encoding ${String(this.encoding)}`);
    }
    this.yearStart = optionDate(options.fiscalYearStart, 'fiscalYearStart');
    this.yearEnd = optionDate(options.fiscalYearEnd, 'fiscalYearEnd');
    if (this.yearStart > this.yearEnd) throw new RangeError('fiscalYearStart is after fiscalYearEnd');
    this.yearEndText = String(this.yearEnd);
  }

  /** A47 A-1 / BOFiP: the file is named <SIREN>FEC<AAAAMMJJ>, AAAAMMJJ = closing date of the year. */
  checkFileName(fileName: string | undefined, siren: string | undefined): void {
    if (fileName === undefined) return;
    const base = fileName.split(/[\\/]/).pop() ?? '';
    const m = FILE_NAME.exec(base);
    if (!m) {
      this.report(0, `file name "${base}" must be <SIREN 9 digits>FEC<closing date AAAAMMJJ>.txt`, 'fileName');
      return;
    }
    if (m[2] !== this.yearEndText) {
      this.report(0, `file name date ${m[2]} must be the fiscal year's closing date ${this.yearEndText}`, 'fileName');
    }
    if (siren !== undefined && m[1] !== siren.replace(/\s/g, '')) {
      this.report(0, `file name SIREN ${m[1]} is not the company's SIREN ${siren}`, 'fileName');
    }
  }

  readString(content: string): void {
    this.fromString = true;
    let text = content;
    if (text.charCodeAt(0) === 0xfeff) {
      this.report(0, 'the file starts with a byte order mark (BOM); write it without BOM');
      text = text.slice(1);
    }
    this.readText(text);
  }

  readBuffer(content: Buffer): void {
    let start = 0;
    if (content.subarray(0, 3).equals(UTF8_BOM)) {
      this.report(0, 'the file starts with a UTF-8 byte order mark (BOM); write it without BOM');
      start = 3;
    }
    // ISO-8859-15 bytes that happen to form valid multi-byte UTF-8 are a sign of a wrong encoding.
    let allUtf8 = true;
    let anyHighByte = false;
    while (start < content.length) {
      let end = Math.min(content.length, start + CHUNK_BYTES);
      if (end < content.length) {
        // Cut after a LF: 0x0A never occurs inside a multi-byte UTF-8 sequence.
        const lf = content.indexOf(0x0a, end - 1);
        end = lf === -1 ? content.length : lf + 1;
      }
      const chunk = content.subarray(start, end);
      let text: string;
      if (this.encoding === 'utf-8') {
        text = chunk.toString('utf8'); // invalid sequences become U+FFFD, reported per line
      } else {
        text = iconv.decode(chunk, 'iso-8859-15');
        if (allUtf8 && !isUtf8(chunk)) allUtf8 = false;
        if (!anyHighByte && /[^\u0000-\u007f]/.test(text)) anyHighByte = true;
      }
      this.readText(text);
      start = end;
    }
    if (this.encoding === 'iso-8859-15' && allUtf8 && anyHighByte) {
      this.report(0, 'the content looks like UTF-8 but ISO-8859-15 was expected');
    }
  }

  /** Reads whole lines of `text`; a text that does not end with LF ends the file. */
  private readText(text: string): void {
    if (text.length === 0) return;
    this.sawContent = true;
    let pos = 0;
    while (pos < text.length) {
      const lf = text.indexOf('\n', pos);
      let line: string;
      if (lf === -1) {
        line = text.slice(pos);
        pos = text.length;
        if (line.endsWith('\r')) line = line.slice(0, -1); // a final CR: reported as a trailing terminator
      } else {
        line = text.slice(pos, lf);
        pos = lf + 1;
        if (line.endsWith('\r')) line = line.slice(0, -1);
        else this.report(this.lineNo, 'lines must be separated by CRLF, found a bare LF');
      }
      this.readLine(line);
      this.lineNo++;
    }
    this.endsWithNewline = text.endsWith('\n') || text.endsWith('\r');
  }

  private readLine(line: string): void {
    const n = this.lineNo;
    if (line === '') {
      this.report(n, n === 1 ? 'the first line must be the header' : 'empty line');
      return;
    }
    if (n > 1) this.dataLines++;
    const control = CONTROL.exec(line);
    if (control) {
      this.report(
        n,
        control[0] === '\r'
          ? 'lines must be separated by CRLF, found a bare CR'
          : `control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} in line`,
      );
    }
    if (this.encoding === 'utf-8' && line.includes('\ufffd')) {
      this.report(n, 'invalid UTF-8 byte sequence (or U+FFFD replacement character)');
    } else if (this.encoding === 'iso-8859-15' && this.fromString && !isLatin9Encodable(line)) {
      this.report(n, 'character that ISO-8859-15 cannot encode');
    }
    if (n === 1) this.readHeader(line);
    else if (this.tabSeparated) this.readRecord(line.split(FEC_FIELD_SEPARATOR), n);
  }

  /** BOFiP §10: the first line holds the field names; A47 A-1 I: one separator kind per file. */
  private readHeader(line: string): void {
    if (line === this.expectedHeader) return;
    if (!line.includes(FEC_FIELD_SEPARATOR)) {
      this.tabSeparated = false;
      const found = line.includes('|') ? '|' : line.includes(';') ? ';' : line.includes(',') ? ',' : 'none';
      this.report(1, `the field separator must be a tab (found ${found}); data lines were not checked`);
      return;
    }
    const names = line.split(FEC_FIELD_SEPARATOR);
    if (names.length !== FEC_COLUMNS.length) {
      this.report(1, `the header has ${names.length} columns, expected the ${FEC_COLUMNS.length} of A47 A-1`);
    }
    const i = FEC_COLUMNS.findIndex((name, k) => names[k] !== name);
    if (i !== -1) {
      this.report(1, `header column ${i + 1} must be "${FEC_COLUMNS[i]}", found "${names[i] ?? ''}"`, FEC_COLUMNS[i]);
    }
  }

  private readRecord(f: string[], n: number): void {
    if (f.length !== FEC_COLUMNS.length) {
      this.report(n, `the line has ${f.length} fields, expected ${FEC_COLUMNS.length}`);
      return;
    }
    for (const k of MANDATORY) {
      if (f[k].trim() === '') this.report(n, `${FEC_COLUMNS[k]} is mandatory`, FEC_COLUMNS[k]);
    }
    // A47 A-1: the first three characters of CompteNum are digits of the French chart of accounts.
    if (f[COMPTE_NUM] !== '' && !/^\d{3}/.test(f[COMPTE_NUM])) {
      this.report(n, `CompteNum "${f[COMPTE_NUM]}" must start with 3 digits`, 'CompteNum');
    }

    const entryDate = this.date(f, ECRITURE_DATE, n);
    if (entryDate !== null && (entryDate < this.yearStart || entryDate > this.yearEnd)) {
      this.report(
        n,
        `EcritureDate ${f[ECRITURE_DATE]} is outside the fiscal year ${this.yearStart}–${this.yearEnd}`,
        'EcritureDate',
      );
    }
    this.date(f, PIECE_DATE, n);
    const validDate = this.date(f, VALID_DATE, n);
    // an entry is validated once it exists: ValidDate on or after EcritureDate (BOI-CF-IOR-60-40-20)
    if (validDate !== null && entryDate !== null && validDate < entryDate) {
      this.report(n, `ValidDate ${f[VALID_DATE]} precedes EcritureDate ${f[ECRITURE_DATE]}`, 'ValidDate');
    }
    this.date(f, DATE_LET, n);

    const debit = this.amount(f, DEBIT, n);
    const credit = this.amount(f, CREDIT, n);
    if (debit !== null && credit !== null) {
      if (debit !== 0 && credit !== 0)
        this.report(n, 'Debit and Credit are both filled; exactly one must be non-zero', 'Debit');
      else if (debit === 0 && credit === 0)
        this.report(n, 'Debit and Credit are both zero; exactly one must be non-zero', 'Debit');
    }
    if (debit !== null) this.debitCents += debit;
    if (credit !== null) this.creditCents += credit;

    if ((f[COMP_AUX_NUM] === '') !== (f[COMP_AUX_LIB] === '')) {
      this.report(n, 'CompAuxNum and CompAuxLib must both be filled or both be empty', 'CompAuxNum');
    }
    if ((f[ECRITURE_LET] === '') !== (f[DATE_LET] === '')) {
      this.report(n, 'EcritureLet and DateLet must both be filled or both be empty', 'EcritureLet');
    }
    if (f[MONTANT_DEVISE] !== '' && !AMOUNT.test(f[MONTANT_DEVISE])) {
      this.report(n, `Montantdevise "${f[MONTANT_DEVISE]}" must be written like 1234,56`, 'Montantdevise');
    }
    if ((f[MONTANT_DEVISE] === '') !== (f[IDEVISE] === '')) {
      this.report(n, 'Montantdevise and Idevise must both be filled or both be empty', 'Montantdevise');
    }

    this.trackEntry(f[JOURNAL_CODE], f[ECRITURE_NUM], f[ECRITURE_DATE], debit, credit, n);
  }

  /** Entries are identified by (JournalCode, EcritureNum); their lines must be contiguous. */
  private trackEntry(
    journal: string,
    number: string,
    date: string,
    debit: number | null,
    credit: number | null,
    n: number,
  ): void {
    let e = this.entry;
    if (e === null || e.journal !== journal || e.number !== number) {
      this.closeEntry();
      e = { journal, number, date, firstLine: n, lastLine: n, debit: 0, credit: 0, broken: false };
      this.entry = e;
      this.entries++;
      this.checkNumbering(journal, number, n);
    } else {
      e.lastLine = n;
      if (date !== e.date) {
        this.report(
          n,
          `EcritureDate ${date} differs from ${e.date} on the entry's first line ${e.firstLine}`,
          'EcritureDate',
        );
      }
    }
    if (debit === null || credit === null) e.broken = true;
    else {
      e.debit += debit;
      e.credit += credit;
    }
  }

  /**
   * A47 A-1: EcritureNum is "une séquence continue". We require 1, 2, 3 ... per journal in file order.
   * A number not above the journal's last one means a repeated number or an entry whose lines are
   * not contiguous; both are caught without remembering every entry.
   */
  private checkNumbering(journal: string, number: string, n: number): void {
    if (journal === '' || number === '') return; // already reported as mandatory
    const value = ENTRY_NUMBER.test(number) ? Number(number) : NaN;
    if (!Number.isSafeInteger(value)) {
      this.report(n, `EcritureNum "${number}" must be a positive integer (1, 2, 3 ...)`, 'EcritureNum');
      return;
    }
    const last = this.lastNumber.get(journal) ?? 0;
    if (value === last + 1) {
      this.lastNumber.set(journal, value);
    } else if (value <= last) {
      this.report(
        n,
        `entry ${journal} ${value} appears again after entry ${last}: numbers must not repeat and the lines of an entry must be contiguous`,
        'EcritureNum',
      );
    } else {
      this.report(n, `numbering gap in journal ${journal}: expected entry ${last + 1}, found ${value}`, 'EcritureNum');
      this.lastNumber.set(journal, value);
    }
  }

  private closeEntry(): void {
    const e = this.entry;
    this.entry = null;
    if (e === null || e.broken || e.debit === e.credit) return;
    const lines = e.firstLine === e.lastLine ? `line ${e.firstLine}` : `lines ${e.firstLine}–${e.lastLine}`;
    this.report(
      e.firstLine,
      `entry ${e.journal} ${e.number} (${lines}) is unbalanced: debit ${formatFecAmount(e.debit)} ≠ credit ${formatFecAmount(e.credit)}`,
    );
  }

  /** Dates are AAAAMMJJ calendar dates (the tester also flags years outside 1900–2099). */
  private date(f: string[], k: number, n: number): number | null {
    const value = f[k];
    if (value === '') return null; // mandatory ones are reported by the mandatory check
    const date = parseFecDate(value);
    if (date === null) this.report(n, `${FEC_COLUMNS[k]} "${value}" is not a valid AAAAMMJJ date`, FEC_COLUMNS[k]);
    return date;
  }

  /** Amount in integer cents, or null (reported) when unreadable or negative. */
  private amount(f: string[], k: number, n: number): number | null {
    const value = f[k];
    const field = FEC_COLUMNS[k];
    if (!AMOUNT.test(value)) {
      const why =
        value === ''
          ? 'is empty (write 0,00)'
          : value.includes('.')
            ? 'uses a dot; the decimal separator must be a comma'
            : 'must be written like 1234,56 (decimal comma, two decimals, no thousands separator)';
      this.report(n, `${field} "${value}" ${why}`, field);
      return null;
    }
    if (value.startsWith('-')) {
      this.report(n, `${field} "${value}" is negative; write the amount on the other side`, field);
      return null;
    }
    const comma = value.length - 3;
    const cents = Number(value.slice(0, comma)) * 100 + Number(value.slice(comma + 1));
    if (!Number.isSafeInteger(cents)) {
      this.report(n, `${field} "${value}" is too large`, field);
      return null;
    }
    return cents;
  }

  private report(line: number, message: string, field?: string): void {
    this.problemCount++;
    if (this.problems.length < FEC_MAX_PROBLEMS)
      this.problems.push(field === undefined ? { line, message } : { line, field, message });
  }

  finish(): FecReport {
    this.closeEntry();
    if (!this.sawContent) this.report(0, 'the file is empty; the first line must be the header');
    if (this.endsWithNewline) this.report(0, 'the file must not end with a line terminator');
    if (this.debitCents !== this.creditCents) {
      this.report(
        0,
        `total debit ${formatFecAmount(this.debitCents)} ≠ total credit ${formatFecAmount(this.creditCents)}`,
      );
    }
    return {
      valid: this.problemCount === 0,
      problems: this.problems,
      truncated: this.problemCount > this.problems.length,
      lines: this.dataLines,
      entries: this.entries,
      debitCents: this.debitCents,
      creditCents: this.creditCents,
    };
  }
}

function optionDate(value: string, name: string): number {
  const compact = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value.replace(/-/g, '') : value;
  const date = parseFecDate(compact);
  if (date === null) throw new RangeError(`${name} must be a 'YYYY-MM-DD' date, got "${value}"`);
  return date;
}
