export interface CollegeWeight {
  code: string;
  weightPercent: number;
}

export interface CollegeSetCheck {
  valid: boolean;
  problems: string[];
}

/**
 * Voting colleges are an option of the statutes, for a SCIC too (loi 47-1775 art. 19 octies: "les
 * statuts peuvent prévoir"): none is a valid set, and the vote is one member one vote. When there are
 * colleges, each weighs between 10 and 50 % and they sum to 100 (art. 19 octies); other forms using
 * colleges follow the same arithmetic. A college-weighted vote needs colleges (checked where it opens).
 */
export function checkCollegeSet(colleges: CollegeWeight[], _legalForm: string): CollegeSetCheck {
  const problems: string[] = [];
  if (colleges.length === 0) return { valid: true, problems };
  for (const c of colleges) {
    if (c.weightPercent < 10 || c.weightPercent > 50)
      problems.push(`college ${c.code} weighs ${c.weightPercent} %: each college must weigh between 10 and 50 %`);
  }
  const sum = Math.round(colleges.reduce((s, c) => s + c.weightPercent * 100, 0)) / 100;
  if (sum !== 100) problems.push(`the weights sum to ${sum} %, not 100 %`);
  return { valid: problems.length === 0, problems };
}

export interface ScicCategoriesCheck {
  counts: Record<string, number>;
  complete: boolean;
  problems: string[];
}

/**
 * A SCIC's associates fall in at least three categories, among them its employees (or, without
 * employees, its producers) and its habitual beneficiaries (loi 47-1775 art. 19 septies). Checked
 * on the active members and reported as a readiness warning, not enforced on each admission: the
 * register passes through incomplete states (a SCIC being set up, an employee leaving), and the law
 * sanctions a lasting lack by the SCIC's status, not by refusing a member or voiding a vote.
 */
export function checkScicCategories(counts: Record<string, number>): ScicCategoriesCheck {
  const problems: string[] = [];
  const present = Object.entries(counts)
    .filter(([k, n]) => k !== 'none' && n > 0)
    .map(([k]) => k);
  if (present.length < 3)
    problems.push(
      `${present.length} categor${present.length === 1 ? 'y' : 'ies'} of associates: a SCIC needs at least three`,
    );
  if (!present.includes('employee') && !present.includes('producer'))
    problems.push('no employee (nor, without employees, producer) among the associates');
  if (!present.includes('beneficiary')) problems.push('no habitual beneficiary among the associates');
  return { counts, complete: problems.length === 0, problems };
}
