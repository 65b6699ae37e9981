import type { CountedBase } from './legal-rules';

/**
 * The count of a resolution, as pure functions. The majority is counted on the resolution's base
 * (legal-rules.ts): expressed votes by default — abstentions are not expressed votes (C. com. L225-96
 * and L225-98 since loi 2019-744) —, the votes of the members present or represented (SCOP, loi
 * 78-763), or all the votes of the electorate (SARL, C. com. L223-29). With college weighting (SCIC,
 * loi 47-1775 art. 19 octies) each college counts one member one vote inside, then weighs its percent;
 * a college where nobody's vote is on the base drops out and the others are rescaled. Otherwise the
 * votes of non-cooperators are reduced by the art. 3 bis factors.
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
  /** the voters' associate class (art. 3 bis); cooperator when not given */
  associateClass?: AssociateClassKey;
}

export type AssociateClassKey = 'cooperator' | 'non_cooperator_coop' | 'non_cooperator';

/** The electorate's voting rights, grouped like the ballots: the base of an `all_votes` majority. */
export interface ElectorGroup {
  collegeId: string | null;
  associateClass: AssociateClassKey;
  electors: number;
  weight: number;
}

/** The art. 3 bis reduction factors of non-cooperators' votes (1: not reduced). */
export interface CapFactors {
  cooperativeFactor: number;
  otherFactor: number;
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
  /** what the majority is counted on; expressed votes when not given */
  base?: CountedBase;
  /** the art. 3 bis factors (not used with college weighting: the statutes' weights decide) */
  caps?: CapFactors | null;
  /** needed for an `all_votes` base */
  electorate?: ElectorGroup[];
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
  /** the votes as counted, non-cooperators' reduced by the art. 3 bis caps (shares for a per-share vote) */
  weightedCounts?: Counts;
}

const EPSILON = 1e-9;

/** the factor of a group's votes under the art. 3 bis caps */
export function capFactor(caps: CapFactors | null | undefined, associateClass: AssociateClassKey | undefined): number {
  if (!caps || !associateClass || associateClass === 'cooperator') return 1;
  return associateClass === 'non_cooperator_coop' ? caps.cooperativeFactor : caps.otherFactor;
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
  const base = input.base ?? 'expressed';
  const college = input.weighting === 'college';
  // what one group of ballots counts for: its ballots or shares, non-cooperators' reduced by the caps
  const valueOf = (g: BallotGroup) =>
    college
      ? g.ballots
      : (input.weighting === 'per_share' ? g.weight : g.ballots) * capFactor(input.caps, g.associateClass);
  const byCollege = new Map<string | null, Map<string, { ballots: number; weight: number; value: number }>>();
  for (const g of input.groups) {
    const c = byCollege.get(g.collegeId) ?? new Map();
    const prev = c.get(g.choice) ?? { ballots: 0, weight: 0, value: 0 };
    c.set(g.choice, {
      ballots: prev.ballots + g.ballots,
      weight: prev.weight + g.weight,
      value: prev.value + valueOf(g),
    });
    byCollege.set(g.collegeId, c);
  }
  const countOf = (
    m: Map<string, { ballots: number; weight: number; value: number }> | undefined,
    key: 'ballots' | 'weight' | 'value',
  ): Counts => ({
    for: m?.get('for')?.[key] ?? 0,
    against: m?.get('against')?.[key] ?? 0,
    abstain: m?.get('abstain')?.[key] ?? 0,
  });
  const all = new Map<string, { ballots: number; weight: number; value: number }>();
  for (const m of byCollege.values())
    for (const [k, v] of m) {
      const prev = all.get(k) ?? { ballots: 0, weight: 0, value: 0 };
      all.set(k, { ballots: prev.ballots + v.ballots, weight: prev.weight + v.weight, value: prev.value + v.value });
    }
  // the electorate's votes, for an all_votes base: per college (electors) or overall (capped rights)
  const electorateOf = (collegeId?: string) =>
    (input.electorate ?? [])
      .filter((e) => collegeId === undefined || e.collegeId === collegeId)
      .reduce(
        (s, e) =>
          s +
          (college || collegeId !== undefined
            ? e.electors
            : (input.weighting === 'per_share' ? e.weight : e.electors) * capFactor(input.caps, e.associateClass)),
        0,
      );
  const baseOf = (k: Counts, collegeId?: string) =>
    base === 'all_votes'
      ? electorateOf(collegeId)
      : k.for + k.against + (base === 'present_or_represented' ? k.abstain : 0);
  const counts = countOf(all, 'ballots');
  const colleges = input.colleges.map((c) => {
    const k = countOf(byCollege.get(c.id), 'ballots');
    const b = baseOf(k, c.id);
    return {
      code: c.code,
      weightPercent: c.weightPercent,
      counts: k,
      forPercent: b ? round2((100 * k.for) / b) : null,
    };
  });
  const weighted = countOf(all, 'value');
  const capped = !college && !!input.caps && (input.caps.cooperativeFactor < 1 || input.caps.otherFactor < 1);

  if (input.kind === 'election')
    return {
      ...electionResult(input, byCollege, all, reached),
      counts,
      colleges,
      quorumReached: reached,
      forPercent: null,
      ...(capped ? { weightedCounts: roundCounts(weighted) } : {}),
    };

  // the share of `for` on the base, and whether it carries the majority (exact for whole numbers of votes)
  let share: number | null;
  let carried: boolean;
  if (college) {
    let weights = 0;
    let weightedFor = 0;
    for (const c of input.colleges) {
      const k = countOf(byCollege.get(c.id), 'ballots');
      const b = baseOf(k, c.id);
      if (!b) continue;
      weights += c.weightPercent;
      weightedFor += (c.weightPercent * k.for) / b;
    }
    share = weights ? weightedFor / weights : null;
    carried = share !== null && (input.majority === 'simple' ? share > 0.5 + 1e-12 : share >= 2 / 3 - 1e-12);
  } else {
    const b = baseOf(weighted);
    share = b ? weighted.for / b : null;
    carried =
      b > 0 && (input.majority === 'simple' ? 2 * weighted.for - b > EPSILON : 3 * weighted.for - 2 * b >= -EPSILON);
  }
  return {
    quorumReached: reached,
    counts,
    forPercent: share === null ? null : round2(share * 100),
    colleges,
    outcome: !reached ? 'no_quorum' : carried ? 'adopted' : 'rejected',
    ...(capped ? { weightedCounts: roundCounts(weighted) } : {}),
  };
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const roundCounts = (k: Counts): Counts => ({
  for: round4(k.for),
  against: round4(k.against),
  abstain: round4(k.abstain),
});

/** Elections: each ballot names up to `seats` candidates; the most voted (weighted per college) are elected. */
function electionResult(
  input: TallyInput,
  byCollege: Map<string | null, Map<string, { ballots: number; weight: number; value: number }>>,
  all: Map<string, { ballots: number; weight: number; value: number }>,
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
    // per member or per share, non-cooperators' votes reduced by the caps
    const total = [...all.entries()].filter(([k]) => score.has(k)).reduce((s, [, v]) => s + v.value, 0);
    for (const [k, v] of all) if (score.has(k) && total) score.set(k, v.value / total);
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
