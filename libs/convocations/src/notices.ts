import type { ResultsDto } from '@socius/assemblies';
import { DocumentFormat, DocumentLanguage, LABELS } from '@socius/documents';
import { Mail, voteAccess } from './convocation';
import { TEXTS } from './texts';

/** A resolution as reminders and result notices tell it. */
export interface NoticeResolution {
  id: string;
  number: number;
  title: string;
  kind: 'motion' | 'election';
  status: string;
  closesAt: Date;
  closedAt: Date | null;
  results: ResultsDto | null;
  assemblyId: string;
  assemblyTitle: string;
  organization: { name: string; slug: string; language: DocumentLanguage; timezone: string };
}

export const reminderPurpose = (resolutionId: string) => `reminder:${resolutionId}`;
export const resultNoticePurpose = (resolutionId: string) => `result-notice:${resolutionId}`;

/**
 * The reminder to an elector who has not voted yet, before the vote closes, with how they vote (their
 * account, or their code: null for a member with an account). Written once per run but for those two.
 */
export function reminderMail(
  r: NoticeResolution,
  links: { account: string; page: string },
): (name: string, code: string | null) => Mail {
  const t = TEXTS[r.organization.language];
  const closes = new DocumentFormat(r.organization.language, r.organization.timezone).dateTime(r.closesAt);
  const subject = t.reminderSubject(r.organization.name, r.number, closes);
  return (name, code) => ({
    subject,
    text: t.reminderBody({
      name,
      organization: r.organization.name,
      assembly: r.assemblyTitle,
      number: r.number,
      title: r.title,
      closes,
      vote: t.voteLines(voteAccess(links, code)),
    }),
  });
}

/** The result notice to every elector once the vote has closed: the decision and the counts as published. */
export function resultMail(r: NoticeResolution, link: string): (name: string) => Mail {
  const t = TEXTS[r.organization.language];
  const f = new DocumentFormat(r.organization.language, r.organization.timezone);
  const subject = t.resultSubject(r.organization.name, r.number, r.title);
  const closed = f.dateTime(r.closedAt ?? r.closesAt);
  const lines = resultLines(r, f);
  return (name) => ({
    subject,
    text: t.resultBody({
      name,
      organization: r.organization.name,
      assembly: r.assemblyTitle,
      number: r.number,
      title: r.title,
      closed,
      lines,
      link,
    }),
  });
}

/** The published results in a few lines: decision, counts, participation, quorum, seal. */
export function resultLines(r: NoticeResolution, f: DocumentFormat): string[] {
  const res = r.results;
  const t = TEXTS[f.lang];
  const l = LABELS[f.lang];
  if (!res) return [l.outcomes.no_quorum];
  const lines = [decision(r, f.lang)];
  if (r.kind === 'election') {
    for (const c of res.candidates ?? [])
      lines.push(`  ${c.label}${l.colon('')} ${f.count(c.votes)} — ${f.percent(c.weightedPercent)}`);
    lines.push(`  ${l.abstain}${l.colon('')} ${f.count(res.counts.abstain)}`);
  } else {
    lines.push(
      `${l.for}${l.colon('')} ${f.count(res.counts.for)} — ${l.against}${l.colon('')} ${f.count(res.counts.against)} — ${l.abstain}${l.colon('')} ${f.count(res.counts.abstain)}`,
    );
    if (res.forPercent !== null) lines.push(t.forShare(f.percent(res.forPercent)));
  }
  lines.push(t.participation(f.count(res.votersCount), f.count(res.eligibleCount)), t.quorum(res.quorumReached));
  if (res.sealHash) lines.push(t.seal(res.sealHash));
  return lines;
}

/** The outcome in words, as the minutes say it (adopted, rejected, no quorum, who is elected). */
function decision(r: NoticeResolution, lang: DocumentLanguage): string {
  const l = LABELS[lang];
  const res = r.results!;
  if (res.outcome === 'no_quorum' || !res.outcome) return l.outcomes.no_quorum;
  if (r.kind === 'motion') return l.outcomes[res.outcome];
  const labels = new Map((res.candidates ?? []).map((c) => [c.key, c.label]));
  const elected = (res.elected ?? []).map((k) => labels.get(k) ?? k);
  const text = elected.length ? l.elected(elected.join(', ')) : l.noneElected;
  return res.tie ? `${text} ${l.tie}` : text;
}
