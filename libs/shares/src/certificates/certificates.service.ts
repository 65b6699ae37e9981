import { Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { BusinessRuleError, NotFoundError, ValidationError } from '@socius/core';
import {
  DocumentFile,
  DocumentFormat,
  DocumentLanguage,
  DocumentsService,
  IssueRequest,
  LABELS,
  Letterhead,
  PdfWriter,
  postalAddress,
  todayIn,
} from '@socius/documents';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { LedgerService } from '../ledger.service';
import { RegisterService } from '../register.service';
import { CertificateContent, certificateTitle, HoldingLine, MemberIdentity } from './certificate';
import { CertificatesRepository, MemberRow } from './certificates.repository';
import { TaxCertificateContent, taxCertificateTitle, writeTaxCertificate } from './certificate-tax';
import { capitalStatementTitle, writeCapitalStatement } from './capital-statement';
import { SHARE_CERTIFICATE_TEMPLATE } from './share-certificate.template';
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

/** A member's shares per class at a date, with the last movement that touched them, and what was not yet called or paid. */
export interface HoldingFigures {
  rows: { code: string; name: string; nominalCents: number; quantity: number; lastSequence: number }[];
  uncalledCents: number;
  unpaidCents: number;
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
    private readonly repository: CertificatesRepository,
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
      this.repository.holdings(this.dataSource.manager, organizationId, memberIds, at),
      this.repository.owed(this.dataSource.manager, organizationId, memberIds, at),
    ]);
    const figures = new Map<string, HoldingFigures>(
      memberIds.map((id) => [id, { rows: [], uncalledCents: 0, unpaidCents: 0 }]),
    );
    for (const r of rows)
      figures.get(r.memberId)?.rows.push({
        code: r.code,
        name: r.name,
        nominalCents: Number(r.nominalCents),
        quantity: r.quantity,
        lastSequence: Number(r.lastSequence),
      });
    for (const o of owed)
      Object.assign(figures.get(o.memberId) ?? {}, {
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
        template: SHARE_CERTIFICATE_TEMPLATE,
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
    const s = await this.repository.receiptSubscription(this.dataSource.manager, ctx.organizationId, subscriptionId);
    if (!s || (ctx.role === 'member' && ctx.memberId !== s.memberId)) throw new NotFoundError('subscription');
    const [org, member, payments] = await Promise.all([
      this.organization(ctx.organizationId),
      this.member(ctx.organizationId, s.memberId),
      this.repository.receiptPayments(this.dataSource.manager, ctx.organizationId, subscriptionId),
    ]);
    const language = lang ?? org.defaultLanguage;
    const labels = LABELS[language];
    const reference = subscriptionReference(s.id);
    const content: ReceiptContent = {
      organizationName: org.name,
      member,
      subscription: {
        reference,
        shareClassCode: s.classCode,
        shareClassName: s.className,
        quantity: s.quantity,
        unitCents: Number(s.unitCents),
        amountCents: Number(s.amountCents),
        calledCents: Number(s.calledCents),
        paidCents: Number(s.paidCents),
        refundedCents: Number(s.refundedCents),
        instalments: s.instalments,
        status: s.status,
        subscribedOn: s.subscribedOn,
        decidedOn: s.decidedOn,
        decisionRef: s.decisionRef,
        issuedOn: s.issuedOn,
      },
      payments: payments.map((p) => ({
        paidOn: p.paidOn,
        method: p.method,
        reference: p.reference,
        amountCents: Number(p.amountCents),
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
    const payments = await this.repository.taxPayments(this.dataSource.manager, org.id, member.id, year);
    if (!payments.length) {
      throw new BusinessRuleError(
        'no-payments-in-year',
        `This member made no payment in ${year} towards shares that were issued: there is nothing to state for that year.`,
        { year },
      );
    }
    const subscriptions = new Map<string, TaxCertificateContent['subscriptions'][number]>();
    for (const p of payments) {
      if (!subscriptions.has(p.subscriptionId)) {
        subscriptions.set(p.subscriptionId, {
          reference: subscriptionReference(p.subscriptionId),
          subscribedOn: p.subscribedOn,
          shareClassCode: p.classCode,
          quantity: p.quantity,
          amountCents: Number(p.subscriptionAmountCents),
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
        reference: subscriptionReference(p.subscriptionId),
        paidOn: p.paidOn,
        amountCents: Number(p.amountCents),
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
      subjectVersion: `${year}:${digest([payments.map((p) => [p.id, p.amountCents, p.paidOn]), member.name, member.address])}`,
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
    const o = await this.repository.organization(this.dataSource.manager, organizationId);
    if (!o) throw new NotFoundError('organization');
    return { ...o, capitalFloorPercent: Number(o.capitalFloorPercent) };
  }

  async member(organizationId: string, memberId: string): Promise<DocumentMember> {
    const m = await this.repository.member(this.dataSource.manager, organizationId, memberId);
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

export function toDocumentMember(m: MemberRow): DocumentMember {
  const name = m.kind === 'legal_entity' ? (m.companyName ?? '') : [m.firstName, m.lastName].filter(Boolean).join(' ');
  return {
    id: m.id,
    kind: m.kind,
    name,
    siren: m.siren,
    legalRepresentative: m.legalRepresentative,
    address: postalAddress(m),
    membershipNumber: m.membershipNumber,
    college: m.collegeCode ? { code: m.collegeCode, name: m.collegeName ?? '' } : null,
    admittedOn: m.admittedOn,
    admissionDecisionRef: m.admissionDecisionRef,
    status: m.status,
    email: m.email,
    eConsent: m.eConsent,
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
