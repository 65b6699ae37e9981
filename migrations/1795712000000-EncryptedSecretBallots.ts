import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Secret ballots encrypted (docs/ballot-secrecy.md): a secret ballot keeps no clear choice but its
 * `ciphertext` (AES-256-GCM: nonce ‖ ciphertext ‖ tag, under a key per resolution derived from the
 * server's BALLOT_SECRET, stored nowhere), and its Merkle leaf hashes it instead of the choice. An
 * open ballot keeps its clear choice; a ballot has exactly one of the two.
 *
 * Secret ballots written before this migration keep their clear choice (their leaves, already
 * sealed for a closed resolution, hash it): the close of a resolution still open counts both kinds.
 */
export class EncryptedSecretBallots1795712000000 implements MigrationInterface {
  name = 'EncryptedSecretBallots1795712000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ballots" ADD "ciphertext" bytea`);
    await queryRunner.query(`ALTER TABLE "ballots" ALTER COLUMN "choice" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "ballots" ADD CONSTRAINT "ballots_choice_or_ciphertext_check" CHECK (("choice" IS NULL) <> ("ciphertext" IS NULL))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "ballots_choice_or_ciphertext_check"`);
    await queryRunner.query(`DELETE FROM "ballots" WHERE "choice" IS NULL`);
    await queryRunner.query(`ALTER TABLE "ballots" ALTER COLUMN "choice" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP COLUMN "ciphertext"`);
  }
}
