import { schemaErrors } from '../../../test/support/pain001';
import { buildPain001, centsToDecimal, SepaBatch } from './sepa';

function batch(overrides: Partial<SepaBatch> = {}): SepaBatch {
  return {
    messageId: 'SOCIUS-RBT-2026-0001',
    createdAt: new Date('2026-03-15T09:30:12.345Z'),
    executionDate: '2026-03-20',
    debtor: { name: 'Coopérative <Les Champs> & Cie', iban: 'FR76 3000 6000 0112 3456 7890 189', bic: 'AGRIFRPP882' },
    transfers: [
      {
        endToEndId: 'RBT-0001',
        amountCents: 12_050,
        creditor: { name: 'Łukasz Wałęsa', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' },
        remittance: 'Remboursement de 3 parts sociales — AG du 12/03/2026',
      },
      {
        endToEndId: 'RBT-0002',
        amountCents: 1_999,
        creditor: { name: 'Amélie Poulain', iban: 'BE68539007547034', bic: null },
        remittance: 'Remboursement parts sociales',
      },
    ],
    ...overrides,
  };
}

/** Opening tags in document order, e.g. ["Document", "CstmrCdtTrfInitn", "GrpHdr", ...]. */
function tags(xml: string): string[] {
  return [...xml.matchAll(/<([A-Za-z]+)[\s>]/g)].map((m) => m[1]);
}

function text(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]);
}

function transactions(xml: string): string[] {
  return [...xml.matchAll(/<CdtTrfTxInf>[\s\S]*?<\/CdtTrfTxInf>/g)].map((m) => m[0]);
}

describe('buildPain001', () => {
  const xml = buildPain001(batch());

  it('is valid against the pain.001.001.03 schema (the subset Socius writes), with and without BICs', () => {
    expect(schemaErrors(xml)).toBe('');
    const noBic = buildPain001(batch({ debtor: { name: 'Coop', iban: 'FR7630006000011234567890189' } }));
    expect(schemaErrors(noBic)).toBe('');
  });

  it('would be refused by the schema with a BIC outside its pattern: the check is real', () => {
    expect(schemaErrors(xml.replace('<BIC>AGRIFRPP882</BIC>', '<BIC>BNPAFRPO</BIC>'))).toMatch(/BIC/);
  });

  it('is a pain.001.001.03 document with its declaration', () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"',
      ),
    ).toBe(true);
    expect(xml.trimEnd().endsWith('</Document>')).toBe(true);
  });

  it('counts the transactions and sums the amounts, in the header and the payment block', () => {
    expect(text(xml, 'NbOfTxs')).toEqual(['2', '2']);
    expect(text(xml, 'CtrlSum')).toEqual(['140.49', '140.49']);
    expect(text(xml, 'InstdAmt')).toEqual(['120.50', '19.99']);
    expect(xml).toContain('<InstdAmt Ccy="EUR">120.50</InstdAmt>');
  });

  it('fills the header and the payment information', () => {
    expect(text(xml, 'MsgId')).toEqual(['SOCIUS-RBT-2026-0001']);
    expect(text(xml, 'PmtInfId')).toEqual(['SOCIUS-RBT-2026-0001']);
    // Paris local time (UTC+1 in March), no milliseconds, no zone.
    expect(text(xml, 'CreDtTm')).toEqual(['2026-03-15T10:30:12']);
    expect(text(xml, 'PmtMtd')).toEqual(['TRF']);
    expect(text(xml, 'BtchBookg')).toEqual(['true']);
    expect(text(xml, 'Cd')).toEqual(['SEPA']);
    expect(text(xml, 'ReqdExctnDt')).toEqual(['2026-03-20']);
    expect(text(xml, 'ChrgBr')).toEqual(['SLEV']);
    expect(text(xml, 'IBAN')).toEqual(['FR7630006000011234567890189', 'DE89370400440532013000', 'BE68539007547034']);
    expect(text(xml, 'EndToEndId')).toEqual(['RBT-0001', 'RBT-0002']);
  });

  it('writes summer time as Paris local time too', () => {
    expect(text(buildPain001(batch({ createdAt: new Date('2026-07-01T22:05:09Z') })), 'CreDtTm')).toEqual([
      '2026-07-02T00:05:09',
    ]);
  });

  it('never lets markup characters through, and transliterates accents', () => {
    const names = text(xml, 'Nm');
    expect(names).toEqual([
      'Cooperative Les Champs + Cie',
      'Cooperative Les Champs + Cie',
      'Lukasz Walesa',
      'Amelie Poulain',
    ]);
    const body = xml.replace(/^<\?xml[^>]*\?>/, '');
    // Every < opens a tag and every & an entity: nothing raw from the data.
    expect(body.match(/<(?![A-Za-z/])/g)).toBeNull();
    expect(body.match(/&(?!(?:lt|gt|amp);)/g)).toBeNull();
    expect(text(xml, 'Ustrd')).toEqual([
      'Remboursement de 3 parts sociales AG du 12/03/2026',
      'Remboursement parts sociales',
    ]);
    expect(xml).not.toMatch(/[^\x20-\x7e\n]/);
  });

  it('puts CdtrAgt only on transfers with a known BIC', () => {
    const [first, second] = transactions(xml);
    expect(text(first, 'BIC')).toEqual(['COBADEFFXXX']);
    expect(second).not.toContain('<CdtrAgt>');
    expect(second).not.toContain('NOTPROVIDED');
  });

  it('uses NOTPROVIDED for a debtor without BIC, and the BIC otherwise', () => {
    expect(xml).toMatch(/<DbtrAgt>\s*<FinInstnId>\s*<BIC>AGRIFRPP882<\/BIC>\s*<\/FinInstnId>\s*<\/DbtrAgt>/);
    const b = batch();
    const noBic = buildPain001({ ...b, debtor: { ...b.debtor, bic: null } });
    expect(noBic).toMatch(
      /<DbtrAgt>\s*<FinInstnId>\s*<Othr>\s*<Id>NOTPROVIDED<\/Id>\s*<\/Othr>\s*<\/FinInstnId>\s*<\/DbtrAgt>/,
    );
    expect(noBic).not.toMatch(/<DbtrAgt>[\s\S]*<BIC>AGRIFRPP882/);
  });

  it('orders the elements as the schema requires', () => {
    expect(tags(xml)).toEqual([
      'Document',
      'CstmrCdtTrfInitn',
      'GrpHdr',
      'MsgId',
      'CreDtTm',
      'NbOfTxs',
      'CtrlSum',
      'InitgPty',
      'Nm',
      'PmtInf',
      'PmtInfId',
      'PmtMtd',
      'BtchBookg',
      'NbOfTxs',
      'CtrlSum',
      'PmtTpInf',
      'SvcLvl',
      'Cd',
      'ReqdExctnDt',
      'Dbtr',
      'Nm',
      'DbtrAcct',
      'Id',
      'IBAN',
      'DbtrAgt',
      'FinInstnId',
      'BIC',
      'ChrgBr',
      'CdtTrfTxInf',
      'PmtId',
      'EndToEndId',
      'Amt',
      'InstdAmt',
      'CdtrAgt',
      'FinInstnId',
      'BIC',
      'Cdtr',
      'Nm',
      'CdtrAcct',
      'Id',
      'IBAN',
      'RmtInf',
      'Ustrd',
      'CdtTrfTxInf',
      'PmtId',
      'EndToEndId',
      'Amt',
      'InstdAmt',
      'Cdtr',
      'Nm',
      'CdtrAcct',
      'Id',
      'IBAN',
      'RmtInf',
      'Ustrd',
    ]);
  });

  it('nests well: every opened tag is closed in order', () => {
    const stack: string[] = [];
    for (const m of xml.replace(/^<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([A-Za-z]+)[^>]*>/g)) {
      if (m[1]) expect(stack.pop()).toBe(m[2]);
      else stack.push(m[2]);
    }
    expect(stack).toEqual([]);
  });

  it('cuts names to 70 and remittance to 140 characters, and omits an empty remittance', () => {
    const b = batch();
    const long = buildPain001({
      ...b,
      transfers: [
        {
          ...b.transfers[0],
          creditor: { ...b.transfers[0].creditor, name: 'N'.repeat(100) },
          remittance: 'R'.repeat(200),
        },
        { ...b.transfers[1], remittance: ' — ' },
      ],
    });
    expect(text(long, 'Nm')[2]).toHaveLength(70);
    expect(text(long, 'Ustrd')).toEqual(['R'.repeat(140)]);
    expect(transactions(long)[1]).not.toContain('<RmtInf>');
  });

  it('refuses bad amounts', () => {
    const b = batch();
    for (const amountCents of [0, -100, 12.5, Number.NaN, Infinity, 2 ** 53]) {
      expect(() => buildPain001({ ...b, transfers: [{ ...b.transfers[0], amountCents }] })).toThrow(/amount/);
    }
  });

  it('refuses invalid IBANs and BICs, for the debtor and the creditors', () => {
    const b = batch();
    expect(() => buildPain001({ ...b, debtor: { ...b.debtor, iban: 'FR7630006000011234567890188' } })).toThrow(
      /debtor: invalid IBAN/,
    );
    expect(() =>
      buildPain001({
        ...b,
        transfers: [{ ...b.transfers[0], creditor: { ...b.transfers[0].creditor, iban: 'DE89370400440532013001' } }],
      }),
    ).toThrow(/creditor: invalid IBAN/);
    expect(() =>
      buildPain001({ ...b, transfers: [{ ...b.transfers[0], creditor: { ...b.transfers[0].creditor, bic: 'COBA' } }] }),
    ).toThrow(/invalid BIC/);
  });

  it('refuses an empty batch, a bad execution date, bad identifiers and an empty name', () => {
    const b = batch();
    expect(() => buildPain001({ ...b, transfers: [] })).toThrow(/at least one transfer/);
    for (const executionDate of ['2026-02-30', '20/03/2026', '', '2026-03-20T00:00:00']) {
      expect(() => buildPain001({ ...b, executionDate })).toThrow(/executionDate/);
    }
    expect(() => buildPain001({ ...b, createdAt: new Date('nope') })).toThrow(/createdAt/);
    expect(() => buildPain001({ ...b, messageId: 'M'.repeat(36) })).toThrow(/messageId/);
    expect(() => buildPain001({ ...b, transfers: [{ ...b.transfers[0], endToEndId: 'a b' }] })).toThrow(/endToEndId/);
    expect(() => buildPain001({ ...b, transfers: [{ ...b.transfers[0], endToEndId: 'a//b' }] })).toThrow(/endToEndId/);
    expect(() =>
      buildPain001({
        ...b,
        transfers: [{ ...b.transfers[0], creditor: { ...b.transfers[0].creditor, name: '北京' } }],
      }),
    ).toThrow(/name is empty/);
  });

  it('formats cents with integer arithmetic', () => {
    expect(centsToDecimal(1)).toBe('0.01');
    expect(centsToDecimal(10)).toBe('0.10');
    expect(centsToDecimal(1250)).toBe('12.50');
    expect(centsToDecimal(123456)).toBe('1234.56');
    expect(centsToDecimal(1e15 - 1)).toBe('9999999999999.99');
    expect(centsToDecimal(Number.MAX_SAFE_INTEGER)).toBe('90071992547409.91');
    // Sums that drift in floating point (0.1 + 0.2) stay exact.
    expect(centsToDecimal(10 + 20)).toBe('0.30');
  });
});
