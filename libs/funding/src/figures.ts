import type { CampaignMode, CampaignStatus } from './entities/campaign.entity';

/**
 * Pure rules of contribution funding: the outcome of a campaign, the dates of monthly instalments,
 * progress by week, tax-receipt eligibility. The services call them; the specs beside pin them.
 */

/** How a campaign ends: the goal reached succeeds; missed, all-or-nothing fails and keep-it-all simply closes. */
export function campaignOutcome(
  mode: CampaignMode,
  raisedCents: number,
  goalCents: number,
): Extract<CampaignStatus, 'succeeded' | 'failed' | 'closed'> {
  if (raisedCents >= goalCents) return 'succeeded';
  return mode === 'all_or_nothing' ? 'failed' : 'closed';
}

/** `months` dates, one a month on the day of `startsOn` (the 31st falls on the last day of shorter months). */
export function monthlyDueDates(startsOn: string, months: number): string[] {
  const [y, m, d] = startsOn.split('-').map(Number);
  const dates: string[] = [];
  for (let i = 0; i < months; i++) {
    const month = m - 1 + i;
    const year = y + Math.floor(month / 12);
    const mm = ((month % 12) + 12) % 12;
    const last = new Date(Date.UTC(year, mm + 1, 0)).getUTCDate();
    dates.push(`${year}-${String(mm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`);
  }
  return dates;
}

/** The Monday of the (ISO) week holding `date`. */
export function weekOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const shift = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - shift * 86_400_000).toISOString().slice(0, 10);
}

export interface MoneyMove {
  occurredOn: string;
  /** positive for money received, negative for money returned */
  cents: number;
}

/** Raised per week (Monday first) with the running total, for the weeks that saw money move. */
export function weeklyProgress(moves: MoneyMove[]): { weekOf: string; raisedCents: number; cumulativeCents: number }[] {
  const weeks = new Map<string, number>();
  for (const move of moves) {
    const w = weekOf(move.occurredOn);
    weeks.set(w, (weeks.get(w) ?? 0) + move.cents);
  }
  let total = 0;
  return [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([w, raised]) => ({ weekOf: w, raisedCents: raised, cumulativeCents: (total += raised) }));
}

/** Raised over goal in percent, two decimals. */
export function progressPercent(raisedCents: number, goalCents: number): number {
  return Math.round((raisedCents * 10_000) / goalCents) / 100;
}

const COOPERATIVE_COMPANY = /^(SCIC|SCOP)_/;

/**
 * Why this organization may not issue tax receipts for donations (cerfa 11580), or null when its
 * legal form allows it. Gifts to a SCIC or a SCOP — companies — give no right to the reductions of
 * CGI art. 200 and 238 bis; only an association (or foundation) of general interest may receipt them.
 */
export function taxReceiptRefusal(legalForm: string): string | null {
  if (COOPERATIVE_COMPANY.test(legalForm)) {
    return (
      `A ${legalForm.startsWith('SCIC') ? 'SCIC' : 'SCOP'} cannot issue tax receipts for donations (cerfa 11580): it is a company, and gifts to it give no right ` +
      'to the reductions of CGI art. 200 or 238 bis. Offer shares instead: a share_subscription contribution makes the contributor a member, ' +
      'and its payments may qualify for the IR-PME reduction (CGI art. 199 terdecies-0 A) on the tax certificate.'
    );
  }
  if (legalForm !== 'ASSOCIATION') {
    return `Only an association of general interest may issue tax receipts for donations (cerfa 11580); this organization is ${legalForm}. Offer shares (a share_subscription contribution) instead.`;
  }
  return null;
}
