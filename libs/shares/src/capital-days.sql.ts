/**
 * The capital statement's tallies of a fiscal year (CapitalStatementService.snapshot records them
 * in capital_days at its close): at the end of the day before it (from the last snapshot before
 * it and the movements since), then at the end of each day whose movements changed a holding.
 * Per (member, class, day) changed: the holding after it, whether it became or stopped being
 * non-zero; per (member, day): whether the member's number of non-zero holdings did. Summed per
 * day in the members' colleges now, then cumulated. {cells: [[class, college, shares, holders]],
 * colleges: [[college, members]], members}. STABLE: one snapshot, the caller's.
 *
 * The deployed function is this text: migration 1795807000000 creates it from here, and
 * test/shares/capital-days-function.e2e-spec.ts compares pg_get_functiondef with it. A change
 * here needs a migration that runs CAPITAL_DAYS_FUNCTION again.
 */
export const CAPITAL_DAYS_BODY = `
WITH prev AS (SELECT max(as_of) AS as_of FROM holding_snapshots WHERE organization_id = p_org AND as_of < p_start),
start AS (
  SELECT x.member_id, x.share_class_id, sum(x.q) AS q FROM (
    SELECT s.member_id, s.share_class_id, s.quantity AS q FROM holding_snapshots s, prev WHERE s.organization_id = p_org AND s.as_of = prev.as_of
    UNION ALL
    SELECT l.member_id, l.share_class_id, l.quantity FROM ledger_movements l, prev
     WHERE l.organization_id = p_org AND l.effective_on < p_start AND l.effective_on > coalesce(prev.as_of, '-infinity')) x
  GROUP BY x.member_id, x.share_class_id HAVING sum(x.q) <> 0),
moved AS (
  SELECT l.member_id, l.share_class_id, l.effective_on AS day, sum(l.quantity) AS q FROM ledger_movements l
   WHERE l.organization_id = p_org AND l.effective_on BETWEEN p_start AND p_end
   GROUP BY l.member_id, l.share_class_id, l.effective_on HAVING sum(l.quantity) <> 0),
startc AS MATERIALIZED (
  SELECT s.member_id, s.share_class_id, s.q, m.college_id FROM start s JOIN members m ON m.organization_id = p_org AND m.id = s.member_id),
held AS (
  SELECT m.member_id, m.share_class_id, m.day, m.q,
         coalesce(s.q, 0) + sum(m.q) OVER (PARTITION BY m.member_id, m.share_class_id ORDER BY m.day) AS h
    FROM moved m LEFT JOIN start s ON s.member_id = m.member_id AND s.share_class_id = m.share_class_id),
holders AS MATERIALIZED (
  SELECT h.member_id, h.share_class_id, h.day, h.q, (h.h <> 0)::int - (h.h - h.q <> 0)::int AS n, m.college_id
    FROM held h JOIN members m ON m.organization_id = p_org AND m.id = h.member_id),
counted AS (
  SELECT c.college_id, c.day, c.n, coalesce(s.n, 0) + sum(c.n) OVER (PARTITION BY c.member_id ORDER BY c.day) AS held
    FROM (SELECT member_id, college_id, day, sum(n) AS n FROM holders GROUP BY member_id, college_id, day HAVING sum(n) <> 0) c
    LEFT JOIN (SELECT member_id, count(*) AS n FROM start GROUP BY member_id) s ON s.member_id = c.member_id),
cells AS (
  SELECT p_start - 1 AS day, share_class_id, college_id, sum(q) AS q, count(*) AS n FROM startc GROUP BY share_class_id, college_id
  UNION ALL
  SELECT day, share_class_id, college_id, sum(q), sum(n) FROM holders GROUP BY day, share_class_id, college_id),
colleges AS (
  SELECT p_start - 1 AS day, college_id, count(DISTINCT member_id) AS n FROM startc GROUP BY college_id
  UNION ALL
  SELECT day, college_id, sum((held > 0)::int - (held - n > 0)::int) FROM counted GROUP BY day, college_id),
days AS (SELECT p_start - 1 AS day UNION SELECT day FROM cells UNION SELECT day FROM colleges),
-- each day's totals: the changes up to it, per (class, college) and per college
cell_totals AS (
  SELECT d.day, k.share_class_id, k.college_id,
         sum(coalesce(c.q, 0)) OVER w AS q, sum(coalesce(c.n, 0)) OVER w AS n
    FROM days d CROSS JOIN (SELECT DISTINCT share_class_id, college_id FROM cells) k
    LEFT JOIN (SELECT day, share_class_id, college_id, sum(q) AS q, sum(n) AS n FROM cells GROUP BY day, share_class_id, college_id) c
      ON c.day = d.day AND c.share_class_id = k.share_class_id AND c.college_id IS NOT DISTINCT FROM k.college_id
  WINDOW w AS (PARTITION BY k.share_class_id, k.college_id ORDER BY d.day)),
college_totals AS (
  SELECT d.day, k.college_id, sum(coalesce(c.n, 0)) OVER (PARTITION BY k.college_id ORDER BY d.day) AS n
    FROM days d CROSS JOIN (SELECT DISTINCT college_id FROM colleges) k
    LEFT JOIN (SELECT day, college_id, sum(n) AS n FROM colleges GROUP BY day, college_id) c ON c.day = d.day AND c.college_id IS NOT DISTINCT FROM k.college_id),
by_cell AS (
  SELECT day, jsonb_agg(jsonb_build_array(share_class_id, college_id, q, n)) FILTER (WHERE q <> 0 OR n <> 0) AS cells FROM cell_totals GROUP BY day),
by_college AS (
  SELECT day, jsonb_agg(jsonb_build_array(college_id, n)) FILTER (WHERE n <> 0) AS colleges, sum(n) AS members FROM college_totals GROUP BY day)
SELECT d.day, jsonb_build_object('cells', coalesce(c.cells, '[]'), 'colleges', coalesce(k.colleges, '[]'), 'members', coalesce(k.members, 0))
  FROM days d LEFT JOIN by_cell c ON c.day = d.day LEFT JOIN by_college k ON k.day = d.day
`;

/** CREATE OR REPLACE of socius_capital_days, as the migrations run it. */
export const CAPITAL_DAYS_FUNCTION = `CREATE OR REPLACE FUNCTION public.socius_capital_days(p_org uuid, p_start date, p_end date)
 RETURNS TABLE(day date, tally jsonb)
 LANGUAGE sql
 STABLE
AS $function$${CAPITAL_DAYS_BODY}$function$
`;
