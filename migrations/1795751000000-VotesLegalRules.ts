import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The legal rules of cooperative votes (issue 15): a member's kind of associate (loi 47-1775 art.
 * 3 bis) and SCIC category (art. 19 septies); the organization's majority base and electorate
 * option; each resolution's statute amendment flag, majority base and vote caps; the associate class
 * of each elector and ballot, which the art. 3 bis caps weigh.
 */
export class VotesLegalRules1795751000000 implements MigrationInterface {
  name = 'VotesLegalRules1795751000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "members" ADD "associate_type" varchar(20) NOT NULL DEFAULT 'cooperator', ADD "cooperative_society" boolean NOT NULL DEFAULT false, ADD "scic_category" varchar(20)`,
    );
    await queryRunner.query(
      `ALTER TABLE "members" ADD CONSTRAINT "members_associate_type_check" CHECK ("associate_type" IN ('cooperator', 'non_cooperator'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "members" ADD CONSTRAINT "members_scic_category_check" CHECK ("scic_category" IS NULL OR "scic_category" IN ('employee', 'producer', 'beneficiary', 'volunteer', 'public_body', 'other'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "organizations" ADD "majority_base" varchar(30), ADD "fully_paid_shares_only" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "organizations" ADD CONSTRAINT "organizations_majority_base_check" CHECK ("majority_base" IS NULL OR "majority_base" IN ('expressed', 'present_or_represented', 'sarl'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "resolutions" ADD "amends_statutes" boolean NOT NULL DEFAULT false, ADD "majority_base" varchar(30) NOT NULL DEFAULT 'expressed', ADD "vote_caps" jsonb`,
    );
    await queryRunner.query(
      `ALTER TABLE "resolutions" ADD CONSTRAINT "resolutions_majority_base_check" CHECK ("majority_base" IN ('expressed', 'present_or_represented', 'sarl'))`,
    );
    for (const table of ['resolution_electors', 'ballots']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "associate_class" varchar(20) NOT NULL DEFAULT 'cooperator'`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_associate_class_check" CHECK ("associate_class" IN ('cooperator', 'non_cooperator_coop', 'non_cooperator'))`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['resolution_electors', 'ballots']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_associate_class_check"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "associate_class"`);
    }
    await queryRunner.query(`ALTER TABLE "resolutions" DROP CONSTRAINT "resolutions_majority_base_check"`);
    await queryRunner.query(
      `ALTER TABLE "resolutions" DROP COLUMN "vote_caps", DROP COLUMN "majority_base", DROP COLUMN "amends_statutes"`,
    );
    await queryRunner.query(`ALTER TABLE "organizations" DROP CONSTRAINT "organizations_majority_base_check"`);
    await queryRunner.query(
      `ALTER TABLE "organizations" DROP COLUMN "fully_paid_shares_only", DROP COLUMN "majority_base"`,
    );
    await queryRunner.query(`ALTER TABLE "members" DROP CONSTRAINT "members_scic_category_check"`);
    await queryRunner.query(`ALTER TABLE "members" DROP CONSTRAINT "members_associate_type_check"`);
    await queryRunner.query(
      `ALTER TABLE "members" DROP COLUMN "scic_category", DROP COLUMN "cooperative_society", DROP COLUMN "associate_type"`,
    );
  }
}
