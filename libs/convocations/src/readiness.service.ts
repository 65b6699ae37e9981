import { Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { NotFoundError } from '@socius/core';
import { checkCollegeSet } from '@socius/members';
import { CapitalStatementService } from '@socius/shares';
import { DataSource } from 'typeorm';
import { convocationPurpose, NOTICE_DAYS } from './convocation';
import { ReadinessCheckDto, ReadinessDto } from './dto/readiness.dto';
import { ReadinessRepository } from './readiness.repository';

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
    private readonly repository: ReadinessRepository,
    private readonly capital: CapitalStatementService,
  ) {}

  async readiness(ctx: OrgContext, assemblyId: string): Promise<ReadinessDto> {
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const a = await this.repository.assembly(em, ctx.organizationId, assemblyId);
      if (!a) throw new NotFoundError('assembly');
      const agenda = await this.repository.agenda(em, ctx.organizationId, assemblyId);
      // the electorate as a resolution opening now would fix it (AssembliesService.open): active members with a fully paid share
      const holdings = await this.capital.holdingsAtSql(em, ctx.organizationId, a.today);
      const electorate = await this.repository.electorate(em, holdings);
      const convened = await this.repository.convened(em, convocationPurpose(assemblyId));
      const checks: ReadinessCheckDto[] = [
        check({
          code: 'agenda',
          ok: agenda.n > 0,
          blocking: true,
          count: agenda.n,
          detail: agenda.n > 0 ? `${agenda.n} resolution(s) to vote on.` : 'No resolution to vote on: add one.',
        }),
      ];
      if (a.weighting === 'college' || String(a.legalForm).startsWith('SCIC')) {
        const colleges = await this.repository.colleges(em, ctx.organizationId);
        const set = checkCollegeSet(
          colleges.map((c) => ({ code: c.code, weightPercent: Number(c.weightPercent) })),
          a.legalForm,
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
              ok: electorate.withoutCollege === 0,
              blocking: true,
              count: electorate.withoutCollege,
              detail: electorate.withoutCollege
                ? `${electorate.withoutCollege} eligible member(s) belong to no college: put each one in a college.`
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
      const firstOpensAt: Date | null = agenda.firstOpensAt;
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
