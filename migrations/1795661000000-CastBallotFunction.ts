import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A member's own first ballot in one call (see VotingService.castAtOnce): the voter (a member, or
 * the holder of a voting code), the electorate and the opening checked, then the participation,
 * the ballot and the audit entry written, all in one statement. A function, so that its plan is
 * made once per connection and kept (generic): planning this statement anew for each ballot cost
 * PostgreSQL about as much as running it.
 */
export class CastBallotFunction1795661000000 implements MigrationInterface {
  name = 'CastBallotFunction1795661000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE FUNCTION socius_cast_ballot(
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

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION socius_cast_ballot`);
  }
}
