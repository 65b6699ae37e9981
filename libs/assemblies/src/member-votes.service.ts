import { Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { DataSource, In } from 'typeorm';
import { toResolutionDto } from './assemblies.service';
import { BallotsRepository } from './ballots.repository';
import { MyResolutionDto } from './dto/assembly.dto';
import { Resolution } from './entities/resolution.entity';
import { ResolutionsRepository } from './resolutions.repository';

/** A member's own view of the votes: what is open to them (themself or by proxy), and their ballots. */
@Injectable()
export class MemberVotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly resolutionsRepository: ResolutionsRepository,
    private readonly ballots: BallotsRepository,
  ) {}

  /** Open resolutions the caller may vote on (themself or by proxy), with what is left to cast. */
  async myResolutions(ctx: OrgContext): Promise<{ items: MyResolutionDto[]; total: number; nextCursor: null }> {
    const memberId = ctx.memberId ?? '00000000-0000-0000-0000-000000000000';
    // per resolution: whether the caller voted, and the grantors whose proxy they hold and who have not voted
    const rows = await this.resolutionsRepository.openToMember(this.dataSource.manager, ctx.organizationId, memberId);
    const resolutions = await this.dataSource
      .getRepository(Resolution)
      .findBy({ organizationId: ctx.organizationId, id: In(rows.map((r) => r.id)) });
    const byId = new Map(resolutions.map((r) => [r.id, r]));
    const items = rows.map((row) => ({
      ...toResolutionDto(byId.get(row.id)!),
      voted: row.voted,
      proxiesToCast: row.proxiesToCast,
    }));
    return { items, total: items.length, nextCursor: null };
  }

  /** The caller's ballots: open ones with their choice and receipt hash; secret ones only as "voted". */
  async myBallots(ctx: OrgContext): Promise<{
    items: { resolutionId: string; title: string; castByMemberId: string; choice: string[] | null; secret: boolean }[];
    total: number;
    nextCursor: null;
  }> {
    const rows = await this.ballots.memberBallots(
      this.dataSource.manager,
      ctx.organizationId,
      ctx.memberId ?? '00000000-0000-0000-0000-000000000000',
    );
    // a secret ballot's choice is not stored with its member: shown as voted, never as what
    const items = rows.map((r) => ({
      resolutionId: r.resolutionId,
      title: r.title,
      castByMemberId: r.castByMemberId,
      secret: r.secret,
      choice: r.secret ? null : r.choice,
    }));
    return { items, total: items.length, nextCursor: null };
  }
}
