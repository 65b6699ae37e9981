import { Injectable } from '@nestjs/common';
import { firstRow, rows, run } from '@socius/database';
import { EntityManager } from 'typeorm';
import { AssociateClass } from './entities/voting.entity';

/** A participation (who took part, and who cast it): one per elector and resolution, its primary key. */
export interface NewParticipation {
  resolutionId: string;
  memberId: string;
  organizationId: string;
  castByMemberId: string;
  /** a secret ballot's second hash of the receipt, that proves the receipt is the member's; null in an open box */
  ownerHash: string | null;
}

/** What every ballot row holds: the count's college, weight and class, and its leaf of the Merkle tree. */
interface BallotRowBase {
  resolutionId: string;
  receiptHash: string;
  organizationId: string;
  collegeId: string | null;
  weight: number;
  associateClass: AssociateClass;
  leafHash: string;
}

/** A secret ballot: only a ciphertext, no member, no time, no clear choice (docs/ballot-secrecy.md). */
export interface SecretBallotRow extends BallotRowBase {
  ciphertext: Buffer;
}

/** An open ballot: the choice in clear, its member and who cast it, when. */
export interface OpenBallotRow extends BallotRowBase {
  memberId: string;
  choice: string[];
  castByMemberId: string;
  castAt: Date;
}

/** Ballots of one college, class and whole choice (an election's ballot names several candidates). */
export interface ChoiceGroupRow {
  collegeId: string | null;
  associateClass: AssociateClass;
  choice: string[];
  ballots: number;
  /** a bigint sum from the database (a string), a number when counted here */
  weight: string | number;
}

/** An encrypted ballot of a secret box, as the close decrypts it. */
export interface EncryptedBallotRow {
  collegeId: string | null;
  associateClass: AssociateClass;
  weight: number;
  receiptHash: string;
  ciphertext: Buffer;
}

/** A leaf of the sealed box: the receipt's hash and the leaf's. */
export interface LeafRow {
  receiptHash: string;
  leafHash: string;
}

/** Who took part, and how many by proxy. */
export interface ParticipationCountsRow {
  voters: number;
  proxies: number;
}

/** One of a member's ballots as they see it; the choice is null for a secret ballot (never stored with the member). */
export interface MemberBallotRow {
  resolutionId: string;
  title: string;
  castByMemberId: string;
  secret: boolean;
  choice: string[] | null;
}

/** A voter on the attendance sheet: who, in which college, and who cast the ballot for them. */
export interface AttendanceVoterRow {
  memberId: string;
  membershipNumber: number | null;
  name: string;
  college: string | null;
  byProxy: boolean;
  castByName: string | null;
}

/**
 * The ballot box: participations (who voted) and ballots (what was voted), kept apart. Every write
 * of a ballot runs on the caller's transaction (VotingService.writeBallot), the count and seal on
 * the close's.
 */
@Injectable()
export class BallotsRepository {
  /**
   * Takes the resolution, still open, FOR KEY SHARE until the ballot commits: the close (FOR UPDATE)
   * waits for it, and a ballot that waited on a close finds it closed. False when it is not open.
   */
  async holdOpen(db: EntityManager, resolutionId: string): Promise<boolean> {
    const row = await firstRow<{ open: 1 }>(
      db,
      `SELECT 1 AS open FROM resolutions WHERE id = $1 AND status = 'open' AND closes_at > now() FOR KEY SHARE`,
      [resolutionId],
    );
    return row !== undefined;
  }

  /** Records the participation; false when the member already has one on this resolution. */
  async addParticipation(db: EntityManager, p: NewParticipation): Promise<boolean> {
    const row = await firstRow<{ added: 1 }>(
      db,
      `INSERT INTO participations (resolution_id, member_id, organization_id, cast_by_member_id, owner_hash) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING 1 AS added`,
      [p.resolutionId, p.memberId, p.organizationId, p.castByMemberId, p.ownerHash],
    );
    return row !== undefined;
  }

  /** Who cast the member's participation, locked FOR UPDATE: a grantor and their holder voting at once are ordered. */
  async lockParticipation(
    db: EntityManager,
    resolutionId: string,
    memberId: string,
  ): Promise<{ castByMemberId: string } | undefined> {
    return firstRow<{ castByMemberId: string }>(
      db,
      `SELECT cast_by_member_id AS "castByMemberId" FROM participations WHERE resolution_id = $1 AND member_id = $2 FOR UPDATE`,
      [resolutionId, memberId],
    );
  }

  /** A changed vote: who cast it now, and the new receipt's owner hash. */
  async recastParticipation(
    db: EntityManager,
    resolutionId: string,
    memberId: string,
    castByMemberId: string,
    ownerHash: string | null,
  ): Promise<void> {
    await run(
      db,
      `UPDATE participations SET cast_by_member_id = $3, owner_hash = $4 WHERE resolution_id = $1 AND member_id = $2`,
      [resolutionId, memberId, castByMemberId, ownerHash],
    );
  }

  /** Whether the member's participation carries this owner hash (the receipt they give is theirs). */
  async ownsReceipt(db: EntityManager, resolutionId: string, memberId: string, ownerHash: string): Promise<boolean> {
    const row = await firstRow<{ own: 1 }>(
      db,
      `SELECT 1 AS own FROM participations WHERE resolution_id = $1 AND member_id = $2 AND owner_hash = $3`,
      [resolutionId, memberId, ownerHash],
    );
    return row !== undefined;
  }

  /** How many ballots the holder cast on the resolution for members other than themself and `grantorMemberId`. */
  async castForOthersCount(
    db: EntityManager,
    resolutionId: string,
    holderMemberId: string,
    grantorMemberId: string,
  ): Promise<number> {
    const row = await firstRow<{ used: number }>(
      db,
      `SELECT count(*)::int AS used FROM participations WHERE resolution_id = $1 AND cast_by_member_id = $2 AND member_id <> $2 AND member_id <> $3`,
      [resolutionId, holderMemberId, grantorMemberId],
    );
    return row!.used;
  }

  async addSecretBallot(db: EntityManager, b: SecretBallotRow): Promise<void> {
    await run(
      db,
      `INSERT INTO ballots (resolution_id, receipt_hash, organization_id, college_id, weight, ciphertext, leaf_hash, associate_class)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        b.resolutionId,
        b.receiptHash,
        b.organizationId,
        b.collegeId,
        b.weight,
        b.ciphertext,
        b.leafHash,
        b.associateClass,
      ],
    );
  }

  async addOpenBallot(db: EntityManager, b: OpenBallotRow): Promise<void> {
    await run(
      db,
      `INSERT INTO ballots (resolution_id, receipt_hash, organization_id, member_id, college_id, weight, choice, cast_by_member_id, cast_at, leaf_hash, associate_class)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        b.resolutionId,
        b.receiptHash,
        b.organizationId,
        b.memberId,
        b.collegeId,
        b.weight,
        b.choice,
        b.castByMemberId,
        b.castAt,
        b.leafHash,
        b.associateClass,
      ],
    );
  }

  /** Deletes the member's open ballot on the resolution. */
  async deleteOpenBallot(db: EntityManager, resolutionId: string, memberId: string): Promise<void> {
    await run(db, `DELETE FROM ballots WHERE resolution_id = $1 AND member_id = $2`, [resolutionId, memberId]);
  }

  /** Deletes the secret ballot of this receipt hash; answers how many were deleted (0 or 1). */
  async deleteSecretBallot(db: EntityManager, resolutionId: string, receiptHash: string): Promise<number> {
    const { affected } = await run(
      db,
      `DELETE FROM ballots WHERE resolution_id = $1 AND receipt_hash = $2 AND member_id IS NULL`,
      [resolutionId, receiptHash],
    );
    return affected;
  }

  /** The clear ballots grouped by college, class and whole choice: a few rows whatever the turnout. */
  async clearChoiceGroups(db: EntityManager, resolutionId: string): Promise<ChoiceGroupRow[]> {
    return rows<ChoiceGroupRow>(
      db,
      `SELECT college_id AS "collegeId", associate_class AS "associateClass", choice, count(*)::int AS ballots, sum(weight) AS weight
         FROM ballots
        WHERE resolution_id = $1 AND choice IS NOT NULL GROUP BY college_id, associate_class, choice`,
      [resolutionId],
    );
  }

  /** The encrypted ballots of a secret box. */
  async encryptedBallots(db: EntityManager, resolutionId: string): Promise<EncryptedBallotRow[]> {
    return rows<EncryptedBallotRow>(
      db,
      `SELECT college_id AS "collegeId", associate_class AS "associateClass", weight, receipt_hash AS "receiptHash", ciphertext
         FROM ballots WHERE resolution_id = $1 AND ciphertext IS NOT NULL`,
      [resolutionId],
    );
  }

  /** Who took part in the resolution, and how many by proxy. */
  async participationCounts(db: EntityManager, resolutionId: string): Promise<ParticipationCountsRow> {
    const row = await firstRow<ParticipationCountsRow>(
      db,
      `SELECT count(*)::int AS voters, count(*) FILTER (WHERE cast_by_member_id <> member_id)::int AS proxies FROM participations WHERE resolution_id = $1`,
      [resolutionId],
    );
    return row!;
  }

  /** The same counts within the organization (the console's attendance). */
  async attendanceCounts(
    db: EntityManager,
    organizationId: string,
    resolutionId: string,
  ): Promise<ParticipationCountsRow> {
    const row = await firstRow<ParticipationCountsRow>(
      db,
      `SELECT count(*)::int AS voters, count(*) FILTER (WHERE cast_by_member_id <> member_id)::int AS proxies
         FROM participations WHERE organization_id = $1 AND resolution_id = $2`,
      [organizationId, resolutionId],
    );
    return row!;
  }

  /**
   * The leaves of the box as one buffer, in the byte order of their receipt hashes (COLLATE "C", as
   * `leaves` reads them); null for an empty box.
   */
  async concatenatedLeaves(db: EntityManager, resolutionId: string): Promise<Buffer | null> {
    const row = await firstRow<{ leaves: Buffer | null }>(
      db,
      `SELECT string_agg(decode(leaf_hash, 'hex'), ''::bytea ORDER BY receipt_hash COLLATE "C") AS leaves FROM ballots WHERE resolution_id = $1`,
      [resolutionId],
    );
    return row!.leaves;
  }

  /** The leaves of the box in the byte order of their receipt hashes. */
  async leaves(db: EntityManager, resolutionId: string): Promise<LeafRow[]> {
    return rows<LeafRow>(
      db,
      `SELECT receipt_hash AS "receiptHash", leaf_hash AS "leafHash" FROM ballots WHERE resolution_id = $1 ORDER BY receipt_hash COLLATE "C"`,
      [resolutionId],
    );
  }

  /** The choice (open ballot) or ciphertext (secret ballot) of the ballot of this receipt hash. */
  async ballotOfReceipt(
    db: EntityManager,
    resolutionId: string,
    receiptHash: string,
  ): Promise<{ choice: string[] | null; ciphertext: Buffer | null } | undefined> {
    return firstRow<{ choice: string[] | null; ciphertext: Buffer | null }>(
      db,
      `SELECT choice, ciphertext FROM ballots WHERE resolution_id = $1 AND receipt_hash = $2`,
      [resolutionId, receiptHash],
    );
  }

  /** The member's participations, latest closing first, with the choice of the open ballots. */
  async memberBallots(db: EntityManager, organizationId: string, memberId: string): Promise<MemberBallotRow[]> {
    return rows<MemberBallotRow>(
      db,
      `SELECT p.resolution_id AS "resolutionId", r.title, p.cast_by_member_id AS "castByMemberId", a.secret, b.choice
         FROM participations p
         JOIN resolutions r ON r.id = p.resolution_id JOIN assemblies a ON a.id = r.assembly_id
         LEFT JOIN ballots b ON b.resolution_id = p.resolution_id AND b.member_id = p.member_id
        WHERE p.organization_id = $1 AND p.member_id = $2 ORDER BY r.closes_at DESC`,
      [organizationId, memberId],
    );
  }

  /**
   * A page of the attendance sheet, by membership number: names and colleges looked up by primary
   * key for each voter of the page, a plan that stays linear whatever the planner's statistics say
   * about a co-op's members. Participations only, never a ballot.
   */
  async attendancePage(
    db: EntityManager,
    organizationId: string,
    resolutionId: string,
    limit: number,
    offset: number,
  ): Promise<AttendanceVoterRow[]> {
    return rows<AttendanceVoterRow>(
      db,
      `SELECT p.member_id AS "memberId", m.membership_number AS "membershipNumber",
              coalesce(m.company_name, concat_ws(' ', m.first_name, m.last_name)) AS name,
              (SELECT c.code FROM resolution_electors e JOIN colleges c ON c.id = e.college_id
                WHERE e.resolution_id = p.resolution_id AND e.member_id = p.member_id) AS college,
              p.cast_by_member_id <> p.member_id AS "byProxy",
              CASE WHEN p.cast_by_member_id <> p.member_id THEN
                (SELECT coalesce(h.company_name, concat_ws(' ', h.first_name, h.last_name)) FROM members h WHERE h.id = p.cast_by_member_id)
              END AS "castByName"
         FROM participations p
         JOIN members m ON m.id = p.member_id
        WHERE p.organization_id = $1 AND p.resolution_id = $2
        ORDER BY m.membership_number NULLS LAST, m.id
        LIMIT $3 OFFSET $4`,
      [organizationId, resolutionId, limit, offset],
    );
  }
}
