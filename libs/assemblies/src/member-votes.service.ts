import { Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { DataSource, In } from 'typeorm';
import { toResolutionDto } from './assemblies.service';
import { MyResolutionDto } from './dto/assembly.dto';
import { Resolution } from './entities/resolution.entity';

/** A member's own view of the votes: what is open to them (themself or by proxy), and their ballots. */
@Injectable()
export class MemberVotesService {
  constructor(private readonly dataSource: DataSource) {}

  /** Open resolutions the caller may vote on (themself or by proxy), with what is left to cast. */
  async myResolutions(ctx: OrgContext): Promise<{ items: MyResolutionDto[]; total: number; nextCursor: null }> {
    const memberId = ctx.memberId ?? '00000000-0000-0000-0000-000000000000';
    // per resolution: whether the caller voted, and the grantors whose proxy they hold and who have not voted
    const rows: { id: string; voted: boolean; proxies_to_cast: string[] }[] = await this.dataSource.query(
      `SELECT r.id,
              EXISTS (SELECT 1 FROM participations x WHERE x.resolution_id = r.id AND x.member_id = $2) AS voted,
              ARRAY(SELECT p.grantor_member_id::text FROM proxies p
                      JOIN resolution_electors e ON e.resolution_id = r.id AND e.member_id = p.grantor_member_id
                     WHERE p.assembly_id = r.assembly_id AND p.holder_member_id = $2 AND p.revoked_at IS NULL
                       AND NOT EXISTS (SELECT 1 FROM participations x WHERE x.resolution_id = r.id AND x.member_id = p.grantor_member_id)
                     ORDER BY p.created_at) AS proxies_to_cast
         FROM resolutions r
        WHERE r.organization_id = $1 AND r.status = 'open'
          AND (EXISTS (SELECT 1 FROM resolution_electors e WHERE e.resolution_id = r.id AND e.member_id = $2)
               OR EXISTS (SELECT 1 FROM proxies p JOIN resolution_electors e ON e.resolution_id = r.id AND e.member_id = p.grantor_member_id
                           WHERE p.assembly_id = r.assembly_id AND p.holder_member_id = $2 AND p.revoked_at IS NULL))
        ORDER BY r.closes_at`,
      [ctx.organizationId, memberId],
    );
    const resolutions = await this.dataSource
      .getRepository(Resolution)
      .findBy({ organizationId: ctx.organizationId, id: In(rows.map((r) => r.id)) });
    const byId = new Map(resolutions.map((r) => [r.id, r]));
    const items = rows.map((row) => ({
      ...toResolutionDto(byId.get(row.id)!),
      voted: row.voted,
      proxiesToCast: row.proxies_to_cast,
    }));
    return { items, total: items.length, nextCursor: null };
  }

  /** The caller's ballots: open ones with their choice and receipt hash; secret ones only as "voted". */
  async myBallots(ctx: OrgContext): Promise<{
    items: { resolutionId: string; title: string; castByMemberId: string; choice: string[] | null; secret: boolean }[];
    total: number;
    nextCursor: null;
  }> {
    const rows = await this.dataSource.query(
      `SELECT p.resolution_id, r.title, p.cast_by_member_id, a.secret, b.choice FROM participations p
         JOIN resolutions r ON r.id = p.resolution_id JOIN assemblies a ON a.id = r.assembly_id
         LEFT JOIN ballots b ON b.resolution_id = p.resolution_id AND b.member_id = p.member_id
        WHERE p.organization_id = $1 AND p.member_id = $2 ORDER BY r.closes_at DESC`,
      [ctx.organizationId, ctx.memberId ?? '00000000-0000-0000-0000-000000000000'],
    );
    const items = rows.map(
      (r: {
        resolution_id: string;
        title: string;
        cast_by_member_id: string;
        secret: boolean;
        choice: string[] | null;
      }) => ({
        resolutionId: r.resolution_id,
        title: r.title,
        castByMemberId: r.cast_by_member_id,
        secret: r.secret,
        choice: r.secret ? null : r.choice,
      }),
    );
    return { items, total: items.length, nextCursor: null };
  }
}
