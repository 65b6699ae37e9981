import { ExternalRefsService } from './external-refs.service';
import { Injectable, Logger } from '@nestjs/common';
import { assertOwnRecord, type OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { BusinessRuleError, NotFoundError } from '@socius/core';
import { WebhookEvents } from '@socius/webhooks';
import { DataSource, EntityManager } from 'typeorm';
import { Member } from './entities/member.entity';
import { MemberErasure } from './erasure';
import { PrivacyRepository } from './privacy.repository';
import { searchTextOf, sortNameOf } from './search';
import { toMemberDto } from './members.service';

const DEPARTED = ['resigned', 'excluded', 'deceased'];

/**
 * GDPR: what Socius holds on a member (art. 15 and 20), and erasure of a departed member's
 * personal data once the retention period is over (art. 17) — the record stays, pseudonymised,
 * because the share register must keep every movement.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly erasure: MemberErasure,
    private readonly webhookEvents: WebhookEvents,
    private readonly externalRefs: ExternalRefsService,
    private readonly repository: PrivacyRepository,
  ) {}

  async export(ctx: OrgContext, id: string): Promise<Record<string, unknown>> {
    assertOwnRecord(ctx, id);
    const em = this.dataSource.manager;
    const member = await em.findOne(Member, {
      where: { organizationId: ctx.organizationId, id },
      relations: { college: true },
    });
    if (!member) throw new NotFoundError('member');
    const organization = await this.repository.exportOrganization(em, ctx.organizationId);
    return {
      exportedAt: new Date().toISOString(),
      organization,
      member: toMemberDto(member, member.college?.code ?? null),
      accounts: await this.repository.exportAccounts(em, ctx.organizationId, id),
      charterAcceptances: await this.repository.exportAcceptances(em, ctx.organizationId, id),
      history: await this.repository.exportHistory(em, ctx.organizationId, id),
      messages: member.email ? await this.repository.exportMessages(em, ctx.organizationId, member.email) : [],
    };
  }

  /** Erases one departed member whose retention period is over; refuses with the date it will be possible. */
  async erase(ctx: OrgContext, id: string): Promise<{ erased: true; pseudonym: string }> {
    const afterCommit: (() => Promise<void>)[] = [];
    const pseudonym = await this.dataSource.transaction(async (em) => {
      const member = await em.findOne(Member, {
        where: { organizationId: ctx.organizationId, id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!member) throw new NotFoundError('member');
      if (member.erasedAt)
        throw new BusinessRuleError('already-erased', 'This member’s personal data was already erased.');
      const { erasable_on, today } = await this.repository.erasable(
        em,
        ctx.organizationId,
        member.exitOn ?? '9999-12-31',
      );
      if (!DEPARTED.includes(member.status) || !member.exitOn) {
        throw new BusinessRuleError(
          'not-departed',
          `Only a member who left can be erased; this one is ${member.status}.`,
        );
      }
      if (erasable_on > today) {
        throw new BusinessRuleError(
          'retention-period',
          `The retention period runs until ${erasable_on}: the data cannot be erased before.`,
          { erasableOn: erasable_on },
        );
      }
      return this.eraseIn(em, member, afterCommit);
    });
    await runAll(afterCommit);
    return { erased: true, pseudonym };
  }

  /** Erases every departed member whose retention period is over. */
  async eraseDue(ctx: OrgContext): Promise<{ erased: number }> {
    const afterCommit: (() => Promise<void>)[] = [];
    const erased = await this.dataSource.transaction(async (em) => {
      const due: Member[] = await em
        .createQueryBuilder(Member, 'm')
        .setLock('pessimistic_write')
        .innerJoin('organizations', 'o', 'o.id = m.organization_id')
        .where('m.organizationId = :org', { org: ctx.organizationId })
        .andWhere('m.erasedAt IS NULL AND m.status IN (:...departed)', { departed: DEPARTED })
        .andWhere(
          `m.exitOn + make_interval(years => o.personal_data_retention_years) <= (now() AT TIME ZONE o.timezone)::date`,
        )
        .getMany();
      for (const member of due) await this.eraseIn(em, member, afterCommit);
      return due.length;
    });
    await runAll(afterCommit);
    return { erased };
  }

  /** Pseudonymizes the member and, through MemberErasure, their records in the other libraries (see personal-data.ts). */
  private async eraseIn(em: EntityManager, member: Member, afterCommit: (() => Promise<void>)[]): Promise<string> {
    const pseudonym = `Sociétaire n°${member.membershipNumber ?? member.id.slice(0, 8)}`;
    const formerEmail = member.email;
    Object.assign(member, {
      firstName: null,
      lastName: member.kind === 'person' ? pseudonym : null,
      companyName: member.kind === 'legal_entity' ? pseudonym : null,
      siren: null,
      legalRepresentative: null,
      email: null,
      phone: null,
      addressLine1: null,
      addressLine2: null,
      postalCode: null,
      city: null,
      iban: null,
      externalRef: null,
      eConsent: false,
      erasedAt: new Date(),
    });
    member.searchText = searchTextOf(member);
    member.sortName = sortNameOf(member);
    await em.save(member);
    // the history keeps who did what and when, not the values that named the person
    await this.repository.clearHistoryValues(em, member.organizationId, member.id);
    if (formerEmail) {
      await this.repository.replaceRecipient(em, member.organizationId, formerEmail, `erased:${member.id}`);
    }
    // answers kept for retried requests (a member created, a contribution pledged) repeat the data
    await this.repository.deleteIdempotentAnswers(em, member.organizationId, member.id, formerEmail);
    await this.externalRefs.eraseMember(em, member.organizationId, member.id);
    await this.repository.unlinkAccounts(em, member.organizationId, member.id);
    afterCommit.push(
      ...(await this.erasure.run(em, {
        organizationId: member.organizationId,
        memberId: member.id,
        formerEmail,
        pseudonym,
      })),
    );
    await this.audit.record(em, {
      organizationId: member.organizationId,
      action: 'member.erased',
      entityType: 'member',
      entityId: member.id,
      changes: { pseudonym },
    });
    // receivers that copied the member learn to forget: the record they read now is pseudonymised
    await this.webhookEvents.publish(em, member.organizationId, 'member.updated', { memberId: member.id });
    return pseudonym;
  }
}

const logger = new Logger('PrivacyService');

/**
 * Work that follows the commit (deleting stored files). The erasure stands even if some fails: the
 * failure is logged for an operator, the person is not told the erasure failed.
 */
async function runAll(work: (() => Promise<void>)[]): Promise<void> {
  for (const result of await Promise.allSettled(work.map((w) => w()))) {
    if (result.status === 'rejected') logger.error(`after an erasure: ${String(result.reason)}`);
  }
}
