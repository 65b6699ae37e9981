import { isBic, isCalendarDate, isIban, MAX_CENTS, normalizeIban, sepaText } from '@socius/core';

/**
 * SEPA credit-transfer initiation (ISO 20022 pain.001.001.03, the version every French bank
 * accepts) for a batch of redemption payouts: one payment information block, debited from the
 * cooperative's account, one transaction per member.
 */

export interface SepaParty {
  name: string;
  iban: string;
  bic?: string | null;
}

export interface SepaTransfer {
  endToEndId: string;
  amountCents: number;
  creditor: SepaParty;
  remittance: string;
}

export interface SepaBatch {
  messageId: string;
  createdAt: Date;
  /** YYYY-MM-DD */
  executionDate: string;
  debtor: SepaParty;
  transfers: SepaTransfer[];
}

const NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.03';

/** Builds the XML document (UTF-8). Throws a plain Error on anything a bank would reject. */
export function buildPain001(batch: SepaBatch): string {
  const messageId = identifier(batch.messageId, 'messageId');
  if (!isCalendarDate(batch.executionDate))
    throw new Error(`executionDate must be a date YYYY-MM-DD, got "${batch.executionDate}"`);
  if (!(batch.createdAt instanceof Date) || Number.isNaN(batch.createdAt.getTime()))
    throw new Error('createdAt must be a valid Date');
  if (batch.transfers.length === 0) throw new Error('a SEPA batch needs at least one transfer');

  const debtor = party(batch.debtor, 'debtor');
  let totalCents = 0;
  const transactions = batch.transfers.map((t, i) => {
    const where = `transfer ${i + 1} (${t.endToEndId})`;
    if (!Number.isSafeInteger(t.amountCents) || t.amountCents <= 0 || t.amountCents > MAX_CENTS) {
      throw new Error(`${where}: amount must be a positive integer number of cents, got ${t.amountCents}`);
    }
    totalCents += t.amountCents;
    if (!Number.isSafeInteger(totalCents)) throw new Error('the batch total exceeds the safe integer range');
    const creditor = party(t.creditor, `${where} creditor`);
    const remittance = sepaText(t.remittance, 140);
    return node(
      'CdtTrfTxInf',
      node('PmtId', el('EndToEndId', identifier(t.endToEndId, `${where} endToEndId`))),
      node('Amt', [`<InstdAmt Ccy="EUR">${centsToDecimal(t.amountCents)}</InstdAmt>`]),
      creditor.bic ? node('CdtrAgt', node('FinInstnId', el('BIC', creditor.bic))) : [],
      node('Cdtr', el('Nm', creditor.name)),
      node('CdtrAcct', node('Id', el('IBAN', creditor.iban))),
      remittance ? node('RmtInf', el('Ustrd', remittance)) : [],
    );
  });

  const count = String(batch.transfers.length);
  const controlSum = centsToDecimal(totalCents);
  const document = node(
    'CstmrCdtTrfInitn',
    node(
      'GrpHdr',
      el('MsgId', messageId),
      el('CreDtTm', creationDateTime(batch.createdAt)),
      el('NbOfTxs', count),
      el('CtrlSum', controlSum),
      node('InitgPty', el('Nm', debtor.name)),
    ),
    node(
      'PmtInf',
      el('PmtInfId', messageId),
      el('PmtMtd', 'TRF'),
      el('BtchBookg', 'true'),
      el('NbOfTxs', count),
      el('CtrlSum', controlSum),
      node('PmtTpInf', node('SvcLvl', el('Cd', 'SEPA'))),
      el('ReqdExctnDt', batch.executionDate),
      node('Dbtr', el('Nm', debtor.name)),
      node('DbtrAcct', node('Id', el('IBAN', debtor.iban))),
      node('DbtrAgt', node('FinInstnId', debtor.bic ? el('BIC', debtor.bic) : node('Othr', el('Id', 'NOTPROVIDED')))),
      el('ChrgBr', 'SLEV'),
      ...transactions,
    ),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Document xmlns="${NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`,
    ...indent(document),
    '</Document>',
    '',
  ].join('\n');
}

/** 1250 → "12.50", integer arithmetic only (the quotient of a multiple of 100 is exact). */
export function centsToDecimal(cents: number): string {
  const rem = cents % 100;
  return `${(cents - rem) / 100}.${String(rem).padStart(2, '0')}`;
}

interface CheckedParty {
  name: string;
  iban: string;
  bic: string | null;
}

function party(p: SepaParty, what: string): CheckedParty {
  const name = sepaText(p.name, 70);
  if (!name) throw new Error(`${what}: the name is empty once restricted to the SEPA character set`);
  const iban = normalizeIban(p.iban);
  if (!isIban(iban)) throw new Error(`${what}: invalid IBAN "${p.iban}"`);
  const bic = p.bic ? p.bic.replace(/\s+/g, '').toUpperCase() : '';
  if (bic && !isBic(bic)) throw new Error(`${what}: invalid BIC "${p.bic}"`);
  return { name, iban, bic: bic || null };
}

/**
 * Message and end-to-end identifiers come back on bank statements and drive reconciliation:
 * they are refused, not silently rewritten, when they are not 1-35 SEPA characters without
 * spaces, a leading or trailing "/" or "//".
 */
function identifier(id: string, what: string): string {
  if (!/^[A-Za-z0-9/\-?:().,'+]{1,35}$/.test(id) || id.startsWith('/') || id.endsWith('/') || id.includes('//')) {
    throw new Error(`${what} must be 1 to 35 SEPA characters without spaces or "//", got "${id}"`);
  }
  return id;
}

const parisClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * Paris local time `YYYY-MM-DDThh:mm:ss`, no milliseconds and no zone designator: several banks'
 * validators refuse a `Z` or an offset in CreDtTm.
 */
function creationDateTime(d: Date): string {
  const p = Object.fromEntries(parisClock.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

/** Lines of XML; a node indents its children by two spaces. */
type Lines = string[];

function node(name: string, ...children: Lines[]): Lines {
  return [`<${name}>`, ...indent(children.flat()), `</${name}>`];
}

function indent(lines: Lines): Lines {
  return lines.map((l) => `  ${l}`);
}

function el(name: string, text: string): Lines {
  return [`<${name}>${escapeXml(text)}</${name}>`];
}

/** sepaText already leaves none of these; escaping stays as a second line of defence. */
function escapeXml(s: string): string {
  return s.replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'));
}
