import type { Labels, PdfWriter } from '@socius/documents';
import type { ResultsDto } from '../dto/assembly.dto';

/** What the minutes (procès-verbal, C. com. R225-106) of an assembly's closed resolutions say. */
export interface MinutesContent {
  assembly: {
    title: string;
    kind: string;
    weighting: string;
    secret: boolean;
    place: string | null;
    convocationMethod: string | null;
  };
  /** recorded by the bureau (R225-106); the meeting date defaults to the first vote's day */
  details: {
    meetingOn: string;
    chairName: string | null;
    secretaryName: string | null;
    scrutineerNames: string[];
    documentsSubmitted: string[];
    debatesSummary: string | null;
  };
  resolutions: MinutesResolution[];
}

export interface MinutesResolution {
  number: number;
  title: string;
  text: string;
  kind: 'motion' | 'election';
  majority: string;
  quorumPercent: number;
  seats: number | null;
  openedAt: Date;
  closedAt: Date;
  results: ResultsDto;
  attendance: AttendanceLine[];
}

/** A line of the attendance sheet (feuille de présence): who took part, never how. */
export interface AttendanceLine {
  membershipNumber: number | null;
  name: string;
  /** the member's postal address, as the register has it (R225-95) */
  address: string | null;
  /** the shares the member held when the vote closed (R225-95: shares or votes of each) */
  shares: number;
  /** the member who cast this vote by proxy, or null when the member voted themself */
  proxyHolder: { membershipNumber: number | null; name: string } | null;
}

/** The document's title in the registry, in its language. */
export function minutesTitle(
  t: Labels,
  assembly: { title: string; kind: string },
  resolutions: { number: number; title: string }[],
): string {
  const base = `${t.minutesTitle(t.assemblyKinds[assembly.kind] ?? assembly.kind)} — ${assembly.title}`;
  const title =
    resolutions.length === 1 ? `${base} — ${t.agendaItem(resolutions[0].number, resolutions[0].title)}` : base;
  return title.length > 300 ? `${title.slice(0, 299)}…` : title;
}

/**
 * Writes the minutes: the assembly, the agenda, then for each resolution the voting window, the
 * electorate and participation, the quorum, the full text, the count and the decision, and the
 * seal of its ballot box; the attendance sheets follow as annexes.
 */
export function writeMinutes(w: PdfWriter, content: MinutesContent): void {
  const t = w.labels;
  const f = w.format;
  const { assembly } = content;

  w.title(t.minutesTitle(t.assemblyKinds[assembly.kind] ?? assembly.kind), assembly.title);

  const d = content.details;
  w.heading(t.assembly).fields([
    [t.assemblyTitle, assembly.title],
    [t.meetingDate, f.calendarDate(d.meetingOn)],
    [t.place, assembly.place ?? t.remote],
    [t.convocation, assembly.convocationMethod ?? t.notStated],
    [t.ballot, assembly.secret ? t.secret : t.open],
    [t.weighting, t.weightings[assembly.weighting] ?? assembly.weighting],
  ]);

  w.heading(t.bureau).fields([
    [t.chairRole, d.chairName ?? t.notRecorded],
    [t.secretaryRole, d.secretaryName ?? t.notRecorded],
    [t.scrutineers, d.scrutineerNames.length ? d.scrutineerNames.join(', ') : t.notRecorded],
  ]);

  w.heading(t.agenda);
  for (const r of content.resolutions) w.paragraph(t.agendaItem(r.number, r.title));

  w.heading(t.documentsSubmitted);
  if (d.documentsSubmitted.length) for (const doc of d.documentsSubmitted) w.paragraph(`– ${doc}`);
  else w.paragraph(t.notRecorded);
  w.heading(t.debates).paragraph(d.debatesSummary ?? t.notRecorded);

  for (const r of content.resolutions) {
    const res = r.results;
    w.heading(t.resolutionHeading(r.number, r.title), 160); // with its window and electorate
    w.paragraph(t.votingWindow(f.dateTime(r.openedAt), f.dateTime(r.closedAt)));
    w.fields([
      [t.electorate, f.count(res.eligibleCount)],
      [t.voters, t.votersWithProxies(f.count(res.votersCount), f.count(res.proxyVotes))],
      [
        t.turnout,
        res.eligibleCount ? f.percent(Math.round((10_000 * res.votersCount) / res.eligibleCount) / 100) : '—',
      ],
      [
        t.quorumRequired,
        r.quorumPercent > 0
          ? `${f.percent(r.quorumPercent)} — ${res.quorumReached ? t.reached : t.notReached}`
          : t.noQuorumRequired,
      ],
    ]);

    w.subheading(t.text).paragraph(r.text);

    w.subheading(t.result);
    if (r.kind === 'election') writeElection(w, r);
    else writeMotion(w, r, assembly.weighting);

    w.subheading(t.decision).paragraph(decision(t, r), { bold: true });

    if (res.sealHash) w.subheading(t.seal).code(res.sealHash).paragraph(t.sealNote, { small: true });
  }

  // signed by the bureau (R225-106): the chair and the secretary, named when recorded
  w.signatures(t.certification, [
    d.chairName ? `${t.chair}\n${d.chairName}` : t.chair,
    d.secretaryName ? `${t.secretary}\n${d.secretaryName}` : t.secretary,
  ]);

  for (const r of content.resolutions) {
    w.newPage().heading(t.annex(r.number, r.title));
    if (assembly.secret) w.paragraph(t.secretAttendanceNote, { small: true });
    if (!r.attendance.length) {
      w.paragraph(t.noVoters);
      continue;
    }
    const who = (m: { membershipNumber: number | null; name: string }) =>
      m.membershipNumber === null ? m.name : `${f.lang === 'fr' ? 'n°' : 'no.'} ${m.membershipNumber} ${m.name}`;
    w.table(
      [
        { header: t.membershipNumber, width: 0.7, align: 'right' },
        { header: t.member, width: 2.2 },
        { header: t.addressColumn, width: 2.6 },
        { header: t.sharesColumn, width: 0.8, align: 'right' },
        { header: t.participation, width: 2.3 },
      ],
      r.attendance.map((a) => [
        a.membershipNumber === null ? '—' : String(a.membershipNumber),
        a.name,
        a.address ?? '—',
        f.count(a.shares),
        a.proxyHolder ? t.byProxy(who(a.proxyHolder)) : t.inPerson,
      ]),
    );
    const proxies = r.attendance.filter((a) => a.proxyHolder).length;
    w.paragraph(t.attendanceTotal(f.count(r.attendance.length), f.count(proxies)));
  }
}

function writeMotion(w: PdfWriter, r: MinutesResolution, weighting: string): void {
  const t = w.labels;
  const f = w.format;
  const res = r.results;
  w.fields([
    [t.for, f.count(res.counts.for)],
    [t.against, f.count(res.counts.against)],
    [t.abstain, f.count(res.counts.abstain)],
  ]);
  if (res.colleges.length) {
    w.table(
      [
        { header: t.college, width: 2 },
        { header: t.collegeWeight, width: 1.2, align: 'right' },
        { header: t.for, width: 1, align: 'right' },
        { header: t.against, width: 1, align: 'right' },
        { header: t.abstain, width: 1.2, align: 'right' },
        { header: t.forShare, width: 2, align: 'right' },
      ],
      res.colleges.map((c) => [
        c.code,
        f.percent(c.weightPercent),
        f.count(c.counts.for),
        f.count(c.counts.against),
        f.count(c.counts.abstain),
        c.forPercent === null ? '—' : f.percent(c.forPercent),
      ]),
    );
  }
  const base = res.majorityBase ?? 'expressed';
  const cap = res.voteCap;
  if (cap?.applied && cap.weightedCounts)
    w.fields([
      [
        t.weightedCounts,
        `${t.for} ${f.votes(cap.weightedCounts.for)}, ${t.against} ${f.votes(cap.weightedCounts.against)}, ${t.abstain} ${f.votes(cap.weightedCounts.abstain)}`,
      ],
    ]);
  w.fields([
    [
      base !== 'expressed'
        ? t.forShareOnBase
        : weighting === 'per_member' && !cap?.applied
          ? t.forShare
          : t.weightedForShare,
      res.forPercent === null ? t.noVotesExpressed : f.percent(res.forPercent),
    ],
    [t.majorityRequired, t.majorities[r.majority] ?? r.majority],
    [t.majorityBase, t.majorityBases[base] ?? base],
  ]);
  writeVoteCap(w, res);
  if (base === 'expressed') w.paragraph(t.abstentionsNote, { small: true });
}

function writeElection(w: PdfWriter, r: MinutesResolution): void {
  const t = w.labels;
  const f = w.format;
  const res = r.results;
  w.fields([
    [t.seats, f.count(r.seats ?? 1)],
    [t.abstain, f.count(res.counts.abstain)],
  ]);
  w.table(
    [
      { header: t.candidate, width: 4 },
      { header: t.votes, width: 1.3, align: 'right' },
      { header: t.weightedVotes, width: 1.7, align: 'right' },
    ],
    (res.candidates ?? []).map((c) => [c.label, f.count(c.votes), f.percent(c.weightedPercent)]),
  );
  writeVoteCap(w, res);
}

/** The art. 3 bis caps (loi 47-1775), where the electorate has non-cooperators: applied with their factors, or within. */
function writeVoteCap(w: PdfWriter, res: MinutesResolution['results']): void {
  const t = w.labels;
  const f = w.format;
  const cap = res.voteCap;
  if (!cap || cap.nonCooperatorsPercent <= 0) return;
  w.paragraph(
    cap.applied
      ? t.voteCapApplied(
          f.percent(cap.nonCooperatorsPercent),
          f.percent(cap.otherNonCooperatorsPercent),
          f.factor(cap.otherFactor),
          f.factor(cap.cooperativeFactor),
        )
      : t.voteCapWithin(f.percent(cap.nonCooperatorsPercent), f.percent(cap.otherNonCooperatorsPercent)),
  );
}

/** The outcome in words: adopted, rejected, quorum not reached, or who is elected. */
export function decision(t: Labels, r: MinutesResolution): string {
  const res = r.results;
  if (res.outcome === 'no_quorum' || !res.outcome) return t.outcomes.no_quorum;
  if (r.kind === 'motion') return t.outcomes[res.outcome];
  const labels = new Map((res.candidates ?? []).map((c) => [c.key, c.label]));
  const elected = (res.elected ?? []).map((k) => labels.get(k) ?? k);
  const text = elected.length ? t.elected(elected.join(', ')) : t.noneElected;
  return res.tie ? `${text} ${t.tie}` : text;
}
