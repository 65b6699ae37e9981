import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the minutes of an assembly record besides its votes (issue 15, C. com. R225-106): the day it
 * met, its bureau, the documents submitted and a summary of the debates.
 */
export class MinutesDetails1795749000000 implements MigrationInterface {
  name = 'MinutesDetails1795749000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "assembly_minutes_details" (
                "organization_id" uuid NOT NULL,
                "assembly_id" uuid NOT NULL,
                "meeting_on" date,
                "chair_name" character varying(200),
                "secretary_name" character varying(200),
                "scrutineer_names" character varying(200) array NOT NULL DEFAULT '{}',
                "documents_submitted" character varying(300) array NOT NULL DEFAULT '{}',
                "debates_summary" text,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_8af2feeb31cdc976cab5f9e0b95" PRIMARY KEY ("organization_id", "assembly_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "assembly_minutes_details"
            ADD CONSTRAINT "assembly_minutes_details_assembly_fk" FOREIGN KEY ("assembly_id", "organization_id") REFERENCES "assemblies"("id", "organization_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "assembly_minutes_details" DROP CONSTRAINT "assembly_minutes_details_assembly_fk"
        `);
    await queryRunner.query(`
            DROP TABLE "assembly_minutes_details"
        `);
  }
}
