import { Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { NotFoundError } from '@socius/core';
import { checkCollegeSet } from '@socius/members';
import { CapitalStatementService } from '@socius/shares';
import { DataSource } from 'typeorm';
import { convocationPurpose, NOTICE_DAYS } from './convocation';
import { ReadinessCheckDto, ReadinessDto } from './dto/readiness.dto';

const check = (c: Pick<ReadinessCheckDto, 'code' | 'ok' | 'blocking' | 'detail'> & Partial<ReadinessCheckDto>) => ({
  count: null,
  days: null,
  requiredDays: null,
  problems: [],
  ...c,
});

/**
 * The checklist an administrator reads before an assembly's votes open: an agenda, usable colleges,
 * an electorate, the notice period, the convocation sent. It reads only; opening checks again.
 */
@Injectable()
export class ReadinessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly capital: CapitalStatementService,
  ) {}

  async readiness(ctx: OrgContext, assemblyId: string): Promise<ReadinessDto> {
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const [a] = await em.query(
        `SELECT a.kind, a.weighting, o.legal_form, to_char(now() AT TIME ZONE o.timezone, 'YYYY-MM-DD') AS today
           FROM assemblies a JOIN organizations o ON o.id = a.organization_id WHERE a.organization_id = $1 AND a.id = $2`,
        [ctx.organizationId, assemblyId],
      );
      if (!a) throw new NotFoundError('assembly');
      const [agenda] = await em.query(
        `SELECT count(*)::int AS n, min(opens_at) FILTER (WHERE second_convocation_of IS NULL) AS first_opens_at
           FROM resolutions WHERE organization_id = $1 AND assembly_id = $2 AND status = 'draft'`,
        [ctx.organizationId, assemblyId],
      );
      // the electorate as a resolution opening now would fix it (AssembliesService.open): active members with a fully paid share
      const holdings = await this.capital.holdingsAtSql(em, ctx.organizationId, a.today);
      const [electorate] = await em.query(
        `WITH h AS (${holdings.sql}),
              paid AS (
                SELECT h.member_id, sum(h.quantity) - coalesce(max(u.unpaid), 0) AS shares FROM h
                  LEFT JOIN (SELECT member_id, sum(quantity) AS unpaid FROM subscriptions
                              WHERE organization_id = $1 AND instalments AND status IN ('issued', 'defaulted') AND paid_cents < amount_cents
                              GROUP BY member_id) u ON u.member_id = h.member_id
                 GROUP BY h.member_id)
         SELECT count(*)::int AS n, count(*) FILTER (WHERE m.college_id IS NULL)::int AS without_college
           FROM paid p JOIN members m ON m.organization_id = $1 AND m.id = p.member_id
          WHERE m.status = 'active' AND p.shares >= 1`,
        holdings.params,
      );
      const [convened] = await em.query(
        `SELECT min(sent_at) AS at, count(*)::int AS n FROM deliveries WHERE purpose = $1 AND status = 'sent' AND recipient <> '*'`,
        [convocationPurpose(assemblyId)],
      );
      const checks: ReadinessCheckDto[] = [
        check({
          code: 'agenda',
          ok: agenda.n > 0,
          blocking: true,
          count: agenda.n,
          detail: agenda.n > 0 ? `${agenda.n} resolution(s) to vote on.` : 'No resolution to vote on: add one.',
        }),
      ];
      if (a.weighting === 'college' || String(a.legal_form).startsWith('SCIC')) {
        const colleges: { code: string; weight_percent: string }[] = await em.query(
          `SELECT code, weight_percent FROM colleges WHERE organization_id = $1 ORDER BY code`,
          [ctx.organizationId],
        );
        const set = checkCollegeSet(
          colleges.map((c) => ({ code: c.code, weightPercent: Number(c.weight_percent) })),
          a.legal_form,
        );
        // opening a college-weighted vote needs at least one college, whatever the legal form
        const problems =
          set.problems.length || colleges.length || a.weighting !== 'college'
            ? set.problems
            : ['no voting college is defined'];
        checks.push(
          check({
            code: 'colleges',
            ok: problems.length === 0,
            blocking: a.weighting === 'college',
            problems,
            detail: problems.length
              ? `The voting colleges cannot be used: ${problems.join('; ')}. Fix their weights in the colleges settings.`
              : 'The voting colleges and their weights are valid.',
          }),
        );
        if (a.weighting === 'college')
          checks.push(
            check({
              code: 'members-without-college',
              ok: electorate.without_college === 0,
              blocking: true,
              count: electorate.without_college,
              detail: electorate.without_college
                ? `${electorate.without_college} eligible member(s) belong to no college: put each one in a college.`
                : 'Every eligible member belongs to a college.',
            }),
          );
      }
      checks.push(
        check({
          code: 'electorate',
          ok: electorate.n > 0,
          blocking: true,
          count: electorate.n,
          detail: electorate.n
            ? `${electorate.n} member(s) would vote: active, holding at least one fully paid share.`
            : 'Nobody would vote: no active member holds a fully paid share.',
        }),
      );
      const firstOpensAt: Date | null = agenda.first_opens_at;
      if (a.kind !== 'permanent' && firstOpensAt) {
        const from: Date = convened.at ?? new Date();
        const days = Math.floor((firstOpensAt.getTime() - from.getTime()) / 86_400_000);
        checks.push(
          check({
            code: 'notice',
            ok: days >= NOTICE_DAYS,
            blocking: false,
            days: Math.max(0, days),
            requiredDays: NOTICE_DAYS,
            detail:
              days >= NOTICE_DAYS
                ? `${days} days of notice before the first vote.`
                : `Only ${Math.max(0, days)} day(s) of notice before the first vote: convene at least ${NOTICE_DAYS} days ahead (unless on second convocation or as the statutes say), or move the votes later.`,
          }),
        );
      }
      checks.push(
        check({
          code: 'convened',
          ok: convened.at !== null,
          blocking: false,
          count: convened.n,
          detail: convened.at
            ? `The convocation reached ${convened.n} member(s) by e-mail.`
            : 'The convocation has not been sent: send it, and print the postal letters.',
        }),
      );
      return {
        ready: checks.every((c) => c.ok || !c.blocking),
        electorateCount: electorate.n,
        convenedAt: convened.at,
        firstOpensAt,
        checks,
      };
    });
  }
}
