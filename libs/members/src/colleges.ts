export interface CollegeWeight {
  code: string;
  weightPercent: number;
}

export interface CollegeSetCheck {
  valid: boolean;
  problems: string[];
}

/**
 * A SCIC's colleges must each weigh between 10 and 50 % and sum to 100 (loi 47-1775,
 * art. 19 octies). Other forms may use colleges too; the same arithmetic then applies.
 */
export function checkCollegeSet(colleges: CollegeWeight[], legalForm: string): CollegeSetCheck {
  const problems: string[] = [];
  const isScic = legalForm.startsWith('SCIC');
  if (colleges.length === 0) {
    if (isScic) problems.push('a SCIC needs voting colleges: none is defined');
    return { valid: problems.length === 0, problems };
  }
  for (const c of colleges) {
    if (c.weightPercent < 10 || c.weightPercent > 50)
      problems.push(`college ${c.code} weighs ${c.weightPercent} %: each college must weigh between 10 and 50 %`);
  }
  const sum = Math.round(colleges.reduce((s, c) => s + c.weightPercent * 100, 0)) / 100;
  if (sum !== 100) problems.push(`the weights sum to ${sum} %, not 100 %`);
  return { valid: problems.length === 0, problems };
}
