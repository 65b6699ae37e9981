import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Portable data (issue 19): a member's references on other platforms, and the organization
 * exports (a zip a job builds, kept until it is downloaded or a member is erased).
 */
export class PortableData1795811000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE member_external_refs (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        member_id uuid NOT NULL,
        platform varchar(40) NOT NULL,
        external_id varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT member_external_refs_pkey PRIMARY KEY (id),
        CONSTRAINT member_external_refs_platform_check CHECK (platform ~ '^[a-z0-9][a-z0-9._-]*$'),
        CONSTRAINT member_external_refs_member_fk FOREIGN KEY (organization_id, member_id)
          REFERENCES members(organization_id, id) ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX member_external_refs_platform_key ON member_external_refs (organization_id, platform, external_id)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX member_external_refs_member_key ON member_external_refs (organization_id, member_id, platform)`,
    );
    await queryRunner.query(
      `CREATE TABLE portable_exports (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        requested_by uuid,
        status varchar(20) NOT NULL DEFAULT 'pending',
        file bytea,
        bytes bigint,
        sha256 char(64),
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        CONSTRAINT portable_exports_pkey PRIMARY KEY (id),
        CONSTRAINT portable_exports_status_check CHECK (status IN ('pending', 'ready')),
        CONSTRAINT portable_exports_organization_id_fkey FOREIGN KEY (organization_id)
          REFERENCES organizations(id) ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX portable_exports_organization_idx ON portable_exports (organization_id, created_at)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE portable_exports`);
    await queryRunner.query(`DROP TABLE member_external_refs`);
  }
}
