import { Injectable } from '@nestjs/common';
import { firstRow, rows, run } from '@socius/database';
import { EntityManager } from 'typeorm';
import { BallotBoxResolutionDto } from './dto/assembly.dto';

/** Codes to issue, one per member: each issue's id and its code's hash. */
export interface NewVotingCodes {
  organizationId: string;
  assemblyId: string;
  ids: string[];
  memberIds: string[];
  codeHashes: string[];
}

/** Whom a voting code was issued to: the member, and the assembly and organization it opens. */
export interface CodeHolderRow {
  memberId: string;
  assemblyId: string;
  title: string;
  secret: boolean;
  slug: string;
  name: string;
}

/** A voter by code: the issue's id, the member and the assembly it is good for. */
export interface CodeVoterRow {
  id: string;
  organizationId: string;
  memberId: string;
  assemblyId: string;
}

/** Voting codes (`voting_codes`: assembly, member, the id of the current issue, the code's hash) and what a code opens. */
@Injectable()
export class VotingCodesRepository {
  /** Issues a code to each member who has none for the assembly; answers the members issued one now. */
  async issueMissing(db: EntityManager, codes: NewVotingCodes): Promise<string[]> {
    const issued = await rows<{ memberId: string }>(
      db,
      `INSERT INTO voting_codes (id, assembly_id, member_id, organization_id, code_hash)
       SELECT i, $1, m, $2, h FROM unnest($3::uuid[], $4::uuid[], $5::text[]) AS x(i, m, h)
       ON CONFLICT (assembly_id, member_id) DO NOTHING RETURNING member_id AS "memberId"`,
      [codes.assemblyId, codes.organizationId, codes.ids, codes.memberIds, codes.codeHashes],
    );
    return issued.map((r) => r.memberId);
  }

  /** The id of each member's current issue for the assembly. */
  async currentIssues(
    db: EntityManager,
    assemblyId: string,
    memberIds: string[],
  ): Promise<{ id: string; memberId: string }[]> {
    return rows<{ id: string; memberId: string }>(
      db,
      `SELECT id, member_id AS "memberId" FROM voting_codes WHERE assembly_id = $1 AND member_id = ANY($2::uuid[])`,
      [assemblyId, memberIds],
    );
  }

  /** The member's current issue for the assembly, locked FOR UPDATE, if any. */
  async lockCurrentIssue(db: EntityManager, assemblyId: string, memberId: string): Promise<{ id: string } | undefined> {
    return firstRow<{ id: string }>(
      db,
      `SELECT id FROM voting_codes WHERE assembly_id = $1 AND member_id = $2 FOR UPDATE`,
      [assemblyId, memberId],
    );
  }

  /** Makes `codeId` the member's current issue for the assembly, replacing any other. */
  async replaceIssue(
    db: EntityManager,
    organizationId: string,
    assemblyId: string,
    memberId: string,
    codeId: string,
    codeHash: string,
  ): Promise<void> {
    await run(
      db,
      `INSERT INTO voting_codes (id, assembly_id, member_id, organization_id, code_hash) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (assembly_id, member_id) DO UPDATE SET id = EXCLUDED.id, code_hash = EXCLUDED.code_hash, created_at = now()`,
      [codeId, assemblyId, memberId, organizationId, codeHash],
    );
  }

  /** Whether `codeId` is still the member's current issue for the assembly. */
  async isCurrent(db: EntityManager, assemblyId: string, memberId: string, codeId: string): Promise<boolean> {
    const row = await firstRow<{ current: 1 }>(
      db,
      `SELECT 1 AS current FROM voting_codes WHERE assembly_id = $1 AND member_id = $2 AND id = $3`,
      [assemblyId, memberId, codeId],
    );
    return row !== undefined;
  }

  /** The holder of the code whose hash is one of `codeHashes`, with its assembly and organization. */
  async holder(db: EntityManager, codeHashes: string[]): Promise<CodeHolderRow | undefined> {
    return firstRow<CodeHolderRow>(
      db,
      `SELECT v.member_id AS "memberId", a.id AS "assemblyId", a.title, a.secret, o.slug, o.name FROM voting_codes v
         JOIN assemblies a ON a.id = v.assembly_id JOIN organizations o ON o.id = v.organization_id
        WHERE v.code_hash = ANY($1)`,
      [codeHashes],
    );
  }

  /** The issue whose hash is one of `codeHashes`, in the organization of this slug. */
  async voter(db: EntityManager, codeHashes: string[], slug: string): Promise<CodeVoterRow | undefined> {
    return firstRow<CodeVoterRow>(
      db,
      `SELECT v.id, v.organization_id AS "organizationId", v.member_id AS "memberId", v.assembly_id AS "assemblyId"
         FROM voting_codes v JOIN organizations o ON o.id = v.organization_id
        WHERE v.code_hash = ANY($1) AND o.slug = $2`,
      [codeHashes, slug],
    );
  }

  /** The assembly's resolutions open now with the member on their electorate, by number, and whether they voted. */
  async openResolutions(db: EntityManager, assemblyId: string, memberId: string): Promise<BallotBoxResolutionDto[]> {
    return rows<BallotBoxResolutionDto>(
      db,
      `SELECT r.id, r.number, r.title, r.text, r.kind, r.candidates, r.seats,
              EXISTS (SELECT 1 FROM participations p WHERE p.resolution_id = r.id AND p.member_id = $2) AS voted,
              r.closes_at AS "closesAt"
         FROM resolutions r
        WHERE r.assembly_id = $1 AND r.status = 'open' AND r.closes_at > now()
          AND EXISTS (SELECT 1 FROM resolution_electors e WHERE e.resolution_id = r.id AND e.member_id = $2)
        ORDER BY r.number`,
      [assemblyId, memberId],
    );
  }
}
