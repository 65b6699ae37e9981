import { Injectable } from '@nestjs/common';
import { AssembliesService, AssemblyDto, ResolutionDto, ResolutionLifecycleService } from '@socius/assemblies';
import type { OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { ConflictError } from '@socius/core';
import { OrganizationsService } from '@socius/organizations';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MinutesDetailsDto, MinutesDetailsViewDto } from './dto/documents.dto';
import { MinutesDetails } from './entities/minutes-details.entity';
import { postalAddress } from './certificate';
import { todayIn } from './certificates.service';
import { DocumentFile, DocumentsService } from './documents.service';
import type { DocumentKind } from './entities/document.entity';
import { DocumentFormat, DocumentLanguage } from './format';
import { LABELS } from './labels';
import { AttendanceLine, MinutesContent, minutesTitle, writeMinutes } from './minutes';
import { PdfWriter } from './pdf/writer';

/**
 * Minutes (procès-verbaux) of closed resolutions. A closed resolution never changes (its ballot
 * box is sealed), so its minutes are issued once per language, keyed by its seal; an assembly's
 * minutes are keyed by the set of its closed resolutions and their seals, so a permanent assembly
 * gets new minutes when another resolution closes.
 */
@Injectable()
export class MinutesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assemblies: AssembliesService,
    private readonly lifecycle: ResolutionLifecycleService,
    private readonly organizations: OrganizationsService,
    private readonly documents: DocumentsService,
    private readonly audit: AuditService,
  ) {}

  async forResolution(ctx: OrgContext, resolutionId: string, lang?: DocumentLanguage): Promise<DocumentFile> {
    const resolution = await this.assemblies.resolution(ctx, resolutionId);
    if (resolution.status !== 'closed') {
      throw new ConflictError(
        'resolution-not-closed',
        `This resolution is ${resolution.status}: its minutes can be drawn up once it has closed.`,
        { status: resolution.status },
      );
    }
    const assembly = await this.assemblies.get(ctx, resolution.assemblyId);
    return this.issue(
      ctx,
      'resolution_minutes',
      'resolution',
      resolution.id,
      resolution.sealHash!,
      assembly,
      [resolution],
      lang,
    );
  }

  async forAssembly(ctx: OrgContext, assemblyId: string, lang?: DocumentLanguage): Promise<DocumentFile> {
    const assembly = await this.assemblies.get(ctx, assemblyId);
    const closed = (await this.assemblies.resolutions(ctx, assemblyId)).items.filter((r) => r.status === 'closed');
    if (!closed.length)
      throw new ConflictError(
        'no-closed-resolution',
        'No resolution of this assembly has closed yet: there is nothing to record in minutes.',
      );
    const version = createHash('sha256')
      .update(closed.map((r) => `${r.id}:${r.sealHash}`).join('\n'))
      .digest('hex');
    return this.issue(ctx, 'assembly_minutes', 'assembly', assembly.id, version, assembly, closed, lang);
  }

  private async issue(
    ctx: OrgContext,
    kind: DocumentKind,
    subjectType: string,
    subjectId: string,
    subjectVersion: string,
    assembly: AssemblyDto,
    resolutions: ResolutionDto[],
    lang: DocumentLanguage | undefined,
  ): Promise<DocumentFile> {
    const organization = await this.organizations.get(ctx);
    const language = lang ?? organization.defaultLanguage;
    const labels = LABELS[language];
    const title = minutesTitle(labels, assembly, resolutions);
    const recorded = await this.detailsOf(ctx.organizationId, assembly.id);
    const firstOpened = resolutions.map((r) => r.openedAt!).sort((a, b) => +new Date(a) - +new Date(b))[0];
    const details: MinutesContent['details'] = {
      meetingOn: recorded.meetingOn ?? todayIn(organization.timezone, new Date(firstOpened)),
      chairName: recorded.chairName,
      secretaryName: recorded.secretaryName,
      scrutineerNames: recorded.scrutineerNames,
      documentsSubmitted: recorded.documentsSubmitted,
      debatesSummary: recorded.debatesSummary,
    };
    return this.documents.issue({
      organizationId: ctx.organizationId,
      kind,
      subjectType,
      subjectId,
      // what the bureau records is part of the minutes: recording more gives new minutes
      subjectVersion: createHash('sha256')
        .update(JSON.stringify([subjectVersion, details]))
        .digest('hex'),
      language,
      title,
      summary: {
        assembly: { id: assembly.id, title: assembly.title, kind: assembly.kind },
        resolutions: resolutions.map((r) => ({
          id: r.id,
          number: r.number,
          title: r.title,
          closedAt: r.closedAt,
          outcome: r.outcome,
          sealHash: r.sealHash,
        })),
      },
      createdBy: ctx.userId,
      prepare: async () => {
        const content: MinutesContent = { assembly, details, resolutions: [] };
        for (const r of resolutions) {
          content.resolutions.push({
            ...r,
            openedAt: r.openedAt!,
            closedAt: r.closedAt!,
            results: await this.lifecycle.results(ctx, r.id),
            attendance: await this.attendance(
              ctx.organizationId,
              r.id,
              todayIn(organization.timezone, new Date(r.closedAt!)),
            ),
          });
        }
        return (stamp) => {
          const writer = new PdfWriter(
            labels,
            new DocumentFormat(language, organization.timezone),
            organization,
            stamp,
            title,
          );
          writeMinutes(writer, content);
          return writer.finish();
        };
      },
    });
  }

  /** What the bureau recorded for an assembly's minutes (R225-106); empty until it does. */
  async details(ctx: OrgContext, assemblyId: string): Promise<MinutesDetailsViewDto> {
    await this.assemblies.get(ctx, assemblyId);
    return this.detailsOf(ctx.organizationId, assemblyId);
  }

  /** Records the meeting date, the bureau, the documents submitted and the summary of debates. */
  async setDetails(ctx: OrgContext, assemblyId: string, dto: MinutesDetailsDto): Promise<MinutesDetailsViewDto> {
    await this.assemblies.get(ctx, assemblyId);
    const clean = (list?: string[]) => (list ?? []).map((x) => x.trim()).filter(Boolean);
    await this.dataSource.transaction(async (em) => {
      await em.save(MinutesDetails, {
        organizationId: ctx.organizationId,
        assemblyId,
        meetingOn: dto.meetingOn ?? null,
        chairName: dto.chairName?.trim() || null,
        secretaryName: dto.secretaryName?.trim() || null,
        scrutineerNames: clean(dto.scrutineerNames),
        documentsSubmitted: clean(dto.documentsSubmitted),
        debatesSummary: dto.debatesSummary?.trim() || null,
      });
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'assembly.minutes-details-recorded',
        entityType: 'assembly',
        entityId: assemblyId,
        changes: { ...dto },
      });
    });
    return this.detailsOf(ctx.organizationId, assemblyId);
  }

  private async detailsOf(organizationId: string, assemblyId: string): Promise<MinutesDetailsViewDto> {
    const row = await this.dataSource.manager.findOneBy(MinutesDetails, { organizationId, assemblyId });
    return {
      meetingOn: row?.meetingOn ?? null,
      chairName: row?.chairName ?? null,
      secretaryName: row?.secretaryName ?? null,
      scrutineerNames: row?.scrutineerNames ?? [],
      documentsSubmitted: row?.documentsSubmitted ?? [],
      debatesSummary: row?.debatesSummary ?? null,
    };
  }

  /**
   * The attendance sheet of a resolution, from its participations (émargement): who voted, their
   * address and the shares they held on the closing day (R225-95), and through which proxy holder.
   * Never the choices, so it is the same for a secret ballot.
   */
  private async attendance(organizationId: string, resolutionId: string, closedOn: string): Promise<AttendanceLine[]> {
    const name = (m: string) => `coalesce(${m}.company_name, concat_ws(' ', ${m}.first_name, ${m}.last_name))`;
    const rows: {
      number: number | null;
      name: string;
      address_line1: string | null;
      address_line2: string | null;
      postal_code: string | null;
      city: string | null;
      country: string | null;
      shares: number;
      holder_number: number | null;
      holder_name: string | null;
    }[] = await this.dataSource.query(
      `SELECT m.membership_number AS number, ${name('m')} AS name,
              m.address_line1, m.address_line2, m.postal_code, m.city, m.country,
              (SELECT coalesce(sum(l.quantity), 0)::int FROM ledger_movements l
                WHERE l.organization_id = m.organization_id AND l.member_id = m.id AND l.effective_on <= $3::date) AS shares,
              h.membership_number AS holder_number, CASE WHEN h.id IS NOT NULL THEN ${name('h')} END AS holder_name
         FROM participations p
         JOIN members m ON m.organization_id = p.organization_id AND m.id = p.member_id
         LEFT JOIN members h ON h.organization_id = p.organization_id AND h.id = p.cast_by_member_id AND p.cast_by_member_id <> p.member_id
        WHERE p.organization_id = $1 AND p.resolution_id = $2
        ORDER BY m.membership_number NULLS LAST, m.sort_name, m.id`,
      [organizationId, resolutionId, closedOn],
    );
    return rows.map((r) => ({
      membershipNumber: r.number,
      name: r.name,
      address: postalAddress({
        addressLine1: r.address_line1,
        addressLine2: r.address_line2,
        postalCode: r.postal_code,
        city: r.city,
        country: r.country,
      }),
      shares: r.shares,
      proxyHolder: r.holder_name === null ? null : { membershipNumber: r.holder_number, name: r.holder_name },
    }));
  }
}
