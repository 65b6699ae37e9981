import { Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { ConflictError } from '@socius/core';
import {
  DocumentFile,
  DocumentFormat,
  DocumentKind,
  DocumentLanguage,
  DocumentsService,
  LABELS,
  PdfWriter,
  postalAddress,
  todayIn,
} from '@socius/documents';
import { OrganizationsService } from '@socius/organizations';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AssembliesService } from '../assemblies.service';
import { AssemblyDto, ResolutionDto } from '../dto/assembly.dto';
import { ResolutionLifecycleService } from '../resolution-lifecycle.service';
import { AttendanceLine, MinutesContent, minutesTitle, writeMinutes } from './minutes';
import { MinutesDetailsDto, MinutesDetailsViewDto } from './minutes.dto';
import { MinutesRepository } from './minutes.repository';

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
    private readonly repository: MinutesRepository,
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
      await this.repository.saveDetails(em, {
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
    const row = await this.repository.details(this.dataSource.manager, organizationId, assemblyId);
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
    const rows = await this.repository.attendance(this.dataSource.manager, organizationId, resolutionId, closedOn);
    return rows.map((r) => ({
      membershipNumber: r.membershipNumber,
      name: r.name,
      address: postalAddress(r),
      shares: r.shares,
      proxyHolder: r.holderName === null ? null : { membershipNumber: r.holderNumber, name: r.holderName },
    }));
  }
}
