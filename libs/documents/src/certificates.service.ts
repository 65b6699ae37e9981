import { Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { BusinessRuleError, NotFoundError, ValidationError } from '@socius/core';
import { LedgerService, RegisterService } from '@socius/shares';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CertificateContent, certificateTitle, HoldingLine, MemberIdentity, postalAddress } from './certificate';
import { TaxCertificateContent, taxCertificateTitle, writeTaxCertificate } from './certificate-tax';
import { capitalStatementTitle, writeCapitalStatement } from './capital-statement';
import { DocumentFile, DocumentsService, IssueRequest } from './documents.service';
import { DocumentFormat, DocumentLanguage } from './format';
import { LABELS } from './labels';
import { Letterhead, PdfWriter } from './pdf/writer';
import { ReceiptContent, receiptTitle, subscriptionReference, writeReceipt } from './receipt';

/** The organization as the documents need it: letterhead, calendar, language, capital floor rule. */
export interface DocumentOrganization extends Letterhead {
  id: string;
  legalRepresentativeName: string | null;
  legalRepresentativeTitle: string | null;
  signaturePlace: string | null;
  timezone: string;
  defaultLanguage: DocumentLanguage;
  capitalFloorPercent: number;
}

/** A member as the documents need them: identity and, for the annual mailing, how to reach them. */
export interface DocumentMember extends MemberIdentity {
  id: string;
  email: string | null;
  eConsent: boolean;
}

const calendars = new Map<string, Intl.DateTimeFormat>();

/** A member's shares per class at a date, with the last movement that touched them, and what was not yet called or paid. */
export interface HoldingFigures {
  rows: { code: string; name: string; nominalCents: number; quantity: number; lastSequence: number }[];
  uncalledCents: number;
  unpaidCents: number;
}

/** "2026-11-25": today in a time zone, as the organization's calendar has it. */
export function todayIn(timeZone: string, now = new Date()): string {
  let calendar = calendars.get(timeZone);
  if (!calendar)
    calendars.set(
      timeZone,
      (calendar = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })),
    );
  return calendar.format(now);
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/**
 * Share certificates, subscription receipts, IR-PME tax statements and capital statements. Each
 * reads what it shows, derives the version of its subject from it (so the same state is issued
 * once and served as stored ever after), and has DocumentsService number, draw, hash and store it.
 */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
    private readonly register: RegisterService,
    private readonly ledger: LedgerService,
  ) {}

  // ---- share certificate -------------------------------------------------------------------

  /** `GET members/{id}/certificate.pdf?at=`: a member-role user gets their own only (another's is 404). */
  async shareCertificate(
    ctx: OrgContext,
    memberId: string,
    at?: string,
    lang?: DocumentLanguage,
  ): Promise<DocumentFile> {
    if (ctx.role === 'member' && ctx.memberId !== memberId) throw new NotFoundError('member');
    const [org, member] = await Promise.all([
      this.organization(ctx.organizationId),
      this.member(ctx.organizationId, memberId),
    ]);
    const date = this.pastDate(org, at);
    // before the admission there is nothing to certify; an applicant's holdings are today's
    const earliest = member.admittedOn ?? todayIn(org.timezone);
    if (date < earliest) {
      throw ValidationError.field(
        'at',
        member.admittedOn
          ? `cannot be before the member's admission (${member.admittedOn})`
          : 'the member is not admitted yet: only today can be certified',
      );
    }
    return this.certificateFor(org, member, date, lang ?? org.defaultLanguage, ctx.userId);
  }

  /**
   * What the certificates of these members show at the end of `at`, read in two queries however
   * many members: the shares held per class (quantity × nominal), the last ledger sequence that
   * moved their shares up to that date, and what their instalment subscriptions had not yet called
   * or paid then (as the capital statement counts them).
   */
  async holdingFigures(organizationId: string, memberIds: string[], at: string): Promise<Map<string, HoldingFigures>> {
    const [rows, owed] = await Promise.all([
      this.dataSource.query(
        `SELECT h.member_id, c.code, c.name, c.nominal_cents, h.quantity, h.last_sequence FROM (
           SELECT member_id, share_class_id, sum(quantity)::int AS quantity, max(sequence) AS last_sequence FROM ledger_movements
            WHERE organization_id = $1 AND member_id = ANY($2::uuid[]) AND effective_on <= $3 GROUP BY member_id, share_class_id) h
         JOIN share_classes c ON c.organization_id = $1 AND c.id = h.share_class_id ORDER BY h.member_id, c.code`,
        [organizationId, memberIds, at],
      ) as Promise<
        {
          member_id: string;
          code: string;
          name: string;
          nominal_cents: string;
          quantity: number;
          last_sequence: string;
        }[]
      >,
      this.dataSource.query(
        `SELECT s.member_id, sum(s.amount_cents - s.called_cents + coalesce(later.called, 0)) AS uncalled, sum(s.amount_cents - coalesce(paid.paid, 0)) AS unpaid
           FROM subscriptions s
           LEFT JOIN LATERAL (SELECT sum(amount_cents) AS called FROM capital_calls c WHERE c.organization_id = $1 AND c.subscription_id = s.id AND c.called_on > $3) later ON true
           LEFT JOIN LATERAL (SELECT sum(amount_cents) AS paid FROM subscription_payments p WHERE p.organization_id = $1 AND p.subscription_id = s.id AND p.paid_on <= $3) paid ON true
          WHERE s.organization_id = $1 AND s.member_id = ANY($2::uuid[]) AND s.instalments AND s.status IN ('issued', 'defaulted') AND s.issued_on <= $3
          GROUP BY s.member_id`,
        [organizationId, memberIds, at],
      ) as Promise<{ member_id: string; uncalled: string; unpaid: string }[]>,
    ]);
    const figures = new Map<string, HoldingFigures>(
      memberIds.map((id) => [id, { rows: [], uncalledCents: 0, unpaidCents: 0 }]),
    );
    for (const r of rows)
      figures.get(r.member_id)?.rows.push({
        code: r.code,
        name: r.name,
        nominalCents: Number(r.nominal_cents),
        quantity: r.quantity,
        lastSequence: Number(r.last_sequence),
      });
    for (const o of owed)
      Object.assign(figures.get(o.member_id) ?? {}, {
        uncalledCents: Number(o.uncalled),
        unpaidCents: Number(o.unpaid),
      });
    return figures;
  }

  /**
   * The certificate of one member's holdings at the end of `at`. Its version is the date, the last
   * ledger sequence that moved this member's shares up to that date, and a digest of the figures
   * it prints (holdings, called and paid capital): a movement dated after `at` changes none of them.
   */
  async certificateFor(
    org: DocumentOrganization,
    member: DocumentMember,
    at: string,
    language: DocumentLanguage,
    createdBy: string | null,
  ): Promise<DocumentFile> {
    const figures = (await this.holdingFigures(org.id, [member.id], at)).get(member.id)!;
    return this.documents.issue(this.certificateRequest(org, member, at, language, createdBy, figures));
  }

  /** What the registry needs to issue the certificate of these figures (see `certificateFor`). */
  certificateRequest(
    org: DocumentOrganization,
    member: DocumentMember,
    at: string,
    language: DocumentLanguage,
    createdBy: string | null,
    known: HoldingFigures,
  ): IssueRequest {
    const { rows, uncalledCents, unpaidCents } = known;
    const lastSequence = rows.reduce((max, r) => Math.max(max, r.lastSequence), 0);
    const holdings: HoldingLine[] = rows
      .filter((r) => r.quantity !== 0)
      .map((r) => ({
        shareClassCode: r.code,
        name: r.name,
        quantity: r.quantity,
        nominalCents: r.nominalCents,
        amountCents: r.quantity * r.nominalCents,
      }));
    const subscribed = holdings.reduce((s, h) => s + h.amountCents, 0);
    const content: CertificateContent = {
      at,
      organizationName: org.name,
      member,
      holdings,
      totalQuantity: holdings.reduce((s, h) => s + h.quantity, 0),
      subscribedCents: subscribed,
      calledCents: subscribed - uncalledCents,
      paidCents: subscribed - unpaidCents,
      signature: {
        name: org.legalRepresentativeName,
        title: org.legalRepresentativeTitle,
        place: org.signaturePlace ?? org.rcsCity ?? null,
        on: todayIn(org.timezone),
      },
    };
    const labels = LABELS[language];
    const format = new DocumentFormat(language, org.timezone);
    const title = certificateTitle(labels, format, member.name, at);
    return {
      organizationId: org.id,
      kind: 'share_certificate',
      subjectType: 'member',
      subjectId: member.id,
      subjectVersion: `${at}:${lastSequence}:${digest([holdings, content.calledCents, content.paidCents, letterheadOf(org), content.signature.name, content.signature.title, content.signature.place])}`,
      language,
      title,
      summary: {
        member: { id: member.id, name: member.name, membershipNumber: member.membershipNumber },
        at,
        holdings: holdings.map((h) => ({
          shareClassCode: h.shareClassCode,
          quantity: h.quantity,
          amountCents: h.amountCents,
        })),
        totalQuantity: content.totalQuantity,
        totalCents: subscribed,
        paidCents: content.paidCents,
      },
      createdBy,
      render: {
        template: 'share_certificate',
        content,
        language,
        timezone: org.timezone,
        letterhead: letterheadOf(org),
        title,
      },
    };
  }

  // ---- subscription receipt ----------------------------------------------------------------

  /** `GET subscriptions/{id}/receipt.pdf`: a new receipt whenever its payments or status change. */
  async receipt(ctx: OrgContext, subscriptionId: string, lang?: DocumentLanguage): Promise<DocumentFile> {
    const [s] = await this.dataSource.query(
      `SELECT s.*, c.code AS class_code, c.name AS class_name FROM subscriptions s JOIN share_classes c ON c.organization_id = s.organization_id AND c.id = s.share_class_id
        WHERE s.organization_id = $1 AND s.id = $2`,
      [ctx.organizationId, subscriptionId],
    );
    if (!s || (ctx.role === 'member' && ctx.memberId !== s.member_id)) throw new NotFoundError('subscription');
    const [org, member, payments] = await Promise.all([
      this.organization(ctx.organizationId),
      this.member(ctx.organizationId, s.member_id),
      this.dataSource.query(
        `SELECT paid_on, method, reference, amount_cents FROM subscription_payments WHERE organization_id = $1 AND subscription_id = $2 ORDER BY paid_on, recorded_at, id`,
        [ctx.organizationId, subscriptionId],
      ) as Promise<{ paid_on: string; method: string; reference: string | null; amount_cents: string }[]>,
    ]);
    const language = lang ?? org.defaultLanguage;
    const labels = LABELS[language];
    const reference = subscriptionReference(s.id);
    const content: ReceiptContent = {
      organizationName: org.name,
      member,
      subscription: {
        reference,
        shareClassCode: s.class_code,
        shareClassName: s.class_name,
        quantity: s.quantity,
        unitCents: Number(s.unit_cents),
        amountCents: Number(s.amount_cents),
        calledCents: Number(s.called_cents),
        paidCents: Number(s.paid_cents),
        refundedCents: Number(s.refunded_cents),
        instalments: s.instalments,
        status: s.status,
        subscribedOn: s.subscribed_on,
        decidedOn: s.decided_on,
        decisionRef: s.decision_ref,
        issuedOn: s.issued_on,
      },
      payments: payments.map((p) => ({
        paidOn: p.paid_on,
        method: p.method,
        reference: p.reference,
        amountCents: Number(p.amount_cents),
      })),
    };
    const sub = content.subscription;
    const title = receiptTitle(labels, reference, member.name);
    return this.documents.issue({
      organizationId: org.id,
      kind: 'subscription_receipt',
      subjectType: 'subscription',
      subjectId: s.id,
      subjectVersion: `${sub.status}:${sub.paidCents}:${sub.calledCents}:${sub.refundedCents}:${payments.length}`,
      language,
      title,
      summary: {
        subscription: {
          id: s.id,
          reference,
          shareClassCode: sub.shareClassCode,
          quantity: sub.quantity,
          amountCents: sub.amountCents,
          paidCents: sub.paidCents,
          status: sub.status,
        },
        member: { id: member.id, name: member.name, membershipNumber: member.membershipNumber },
        payments: content.payments.map((p) => ({ paidOn: p.paidOn, amountCents: p.amountCents })),
      },
      createdBy: ctx.userId,
      prepare: async () => (stamp) => {
        const writer = new PdfWriter(labels, new DocumentFormat(language, org.timezone), org, stamp, title);
        writeReceipt(writer, content);
        return writer.finish();
      },
    });
  }

  // ---- IR-PME tax statement ----------------------------------------------------------------

  /**
   * `GET members/{id}/tax-certificate.pdf?year=`: the état individuel (CGI art. 199 terdecies-0 A)
   * for a natural person, from the payments of that calendar year on subscriptions whose shares
   * were issued. A legal entity, or a year without such payments, is a 422.
   */
  async taxCertificate(
    ctx: OrgContext,
    memberId: string,
    year: number,
    lang?: DocumentLanguage,
  ): Promise<DocumentFile> {
    if (ctx.role === 'member' && ctx.memberId !== memberId) throw new NotFoundError('member');
    const org = await this.organization(ctx.organizationId);
    const member = await this.member(org.id, memberId);
    if (member.kind !== 'person') {
      throw new BusinessRuleError(
        'tax-certificate-natural-persons-only',
        'The IR-PME reduction (CGI art. 199 terdecies-0 A) is for natural persons only: this member is a legal entity.',
        { kind: member.kind },
      );
    }
    const payments: {
      id: string;
      subscription_id: string;
      amount_cents: string;
      paid_on: string;
      subscribed_on: string;
      quantity: number;
      sub_amount: string;
      class_code: string;
    }[] = await this.dataSource.query(
      `SELECT p.id, p.subscription_id, p.amount_cents, p.paid_on, s.subscribed_on, s.quantity, s.amount_cents AS sub_amount, c.code AS class_code
         FROM subscription_payments p
         JOIN subscriptions s ON s.organization_id = p.organization_id AND s.id = p.subscription_id
         JOIN share_classes c ON c.organization_id = s.organization_id AND c.id = s.share_class_id
        WHERE p.organization_id = $1 AND s.member_id = $2 AND s.status IN ('issued', 'defaulted')
          AND p.paid_on >= make_date($3, 1, 1) AND p.paid_on < make_date($3 + 1, 1, 1)
        ORDER BY p.paid_on, p.recorded_at, p.id`,
      [org.id, member.id, year],
    );
    if (!payments.length) {
      throw new BusinessRuleError(
        'no-payments-in-year',
        `This member made no payment in ${year} towards shares that were issued: there is nothing to state for that year.`,
        { year },
      );
    }
    const subscriptions = new Map<string, TaxCertificateContent['subscriptions'][number]>();
    for (const p of payments) {
      if (!subscriptions.has(p.subscription_id)) {
        subscriptions.set(p.subscription_id, {
          reference: subscriptionReference(p.subscription_id),
          subscribedOn: p.subscribed_on,
          shareClassCode: p.class_code,
          quantity: p.quantity,
          amountCents: Number(p.sub_amount),
        });
      }
    }
    const content: TaxCertificateContent = {
      year,
      company: org,
      member,
      subscriptions: [...subscriptions.values()].sort(
        (a, b) => a.subscribedOn.localeCompare(b.subscribedOn) || a.reference.localeCompare(b.reference),
      ),
      payments: payments.map((p) => ({
        reference: subscriptionReference(p.subscription_id),
        paidOn: p.paid_on,
        amountCents: Number(p.amount_cents),
      })),
    };
    const language = lang ?? org.defaultLanguage;
    const labels = LABELS[language];
    const title = taxCertificateTitle(labels, year, member.name);
    const total = content.payments.reduce((s, p) => s + p.amountCents, 0);
    return this.documents.issue({
      organizationId: org.id,
      kind: 'tax_certificate',
      subjectType: 'member',
      subjectId: member.id,
      subjectVersion: `${year}:${digest([payments.map((p) => [p.id, p.amount_cents, p.paid_on]), member.name, member.address])}`,
      language,
      title,
      summary: {
        member: { id: member.id, name: member.name },
        year,
        article: 'CGI art. 199 terdecies-0 A',
        shares: content.subscriptions.reduce((s, x) => s + x.quantity, 0),
        payments: content.payments.map((p) => ({ paidOn: p.paidOn, amountCents: p.amountCents })),
        totalPaidCents: total,
      },
      createdBy: ctx.userId,
      prepare: async () => (stamp) => {
        const writer = new PdfWriter(labels, new DocumentFormat(language, org.timezone), org, stamp, title);
        writeTaxCertificate(writer, content);
        return writer.finish();
      },
    });
  }

  // ---- capital statement -------------------------------------------------------------------

  /** `GET capital.pdf?at=`: the figures of `GET capital?at=`, per class and per college, with the floor. */
  async capitalStatement(ctx: OrgContext, at?: string, lang?: DocumentLanguage): Promise<DocumentFile> {
    const org = await this.organization(ctx.organizationId);
    const date = this.pastDate(org, at);
    const capital = await this.register.capital(ctx, date);
    const ledgerHead = await this.ledger.anchor(null, org.id, 'capital-statement', { format: 'pdf', at: date });
    const language = lang ?? org.defaultLanguage;
    const labels = LABELS[language];
    const format = new DocumentFormat(language, org.timezone);
    const title = capitalStatementTitle(labels, format, date);
    return this.documents.issue({
      organizationId: org.id,
      kind: 'capital_statement',
      subjectType: 'organization',
      subjectId: org.id,
      // a statement of the same figures under another chain head is another document (it prints the head)
      subjectVersion: `${date}:${digest([capital, org.capitalFloorPercent, ledgerHead])}`,
      language,
      title,
      summary: {
        at: date,
        totalCents: capital.totalCents,
        calledCents: capital.calledCents,
        paidCents: capital.paidCents,
        totalShares: capital.totalShares,
        memberCount: capital.memberCount,
        floorCents: capital.floorCents,
        classes: capital.classes.map((c) => ({
          shareClassCode: c.shareClassCode,
          quantity: c.quantity,
          subscribedCents: c.subscribedCents,
        })),
        ledgerSequence: ledgerHead.sequence,
        ledgerHash: ledgerHead.hash,
      },
      createdBy: ctx.userId,
      prepare: async () => (stamp) => {
        const writer = new PdfWriter(labels, format, org, stamp, title);
        writeCapitalStatement(writer, { capital, floorPercent: org.capitalFloorPercent, ledgerHead });
        return writer.finish();
      },
    });
  }

  // ---- reading -----------------------------------------------------------------------------

  async organization(organizationId: string): Promise<DocumentOrganization> {
    const [o] = await this.dataSource.query(
      `SELECT id, name, legal_form, siren, address, rcs_city, legal_representative_name, legal_representative_title, signature_place,
              timezone, default_language, capital_floor_percent FROM organizations WHERE id = $1`,
      [organizationId],
    );
    if (!o) throw new NotFoundError('organization');
    return {
      id: o.id,
      name: o.name,
      legalForm: o.legal_form,
      siren: o.siren,
      address: o.address,
      rcsCity: o.rcs_city,
      legalRepresentativeName: o.legal_representative_name,
      legalRepresentativeTitle: o.legal_representative_title,
      signaturePlace: o.signature_place,
      timezone: o.timezone,
      defaultLanguage: o.default_language,
      capitalFloorPercent: Number(o.capital_floor_percent),
    };
  }

  async member(organizationId: string, memberId: string): Promise<DocumentMember> {
    const [m] = await this.dataSource.query(
      `SELECT m.id, m.kind, m.first_name, m.last_name, m.company_name, m.siren, m.legal_representative, m.address_line1, m.address_line2, m.postal_code, m.city, m.country,
              m.membership_number, m.admitted_on, m.admission_decision_ref, m.status, m.email, m.e_consent, c.code AS college_code, c.name AS college_name
         FROM members m LEFT JOIN colleges c ON c.organization_id = m.organization_id AND c.id = m.college_id
        WHERE m.organization_id = $1 AND m.id = $2`,
      [organizationId, memberId],
    );
    if (!m) throw new NotFoundError('member');
    return toDocumentMember(m);
  }

  /** The date asked for, or today in the organization's calendar; a date to come cannot be certified. */
  pastDate(org: DocumentOrganization, at: string | undefined): string {
    const today = todayIn(org.timezone);
    if (at && at > today) throw ValidationError.field('at', `cannot be in the future (today is ${today})`);
    return at ?? today;
  }
}

export function toDocumentMember(m: Record<string, any>): DocumentMember {
  const name =
    m.kind === 'legal_entity' ? (m.company_name ?? '') : [m.first_name, m.last_name].filter(Boolean).join(' ');
  return {
    id: m.id,
    kind: m.kind,
    name,
    siren: m.siren,
    legalRepresentative: m.legal_representative,
    address: postalAddress({
      addressLine1: m.address_line1,
      addressLine2: m.address_line2,
      postalCode: m.postal_code,
      city: m.city,
      country: m.country,
    }),
    membershipNumber: m.membership_number,
    college: m.college_code ? { code: m.college_code, name: m.college_name } : null,
    admittedOn: m.admitted_on,
    admissionDecisionRef: m.admission_decision_ref,
    status: m.status,
    email: m.email,
    eConsent: m.e_consent,
  };
}

/** What the letterhead of every document shows of the organization. */
export function letterheadOf(org: Letterhead): Letterhead {
  return {
    name: org.name,
    legalForm: org.legalForm,
    siren: org.siren,
    address: org.address,
    rcsCity: org.rcsCity ?? null,
  };
}
