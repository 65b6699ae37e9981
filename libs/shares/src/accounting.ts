/**
 * The share-capital journal: which accounts of the French chart (PCG) each operation debits and
 * credits. Amounts at nominal, in cents. Sources: ../shared/reference/funding-and-accounting.md (d).
 * These are the entries an expert-comptable expects; an organization may renumber the accounts.
 */

export const ACCOUNT_KEYS = [
  'bank',
  'uncalledCapital',
  'calledUnpaidCapital',
  'paidCapital',
  'uncalledReceivable',
  'contribution',
  'calledReceivable',
  'advancePayments',
  'defaulting',
  'toRedeem',
  'losses',
  'donations',
  'membershipFees',
] as const;
export type AccountKey = (typeof ACCOUNT_KEYS)[number];

export const DEFAULT_ACCOUNTS: Record<AccountKey, { number: string; label: string }> = {
  bank: { number: '512', label: 'Banque' },
  uncalledCapital: { number: '1011', label: 'Capital souscrit non appelé' },
  calledUnpaidCapital: { number: '1012', label: 'Capital souscrit appelé non versé' },
  paidCapital: { number: '1013', label: 'Capital souscrit appelé versé' },
  uncalledReceivable: { number: '109', label: 'Associés - capital souscrit non appelé' },
  contribution: { number: '4561', label: "Associés - comptes d'apport en société" },
  calledReceivable: { number: '4562', label: 'Associés - capital appelé non versé' },
  advancePayments: { number: '4563', label: 'Versements reçus sur augmentation de capital' },
  defaulting: { number: '4566', label: 'Associés défaillants' },
  toRedeem: { number: '4567', label: 'Associés - capital à rembourser' },
  losses: { number: '119', label: 'Report à nouveau débiteur' },
  donations: { number: '7541', label: 'Dons manuels' },
  membershipFees: { number: '756', label: 'Cotisations' },
};

export const DEFAULT_JOURNAL = { code: 'CAP', label: 'Capital social' };

export interface DraftLine {
  account: AccountKey;
  /** the member's auxiliary account (compte de tiers) for the 456x accounts */
  member?: boolean;
  /** another member's auxiliary account than the entry's (an entry paying several members) */
  memberId?: string;
  debitCents: number;
  creditCents: number;
}

export interface DraftEntry {
  label: string;
  lines: DraftLine[];
}

const debit = (account: AccountKey, cents: number, member = false): DraftLine => ({
  account,
  member,
  debitCents: cents,
  creditCents: 0,
});
const credit = (account: AccountKey, cents: number, member = false): DraftLine => ({
  account,
  member,
  debitCents: 0,
  creditCents: cents,
});

/** Drops zero amounts and checks the entry balances: a bug here must never reach the books. */
function entry(label: string, lines: DraftLine[]): DraftEntry {
  const kept = lines.filter((l) => l.debitCents > 0 || l.creditCents > 0);
  const d = kept.reduce((s, l) => s + l.debitCents, 0);
  const c = kept.reduce((s, l) => s + l.creditCents, 0);
  if (d !== c || d === 0) throw new Error(`unbalanced or empty entry "${label}": debit ${d}, credit ${c}`);
  return { label, lines: kept };
}

/**
 * Subscription accepted by the board. Paid at once: D 4561 / C 1012. By instalments: the called part
 * D 4562 / C 1012 and the rest D 109 / C 1011. Money already received (waiting in 4563 on the
 * member's sub-account) is applied, clearing that sub-account, and that part becomes paid-up
 * capital (D 1012 / C 1013). 4563 "versements reçus sur augmentation de capital" (PCG, ANC
 * règlement 2014-03) is owed to that subscriber until then: reference/funding-and-accounting.md (d).
 */
export function subscriptionApproved(p: {
  amountCents: number;
  calledCents: number;
  instalments: boolean;
  escrowedCents: number;
}): DraftEntry {
  const receivable: AccountKey = p.instalments ? 'calledReceivable' : 'contribution';
  return entry('Souscription de parts sociales', [
    debit(receivable, p.calledCents, true),
    credit('calledUnpaidCapital', p.calledCents),
    debit('uncalledReceivable', p.amountCents - p.calledCents),
    credit('uncalledCapital', p.amountCents - p.calledCents),
    // 4563 is cleared on the member's sub-account, the one the advance was credited to
    debit('advancePayments', p.escrowedCents, true),
    credit(receivable, p.escrowedCents, true),
    debit('calledUnpaidCapital', p.escrowedCents),
    credit('paidCapital', p.escrowedCents),
  ]);
}

/** Payment on an accepted subscription: D 512 / C 4561 (4562 by instalments), then D 1012 / C 1013. */
export function subscriptionPaid(p: { amountCents: number; instalments: boolean }): DraftEntry {
  return entry('Libération de parts sociales', [
    debit('bank', p.amountCents),
    credit(p.instalments ? 'calledReceivable' : 'contribution', p.amountCents, true),
    debit('calledUnpaidCapital', p.amountCents),
    credit('paidCapital', p.amountCents),
  ]);
}

/** Money received before the board decides: it waits in 4563. */
export function advanceReceived(amountCents: number): DraftEntry {
  return entry('Versement reçu sur souscription en attente', [
    debit('bank', amountCents),
    credit('advancePayments', amountCents, true),
  ]);
}

/** A refused or cancelled subscription: the money waiting in 4563 goes back. */
export function advanceRefunded(amountCents: number): DraftEntry {
  return entry('Remboursement de versement sur souscription refusée', [
    debit('advancePayments', amountCents, true),
    credit('bank', amountCents),
  ]);
}

/**
 * An accepted subscription cancelled before its shares were issued: the unpaid part is undone
 * (D 1012 / C 4561) and what was paid is returned (D 1013 / C 512).
 */
export function subscriptionCancelled(p: { amountCents: number; paidCents: number; instalments: boolean }): DraftEntry {
  const receivable: AccountKey = p.instalments ? 'calledReceivable' : 'contribution';
  return entry('Annulation de souscription', [
    debit('calledUnpaidCapital', p.amountCents - p.paidCents),
    credit(receivable, p.amountCents - p.paidCents, true),
    debit('paidCapital', p.paidCents),
    credit('bank', p.paidCents),
  ]);
}

/** Capital call: D 1011 / C 1012 and D 4562 / C 109. */
export function capitalCalled(amountCents: number): DraftEntry {
  return entry('Appel de capital', [
    debit('uncalledCapital', amountCents),
    credit('calledUnpaidCapital', amountCents),
    debit('calledReceivable', amountCents, true),
    credit('uncalledReceivable', amountCents),
  ]);
}

/** A call left unpaid after its due date: D 4566 / C 4562. */
export function callDefaulted(amountCents: number): DraftEntry {
  return entry('Associé défaillant', [
    debit('defaulting', amountCents, true),
    credit('calledReceivable', amountCents, true),
  ]);
}

/** Redemption taking effect: paid-up capital becomes a debt to the member, D 1013 / C 4567. */
export function redemptionDecided(amountCents: number): DraftEntry {
  return entry('Remboursement de parts sociales décidé', [
    debit('paidCapital', amountCents),
    credit('toRedeem', amountCents, true),
  ]);
}

/** The member's share of the year's losses reduces what is owed (loi 47-1775 art. 18): D 4567 / C 119. */
export function redemptionLossDeducted(amountCents: number): DraftEntry {
  return entry('Imputation des pertes sur parts remboursées', [
    debit('toRedeem', amountCents, true),
    credit('losses', amountCents),
  ]);
}

/** Redemption paid: D 4567 / C 512. */
export function redemptionPaid(amountCents: number): DraftEntry {
  return entry('Paiement du remboursement de parts sociales', [
    debit('toRedeem', amountCents, true),
    credit('bank', amountCents),
  ]);
}

/**
 * A SEPA payout file: each member's 4567 is settled by one bank debit for the whole file (the bank
 * books a batch as one line, BtchBookg): D 4567 per member / C 512.
 */
export function payoutBatchIssued(items: { memberId: string; amountCents: number }[]): DraftEntry {
  const total = items.reduce((s, i) => s + i.amountCents, 0);
  return entry('Virement SEPA de remboursements de parts', [
    ...items.map((i) => ({ ...debit('toRedeem', i.amountCents, true), memberId: i.memberId })),
    credit('bank', total),
  ]);
}

/** A payout file cancelled before the bank executed it: the reverse, D 512 / C 4567 per member. */
export function payoutBatchCancelled(items: { memberId: string; amountCents: number }[]): DraftEntry {
  const total = items.reduce((s, i) => s + i.amountCents, 0);
  return entry('Annulation de virement SEPA de remboursements', [
    debit('bank', total),
    ...items.map((i) => ({ ...credit('toRedeem', i.amountCents, true), memberId: i.memberId })),
  ]);
}

/** The journal of contributions to campaigns (dons et cotisations), apart from the share-capital journal. */
export const CONTRIBUTIONS_JOURNAL = { code: 'DON', label: 'Dons et cotisations' };

/** A gift received: D 512 / C 7541 (dons manuels). */
export function donationReceived(amountCents: number): DraftEntry {
  return entry('Don reçu', [debit('bank', amountCents), credit('donations', amountCents)]);
}

/** A gift given back: the reverse, D 7541 / C 512. */
export function donationRefunded(amountCents: number): DraftEntry {
  return entry('Remboursement de don', [debit('donations', amountCents), credit('bank', amountCents)]);
}

/** A membership fee received: D 512 / C 756 (cotisations). */
export function membershipFeeReceived(amountCents: number): DraftEntry {
  return entry('Cotisation reçue', [debit('bank', amountCents), credit('membershipFees', amountCents)]);
}

/** A membership fee given back: D 756 / C 512. */
export function membershipFeeRefunded(amountCents: number): DraftEntry {
  return entry('Remboursement de cotisation', [debit('membershipFees', amountCents), credit('bank', amountCents)]);
}

/** The account numbers in use: the defaults of the French chart with the organization's overrides. */
export function accountChart(overrides: Record<string, string>): Record<AccountKey, { number: string; label: string }> {
  const chart = { ...DEFAULT_ACCOUNTS };
  for (const key of ACCOUNT_KEYS) if (overrides[key]) chart[key] = { ...chart[key], number: overrides[key] };
  return chart;
}
