/**
 * The count of a resolution, as pure functions. Abstentions are not expressed votes (C. com. L225-96
 * and L225-98 since loi 2019-744). With college weighting (SCIC, loi 47-1775 art. 19 octies) each
 * college counts one member one vote inside, then weighs its percent; a college where nobody
 * expressed a vote drops out and the others are rescaled.
 */

export type Weighting = 'per_member' | 'college' | 'per_share';
export type Majority = 'simple' | 'two_thirds';

export interface BallotGroup {
  /** the college of the voters (null without colleges) */
  collegeId: string | null;
  /** `for`, `against`, `abstain`, or a candidate key */
  choice: string;
  /** how many ballots carry this choice */
  ballots: number;
  /** their summed weight (shares for a per-share vote, else the ballots) */
  weight: number;
}

export interface CollegeInfo {
  id: string;
  code: string;
  weightPercent: number;
}

export interface Counts {
  for: number;
  against: number;
  abstain: number;
}

export interface TallyInput {
  kind: 'motion' | 'election';
  weighting: Weighting;
  majority: Majority;
  quorumPercent: number;
  eligibleCount: number;
  votersCount: number;
  groups: BallotGroup[];
  colleges: CollegeInfo[];
  candidates?: { key: string; label: string }[];
  seats?: number | null;
}

export interface TallyResult {
  quorumReached: boolean;
  counts: Counts;
  /** weighted share of `for` among expressed votes, two decimals (null when nobody expressed a vote) */
  forPercent: number | null;
  colleges: { code: string; weightPercent: number; counts: Counts; forPercent: number | null }[];
  outcome: 'adopted' | 'rejected' | 'no_quorum' | 'elected';
  candidates?: { key: string; label: string; votes: number; weightedPercent: number }[];
  elected?: string[];
  /** several candidates tie for the last seat: the board decides per the statutes */
  tie?: boolean;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function quorumReached(votersCount: number, eligibleCount: number, quorumPercent: number): boolean {
  // in integers: voters / eligible >= q / 100
  if (quorumPercent <= 0) return true;
  // an empty electorate reaches no quorum
  return eligibleCount > 0 && votersCount * 100 * 100 >= Math.round(quorumPercent * 100) * eligibleCount;
}

export function tally(input: TallyInput): TallyResult {
  const reached = quorumReached(input.votersCount, input.eligibleCount, input.quorumPercent);
  const byCollege = new Map<string | null, Map<string, { ballots: number; weight: number }>>();
  for (const g of input.groups) {
    const c = byCollege.get(g.collegeId) ?? new Map();
    const prev = c.get(g.choice) ?? { ballots: 0, weight: 0 };
    c.set(g.choice, { ballots: prev.ballots + g.ballots, weight: prev.weight + g.weight });
    byCollege.set(g.collegeId, c);
  }
  const countOf = (
    m: Map<string, { ballots: number; weight: number }> | undefined,
    key: 'ballots' | 'weight',
  ): Counts => ({
    for: m?.get('for')?.[key] ?? 0,
    against: m?.get('against')?.[key] ?? 0,
    abstain: m?.get('abstain')?.[key] ?? 0,
  });
  const all = new Map<string, { ballots: number; weight: number }>();
  for (const m of byCollege.values())
    for (const [k, v] of m) {
      const prev = all.get(k) ?? { ballots: 0, weight: 0 };
      all.set(k, { ballots: prev.ballots + v.ballots, weight: prev.weight + v.weight });
    }
  const counts = countOf(all, 'ballots');
  const colleges = input.colleges.map((c) => {
    const k = countOf(byCollege.get(c.id), 'ballots');
    const expressed = k.for + k.against;
    return {
      code: c.code,
      weightPercent: c.weightPercent,
      counts: k,
      forPercent: expressed ? round2((100 * k.for) / expressed) : null,
    };
  });

  if (input.kind === 'election')
    return {
      ...electionResult(input, byCollege, all, reached),
      counts,
      colleges,
      quorumReached: reached,
      forPercent: null,
    };

  // the share of `for` among expressed votes, and whether it carries the majority, in exact terms where possible
  let share: number | null;
  let carried: boolean;
  if (input.weighting === 'college') {
    let weights = 0;
    let weighted = 0;
    for (const c of input.colleges) {
      const k = countOf(byCollege.get(c.id), 'ballots');
      const expressed = k.for + k.against;
      if (!expressed) continue;
      weights += c.weightPercent;
      weighted += (c.weightPercent * k.for) / expressed;
    }
    share = weights ? weighted / weights : null;
    carried = share !== null && (input.majority === 'simple' ? share > 0.5 + 1e-12 : share >= 2 / 3 - 1e-12);
  } else {
    const w = countOf(all, input.weighting === 'per_share' ? 'weight' : 'ballots');
    const expressed = w.for + w.against;
    share = expressed ? w.for / expressed : null;
    carried = expressed > 0 && (input.majority === 'simple' ? 2 * w.for > expressed : 3 * w.for >= 2 * expressed);
  }
  return {
    quorumReached: reached,
    counts,
    forPercent: share === null ? null : round2(share * 100),
    colleges,
    outcome: !reached ? 'no_quorum' : carried ? 'adopted' : 'rejected',
  };
}

/** Elections: each ballot names up to `seats` candidates; the most voted (weighted per college) are elected. */
function electionResult(
  input: TallyInput,
  byCollege: Map<string | null, Map<string, { ballots: number; weight: number }>>,
  all: Map<string, { ballots: number; weight: number }>,
  reached: boolean,
): Pick<TallyResult, 'outcome' | 'candidates' | 'elected' | 'tie'> {
  const candidates = input.candidates ?? [];
  const score = new Map<string, number>(candidates.map((c) => [c.key, 0]));
  if (input.weighting === 'college') {
    const active = input.colleges.filter((c) =>
      [...(byCollege.get(c.id)?.entries() ?? [])].some(([k, v]) => score.has(k) && v.ballots > 0),
    );
    const weights = active.reduce((s, c) => s + c.weightPercent, 0);
    for (const c of active) {
      const m = byCollege.get(c.id)!;
      const total = [...m.entries()].filter(([k]) => score.has(k)).reduce((s, [, v]) => s + v.ballots, 0);
      for (const [k, v] of m)
        if (score.has(k)) score.set(k, score.get(k)! + (c.weightPercent / weights) * (v.ballots / total));
    }
  } else {
    const key = input.weighting === 'per_share' ? 'weight' : 'ballots';
    const total = [...all.entries()].filter(([k]) => score.has(k)).reduce((s, [, v]) => s + v[key], 0);
    for (const [k, v] of all) if (score.has(k) && total) score.set(k, v[key] / total);
  }
  const ranked = candidates
    .map((c) => ({
      key: c.key,
      label: c.label,
      votes: all.get(c.key)?.ballots ?? 0,
      weightedPercent: round2(100 * score.get(c.key)!),
      s: score.get(c.key)!,
    }))
    .sort((a, b) => b.s - a.s || a.label.localeCompare(b.label));
  const seats = input.seats ?? 1;
  const withVotes = ranked.filter((c) => c.s > 0);
  const elected = reached ? withVotes.slice(0, seats) : [];
  const tie = reached && withVotes.length > seats && Math.abs(withVotes[seats - 1].s - withVotes[seats].s) < 1e-12;
  return {
    outcome: !reached ? 'no_quorum' : elected.length ? 'elected' : 'rejected',
    candidates: ranked.map(({ s: _s, ...c }) => c),
    elected: elected.map((c) => c.key),
    ...(tie ? { tie: true } : {}),
  };
}

/**
 * Proxies one member may hold. SCOP (loi 78-763): besides their own vote, at most one below
 * 20 members, and at most a twentieth of the members from 20 on.
 */
export function proxyCap(rule: 'fixed' | 'scop', fixed: number, memberCount: number): number {
  if (rule === 'scop') return memberCount < 20 ? 1 : Math.floor(memberCount / 20);
  return fixed;
}
