import { MigrationInterface, QueryRunner } from 'typeorm';

/** Share certificates, subscription receipts, IR-PME tax statements and capital statements join the registry. */
export class CertificateDocumentKinds1795655000000 implements MigrationInterface {
  name = 'CertificateDocumentKinds1795655000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "documents" DROP CONSTRAINT "documents_kind_check"
        `);
    await queryRunner.query(`
            ALTER TABLE "documents"
            ADD CONSTRAINT "documents_kind_check" CHECK (
                    "kind" IN (
                        'resolution_minutes',
                        'assembly_minutes',
                        'share_certificate',
                        'subscription_receipt',
                        'tax_certificate',
                        'capital_statement'
                    )
                )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "documents" DROP CONSTRAINT "documents_kind_check"
        `);
    await queryRunner.query(`
            ALTER TABLE "documents"
            ADD CONSTRAINT "documents_kind_check" CHECK ("kind" IN ('resolution_minutes', 'assembly_minutes'))
        `);
  }
}
