import { Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { BusinessRuleError, formatEuros } from '@socius/core';
import {
  contributionReceiptTitle,
  DocumentFile,
  DocumentFormat,
  DocumentLanguage,
  DocumentsService,
  donationTaxReceiptTitle,
  LABELS,
  PdfWriter,
  postalAddress,
  writeContributionReceipt,
  writeDonationTaxReceipt,
  type ContributionMovement,
} from '@socius/documents';
import { BooksService } from '@socius/shares';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { contributionOf } from './common';
import { contributionPiece } from './contributions.service';
import { FundingSettingsDto, FundingSettingsViewDto } from './dto/funding.dto';
import { Contribution } from './entities/contribution.entity';
import { FundingSettings } from './entities/funding-settings.entity';
import { taxReceiptRefusal } from './figures';
import { ReceiptOrganizationRow, ReceiptsRepository } from './receipts.repository';

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/**
 * Receipts of contributions, issued through the documents registry (numbered, hashed, verification
 * code printed and returned in `X-Verification-Code`): a contribution receipt for every kind, and the
 * tax receipt for donations (cerfa 11580) only where the organization may issue it.
 */
@Injectable()
export class FundingReceiptsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ReceiptsRepository,
    private readonly documents: DocumentsService,
    private readonly books: BooksService,
    private readonly audit: AuditService,
  ) {}

  /** `GET contributions/{id}/receipt.pdf`: what was pledged, received and refunded; a new one after each movement. */
  async receipt(
    ctx: Pick<OrgContext, 'organizationId' | 'userId'>,
    id: string,
    lang?: DocumentLanguage,
  ): Promise<DocumentFile> {
    const em = this.dataSource.manager;
    const c = await contributionOf(em, ctx.organizationId, id);
    if (c.recurrence)
      throw new BusinessRuleError(
        'monthly-pledge',
        'A monthly pledge has a receipt per instalment: ask for the receipt of each instalment.',
        undefined,
        [{ field: 'id', message: 'is a monthly pledge' }],
      );
    if (c.paidCents === 0)
      throw new BusinessRuleError(
        'nothing-received',
        'No money was received on this contribution yet: there is nothing to acknowledge.',
        undefined,
        [{ field: 'id', message: 'nothing received yet' }],
      );
    const org = await this.organization(ctx.organizationId);
    const campaign = (await this.repository.campaign(em, org.id, c.campaignId))!;
    const movements = await this.movements(org.id, c.id);
    const contributor = await this.contributor(c);
    const language = lang ?? org.defaultLanguage;
    const reference = contributionPiece(c.id);
    const title = contributionReceiptTitle(language, reference, c.contributorName);
    const noTaxReduction = c.kind === 'donation' && !(await this.eligible(org));
    return this.documents.issue({
      organizationId: org.id,
      kind: 'contribution_receipt',
      subjectType: 'contribution',
      subjectId: c.id,
      subjectVersion: `${c.status}:${c.paidCents}:${c.refundedCents}:${digest([movements, contributor, noTaxReduction])}`,
      language,
      title,
      summary: {
        contribution: {
          id: c.id,
          reference,
          kind: c.kind,
          amountCents: c.amountCents,
          receivedCents: c.paidCents,
          refundedCents: c.refundedCents,
          status: c.status,
        },
        campaign: { id: c.campaignId, title: campaign.title },
        contributor: { name: c.contributorName },
      },
      createdBy: ctx.userId || null,
      prepare: async () => (stamp) => {
        const writer = new PdfWriter(LABELS[language], new DocumentFormat(language, org.timezone), org, stamp, title);
        writeContributionReceipt(writer, {
          organizationName: org.name,
          reference,
          campaign: { title: campaign.title, beneficiary: campaign.beneficiary },
          contributor,
          kind: c.kind,
          status: c.status,
          pledgedCents: c.amountCents,
          pledgedOn: c.pledgedOn,
          movements,
          receivedCents: c.paidCents,
          refundedCents: c.refundedCents,
          noTaxReduction,
        });
        return writer.finish();
      },
    });
  }

  /**
   * `GET contributions/{id}/tax-receipt.pdf`: the receipt for a donation (cerfa 11580). Refused with
   * a 422 for a SCIC or a SCOP (shares are offered instead), for another form that is not an
   * association, for an association that has not declared itself eligible, and for anything but a
   * donation received and kept.
   */
  async taxReceipt(ctx: OrgContext, id: string, lang?: DocumentLanguage): Promise<DocumentFile> {
    const em = this.dataSource.manager;
    const org = await this.organization(ctx.organizationId);
    const c = await contributionOf(em, ctx.organizationId, id);
    this.assertFormAllows(org.legalForm, 'id');
    const settings = await em.findOneBy(FundingSettings, { organizationId: org.id });
    if (!settings?.taxReceiptsEligible) {
      throw new BusinessRuleError(
        'tax-receipts-not-enabled',
        'This association has not declared itself eligible to issue tax receipts for donations: set taxReceiptsEligible (PUT funding/settings) once it is of general interest.',
        undefined,
        [{ field: 'taxReceiptsEligible', message: 'is not set for this organization' }],
      );
    }
    if (c.kind !== 'donation') {
      throw new BusinessRuleError(
        'not-a-donation',
        `A tax receipt is for donations only; this contribution is a ${c.kind.replace('_', ' ')}.`,
        { kind: c.kind },
        [{ field: 'kind', message: `is ${c.kind}` }],
      );
    }
    const kept = c.paidCents - c.refundedCents;
    if (c.status !== 'paid' || kept <= 0 || c.refundDue) {
      throw new BusinessRuleError(
        'donation-not-received',
        `A tax receipt covers a donation received and kept; this one is ${c.refundDue ? 'to be refunded' : c.status}.`,
        { status: c.status },
        [{ field: 'id', message: 'is not a donation received and kept' }],
      );
    }
    const payments = (await this.movements(org.id, c.id)).filter((m) => m.kind === 'payment');
    const contributor = await this.contributor(c);
    if (!contributor.address) {
      throw new BusinessRuleError(
        'donor-address-required',
        "A donation receipt must show the donor's address (cerfa 11580 and 16216): record it first (the member's address, or the contributor's).",
        undefined,
        [{ field: 'contributor.address', message: 'is not known for this donor' }],
      );
    }
    const language = lang ?? org.defaultLanguage;
    const amount = formatEuros(kept);
    const title = donationTaxReceiptTitle(language, c.contributorName, amount, contributor.company);
    const content = {
      beneficiary: { name: org.name, address: org.address, siren: org.siren, purpose: settings.purpose ?? '—' },
      donor: {
        name: contributor.name,
        address: contributor.address,
        kind: c.contributorType,
        company: contributor.company,
        siren: contributor.siren,
      },
      amountCents: kept,
      paidOn: payments.map((p) => p.on),
      methods: payments.map((p) => p.method ?? 'other'),
      signatory: { name: settings.signatoryName ?? '', title: settings.signatoryTitle ?? '' },
      issuedOn: await this.books.today(em, org.id),
    };
    return this.documents.issue({
      organizationId: org.id,
      kind: 'donation_tax_receipt',
      subjectType: 'contribution',
      subjectId: c.id,
      // one receipt per donation: issued once, then served as stored
      subjectVersion: `${kept}:${digest([content.paidOn, content.donor, content.beneficiary])}`,
      language,
      title,
      summary: {
        donation: { id: c.id, amountCents: kept, paidOn: content.paidOn },
        donor: { name: c.contributorName },
        article: contributor.company ? 'CGI art. 238 bis' : 'CGI art. 200',
        form: contributor.company ? 'cerfa 16216*01 (2041-MEC-SD)' : 'cerfa 11580*04',
      },
      createdBy: ctx.userId,
      prepare: async () => (stamp) => {
        const writer = new PdfWriter(LABELS[language], new DocumentFormat(language, org.timezone), org, stamp, title);
        writeDonationTaxReceipt(writer, content);
        return writer.finish();
      },
    });
  }

  async settings(ctx: OrgContext): Promise<FundingSettingsViewDto> {
    const org = await this.organization(ctx.organizationId);
    const s = await this.dataSource.manager.findOneBy(FundingSettings, { organizationId: org.id });
    return {
      legalForm: org.legalForm,
      taxReceiptsEligible: s?.taxReceiptsEligible ?? false,
      purpose: s?.purpose ?? null,
      signatoryName: s?.signatoryName ?? null,
      signatoryTitle: s?.signatoryTitle ?? null,
    };
  }

  /** `PUT funding/settings`: only an association may declare itself eligible for tax receipts. */
  async setSettings(ctx: OrgContext, dto: FundingSettingsDto): Promise<FundingSettingsViewDto> {
    const org = await this.organization(ctx.organizationId);
    if (dto.taxReceiptsEligible) this.assertFormAllows(org.legalForm, 'taxReceiptsEligible');
    await this.dataSource.transaction(async (em) => {
      const before = await em.findOneBy(FundingSettings, { organizationId: org.id });
      const next = {
        organizationId: org.id,
        taxReceiptsEligible: dto.taxReceiptsEligible,
        purpose: dto.purpose?.trim() ?? null,
        signatoryName: dto.signatoryName?.trim() ?? null,
        signatoryTitle: dto.signatoryTitle?.trim() ?? null,
      };
      await em.save(FundingSettings, next);
      await this.audit.record(em, {
        organizationId: org.id,
        action: 'funding.settings-changed',
        entityType: 'organization',
        entityId: org.id,
        changes: {
          before: before ? { taxReceiptsEligible: before.taxReceiptsEligible, purpose: before.purpose } : null,
          after: next,
        },
      });
    });
    return this.settings(ctx);
  }

  private assertFormAllows(legalForm: string, field: string): void {
    const refusal = taxReceiptRefusal(legalForm);
    if (refusal) {
      throw new BusinessRuleError(
        'tax-receipt-not-allowed',
        refusal,
        { legalForm, alternative: 'share_subscription' },
        [{ field, message: `a ${legalForm} cannot issue tax receipts for donations; offer shares instead` }],
      );
    }
  }

  private async eligible(org: ReceiptOrganizationRow): Promise<boolean> {
    if (taxReceiptRefusal(org.legalForm)) return false;
    const s = await this.dataSource.manager.findOneBy(FundingSettings, { organizationId: org.id });
    return s?.taxReceiptsEligible ?? false;
  }

  private async movements(organizationId: string, contributionId: string): Promise<ContributionMovement[]> {
    const rows = await this.repository.movements(this.dataSource.manager, organizationId, contributionId);
    return rows.map((r) => ({
      kind: r.kind,
      on: r.occurredOn,
      method: r.method,
      reference: r.reference,
      amountCents: Number(r.amountCents),
    }));
  }

  private async contributor(c: Contribution): Promise<{
    name: string;
    address: string | null;
    kind: Contribution['contributorType'];
    membershipNumber: number | null;
    /** a company or other legal entity (its receipt for patronage is the cerfa 16216) */
    company: boolean;
    siren: string | null;
  }> {
    if (!c.memberId) {
      // a partner organization on this platform: its address and SIREN as it recorded them
      const partner = c.contributorOrganizationId
        ? await this.repository.partnerOrganization(this.dataSource.manager, c.contributorOrganizationId)
        : undefined;
      return {
        name: c.contributorName,
        address: c.contributorAddress ?? partner?.address ?? null,
        kind: c.contributorType,
        membershipNumber: null,
        company: c.contributorType === 'organization',
        siren: c.contributorSiren ?? partner?.siren ?? null,
      };
    }
    const m = (await this.repository.member(this.dataSource.manager, c.organizationId, c.memberId))!;
    return {
      company: m.kind === 'legal_entity',
      siren: m.siren,
      name: c.contributorName,
      address: postalAddress({
        addressLine1: m.addressLine1,
        addressLine2: m.addressLine2,
        postalCode: m.postalCode,
        city: m.city,
        country: m.country,
      }),
      kind: c.contributorType,
      membershipNumber: m.membershipNumber,
    };
  }

  private async organization(organizationId: string): Promise<ReceiptOrganizationRow> {
    return (await this.repository.organization(this.dataSource.manager, organizationId))!;
  }
}
