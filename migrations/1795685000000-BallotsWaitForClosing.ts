import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A ballot and the closing of its resolution, in order. The close locks the resolution (FOR UPDATE)
 * and counts; a ballot used to check that the resolution was open without a lock, so one whose
 * statement had begun could wait on the close only at its foreign-key check and be written after the
 * box was counted and sealed. Now `socius_cast_ballot` first takes the resolution, open, FOR KEY
 * SHARE: the close waits for the ballots under way, and a ballot that waited finds it closed.
 */
export class BallotsWaitForClosing1795685000000 implements MigrationInterface {
  name = 'BallotsWaitForClosing1795685000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE OR REPLACE FUNCTION socius_cast_ballot(
                p_resolution uuid, p_organization uuid, p_member uuid, p_code_hash char(64), p_slug varchar, p_assembly uuid,
                p_now timestamptz, p_receipt_hash char(64), p_secret boolean, p_choice varchar[], p_cast_at timestamptz,
                p_user uuid, p_actor varchar, p_changes jsonb, p_request varchar, p_owner_hash char(64), p_leaf_hash char(64)
            ) RETURNS uuid
            LANGUAGE plpgsql VOLATILE
            SET plan_cache_mode = force_generic_plan
            AS $fn$
            DECLARE
                v_member uuid;
            BEGIN
                -- the resolution, open, held against its closing until this ballot commits: a close
                -- (FOR UPDATE) waits for the ballots under way, and a ballot that waited on a close
                -- finds the resolution closed and writes nothing
                PERFORM 1 FROM resolutions r WHERE r.organization_id = p_organization AND r.id = p_resolution AND r.status = 'open' AND r.closes_at > p_now FOR KEY SHARE;
                IF NOT FOUND THEN
                    RETURN NULL;
                END IF;
                WITH v AS (
                    SELECT p_member AS member_id, p_actor AS actor WHERE p_member IS NOT NULL
                    UNION ALL
                    SELECT c.member_id, p_actor || c.member_id FROM voting_codes c JOIN organizations o ON o.id = c.organization_id
                     WHERE p_member IS NULL AND c.code_hash = p_code_hash AND o.slug = p_slug AND c.organization_id = p_organization
                       AND c.assembly_id = p_assembly),
                e AS (
                    SELECT e.member_id, e.college_id, e.weight, v.actor FROM resolution_electors e JOIN v ON e.member_id = v.member_id
                     WHERE e.resolution_id = p_resolution),
                p AS (
                    INSERT INTO participations (resolution_id, member_id, organization_id, cast_by_member_id, owner_hash)
                    SELECT p_resolution, e.member_id, p_organization, e.member_id, p_owner_hash FROM e
                    ON CONFLICT DO NOTHING RETURNING participations.member_id),
                b AS (
                    INSERT INTO ballots (resolution_id, receipt_hash, organization_id, member_id, college_id, weight, choice, cast_by_member_id, cast_at, leaf_hash)
                    SELECT p_resolution, p_receipt_hash, p_organization, CASE WHEN p_secret THEN NULL ELSE e.member_id END, e.college_id, e.weight, p_choice,
                           CASE WHEN p_secret THEN NULL ELSE e.member_id END, p_cast_at, p_leaf_hash
                      FROM e JOIN p ON p.member_id = e.member_id
                    RETURNING 1),
                a AS (
                    INSERT INTO audit_log (organization_id, actor_user_id, actor, action, entity_type, entity_id, changes, request_id)
                    SELECT p_organization, p_user, e.actor, 'ballot.cast', 'resolution', p_resolution::text,
                           jsonb_build_object('memberId', e.member_id, 'castByMemberId', e.member_id) || p_changes, p_request
                      FROM e, b)
                SELECT p.member_id INTO v_member FROM p;
                RETURN v_member;
            END
            $fn$
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE OR REPLACE FUNCTION socius_cast_ballot(
                p_resolution uuid, p_organization uuid, p_member uuid, p_code_hash char(64), p_slug varchar, p_assembly uuid,
                p_now timestamptz, p_receipt_hash char(64), p_secret boolean, p_choice varchar[], p_cast_at timestamptz,
                p_user uuid, p_actor varchar, p_changes jsonb, p_request varchar, p_owner_hash char(64), p_leaf_hash char(64)
            ) RETURNS uuid
            LANGUAGE plpgsql VOLATILE
            SET plan_cache_mode = force_generic_plan
            AS $fn$
            DECLARE
                v_member uuid;
            BEGIN
                WITH v AS (
                    SELECT p_member AS member_id, p_actor AS actor WHERE p_member IS NOT NULL
                    UNION ALL
                    SELECT c.member_id, p_actor || c.member_id FROM voting_codes c JOIN organizations o ON o.id = c.organization_id
                     WHERE p_member IS NULL AND c.code_hash = p_code_hash AND o.slug = p_slug AND c.organization_id = p_organization
                       AND c.assembly_id = p_assembly),
                e AS (
                    SELECT e.member_id, e.college_id, e.weight, v.actor FROM resolution_electors e JOIN v ON e.member_id = v.member_id
                     WHERE e.resolution_id = p_resolution
                       AND EXISTS (SELECT 1 FROM resolutions r WHERE r.organization_id = p_organization AND r.id = p_resolution AND r.status = 'open' AND r.closes_at > p_now)),
                p AS (
                    INSERT INTO participations (resolution_id, member_id, organization_id, cast_by_member_id, owner_hash)
                    SELECT p_resolution, e.member_id, p_organization, e.member_id, p_owner_hash FROM e
                    ON CONFLICT DO NOTHING RETURNING participations.member_id),
                b AS (
                    INSERT INTO ballots (resolution_id, receipt_hash, organization_id, member_id, college_id, weight, choice, cast_by_member_id, cast_at, leaf_hash)
                    SELECT p_resolution, p_receipt_hash, p_organization, CASE WHEN p_secret THEN NULL ELSE e.member_id END, e.college_id, e.weight, p_choice,
                           CASE WHEN p_secret THEN NULL ELSE e.member_id END, p_cast_at, p_leaf_hash
                      FROM e JOIN p ON p.member_id = e.member_id
                    RETURNING 1),
                a AS (
                    INSERT INTO audit_log (organization_id, actor_user_id, actor, action, entity_type, entity_id, changes, request_id)
                    SELECT p_organization, p_user, e.actor, 'ballot.cast', 'resolution', p_resolution::text,
                           jsonb_build_object('memberId', e.member_id, 'castByMemberId', e.member_id) || p_changes, p_request
                      FROM e, b)
                SELECT p.member_id INTO v_member FROM p;
                RETURN v_member;
            END
            $fn$
        `);
  }
}
