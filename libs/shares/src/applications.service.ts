import { Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { ThrottleService } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { BusinessRuleError, DomainError, formatEuros, RequestContext, ValidationError } from '@socius/core';
import { IdempotencyService } from '@socius/database';
import { OutboxService } from '@socius/jobs';
import { Charter, ChartersService, College, Member, MembersService } from '@socius/members';
import { Organization } from '@socius/organizations';
import { DataSource, EntityManager } from 'typeorm';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationReceivedDto, JoinCharterDto, JoinFormDto, MembershipApplicationDto } from './dto/application.dto';
import { BooksService } from './books.service';
import { ShareClass } from './entities/share-class.entity';
import { Subscription } from './entities/subscription.entity';
import { subscriptionReference, SubscriptionsService } from './subscriptions.service';

export const APPLICATION_RECEIVED_JOB = 'shares.application-received';

/** The statutes first: what an applicant reads before anything else. */
const CHARTER_ORDER = ['statutes', 'internal_rules', 'charter'];

/** What the two e-mails of an application say. */
export interface ApplicationNotice {
  organization: Organization;
  member: Member;
  subscription: Subscription;
  shareClass: ShareClass;
  admins: { email: string; name: string }[];
}

/**
 * The public membership application (`/join/{slug}`): anyone applies to an organization that takes
 * applications. One transaction makes the applicant, records their acceptance of the current
 * statutes and charters, and a pending subscription; the board then decides through the usual
 * routes (admit, approve, payments).
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly members: MembersService,
    private readonly charters: ChartersService,
    private readonly subscriptions: SubscriptionsService,
    private readonly books: BooksService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly throttle: ThrottleService,
    private readonly repository: ApplicationsRepository,
  ) {}

  /** What the form shows: share classes, documents to accept, colleges to choose from. */
  async form(slug: string): Promise<JoinFormDto> {
    const em = this.dataSource.manager;
    const org = await this.openOrganization(em, slug);
    const [classes, charters, colleges] = await Promise.all([
      em.find(ShareClass, { where: { organizationId: org.id }, order: { code: 'ASC' } }),
      this.charters.currentVersions(em, org.id),
      em.find(College, { where: { organizationId: org.id }, order: { code: 'ASC' } }),
    ]);
    return {
      organization: { name: org.name, slug: org.slug, legalForm: org.legalForm },
      shareClasses: classes.map((c) => ({
        code: c.code,
        name: c.name,
        nominalCents: c.nominalCents,
        minPerMember: c.minPerMember,
        maxPerMember: c.maxPerMember,
        collegeCodes: c.collegeCodes,
      })),
      charters: sortCharters(charters).map(toJoinCharter),
      colleges: colleges.map((c) => ({ code: c.code, name: c.name })),
    };
  }

  async apply(slug: string, dto: MembershipApplicationDto, ip: string): Promise<ApplicationReceivedDto> {
    await this.throttle.consume('membership-application', ip);
    const org = await this.openOrganization(this.dataSource.manager, slug);
    const legalEntity = dto.kind === 'legal_entity';
    const email = (dto.email ?? dto.representative!.email).toLowerCase();
    RequestContext.assign({ actor: `applicant:${email}` });
    return this.idempotency.transaction(org.id, async (em) => {
      if (!dto.collegeCode && (await em.countBy(College, { organizationId: org.id })) > 0)
        throw ValidationError.field('collegeCode', 'is required: choose the college you belong to');
      const charters = sortCharters(await this.charters.currentVersions(em, org.id));
      this.assertChartersShown(charters, dto.charterIds);
      const member = await this.members.createIn(em, org.id, {
        kind: dto.kind,
        ...(legalEntity
          ? {
              companyName: dto.companyName,
              siren: dto.siren,
              legalRepresentative: `${dto.representative!.name.trim()}, ${dto.representative!.role.trim()}`,
            }
          : { firstName: dto.firstName, lastName: dto.lastName }),
        email,
        phone: dto.phone,
        addressLine1: dto.addressLine1,
        addressLine2: dto.addressLine2,
        postalCode: dto.postalCode,
        city: dto.city,
        country: dto.country,
        collegeCode: dto.collegeCode,
        iban: dto.iban,
        eConsent: dto.consents.eConvocation ?? false,
      });
      const today = await this.books.today(em, org.id);
      for (const charter of charters) await this.charters.acceptIn(em, charter, member.id, today, 'member');
      // the applicant acts for themselves: the subscription rules see a member acting on their own record
      const applicant: OrgContext = {
        organizationId: org.id,
        slug: org.slug,
        role: 'member',
        userId: '',
        memberId: member.id,
      };
      const subscription = await this.subscriptions.createIn(em, applicant, {
        memberId: member.id,
        shareClassCode: dto.shareClassCode,
        quantity: dto.quantity,
        subscribedOn: today,
      });
      await this.audit.record(em, {
        organizationId: org.id,
        action: 'member.applied',
        entityType: 'member',
        entityId: member.id,
        changes: {
          subscriptionId: subscription.id,
          shareClassCode: subscription.shareClassCode,
          quantity: subscription.quantity,
          consents: {
            statutes: true,
            dataProcessing: true,
            eConvocation: dto.consents.eConvocation ?? false,
          },
          accepted: charters.map((c) => ({ kind: c.kind, version: c.version })),
          ...(legalEntity ? { representative: { ...dto.representative } } : {}),
        },
      });
      await this.outbox.enqueue(em, {
        organizationId: org.id,
        queue: 'mail',
        name: APPLICATION_RECEIVED_JOB,
        payload: { memberId: member.id, subscriptionId: subscription.id },
      });
      const payment = {
        amountCents: subscription.calledCents,
        iban: org.paymentIban,
        payee: org.name,
        reference: subscriptionReference(subscription.id),
      };
      return {
        memberId: member.id,
        subscriptionId: subscription.id,
        memberStatus: 'applicant' as const,
        subscriptionStatus: 'pending' as const,
        shareClassCode: subscription.shareClassCode,
        quantity: subscription.quantity,
        amountCents: subscription.amountCents,
        email,
        payment,
        nextSteps: nextSteps(org, payment),
      };
    });
  }

  /** For the e-mails, once the application is committed; null when it is gone (erased, cancelled). */
  async notice(organizationId: string, memberId: string, subscriptionId: string): Promise<ApplicationNotice | null> {
    const em = this.dataSource.manager;
    const [organization, member, subscription] = await Promise.all([
      em.findOneBy(Organization, { id: organizationId }),
      em.findOneBy(Member, { organizationId, id: memberId }),
      em.findOneBy(Subscription, { organizationId, id: subscriptionId }),
    ]);
    if (!organization || !member || !subscription || !member.email || member.erasedAt) return null;
    const shareClass = await em.findOneByOrFail(ShareClass, { id: subscription.shareClassId });
    const admins = await this.repository.admins(em, organizationId);
    return { organization, member, subscription, shareClass, admins };
  }

  /** 404 alike for an unknown slug and an organization that takes no applications. */
  private async openOrganization(em: EntityManager, slug: string): Promise<Organization> {
    const org = await em.findOneBy(Organization, { slug });
    if (!org || !org.acceptsApplications)
      throw new DomainError(
        404,
        'not-found',
        'Not found',
        'No organization takes membership applications at this address.',
      );
    return org;
  }

  /** The applicant accepts what they were shown: a version published since then must be read first. */
  private assertChartersShown(current: Charter[], shown: string[]): void {
    const ids = new Set(shown.map((id) => id.toLowerCase()));
    const unseen = current.filter((c) => !ids.has(c.id));
    if (unseen.length)
      throw new BusinessRuleError(
        'charters-not-shown',
        `The current ${unseen.map((c) => `"${c.title}" (version ${c.version})`).join(', ')} must be read and accepted: load the form again.`,
        undefined,
        [
          {
            field: 'charterIds',
            message: `must include the current version of ${unseen.map((c) => c.kind).join(', ')}`,
          },
        ],
      );
    const known = new Set(current.map((c) => c.id));
    if ([...ids].some((id) => !known.has(id)))
      throw ValidationError.field(
        'charterIds',
        'holds a document that is not a current version here: load the form again',
      );
  }
}

function sortCharters(charters: Charter[]): Charter[] {
  return [...charters].sort((a, b) => CHARTER_ORDER.indexOf(a.kind) - CHARTER_ORDER.indexOf(b.kind));
}

function toJoinCharter(c: Charter): JoinCharterDto {
  return { id: c.id, kind: c.kind, version: c.version, title: c.title, body: c.body };
}

function nextSteps(org: Organization, payment: { amountCents: number; iban: string | null; reference: string }) {
  return [
    `The board of ${org.name} decides on the application; you will be told its decision.`,
    payment.iban
      ? `Pay ${formatEuros(payment.amountCents)} by transfer to ${org.name}, IBAN ${payment.iban}, with the reference ${payment.reference}.`
      : `${org.name} will contact you to say how to pay ${formatEuros(payment.amountCents)}.`,
    'You become a member once the board has accepted the application and the shares are paid.',
  ];
}
