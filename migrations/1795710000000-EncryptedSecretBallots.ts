import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Secret ballots encrypted (docs/ballot-secrecy.md): a secret ballot keeps no clear choice but one
 * ElGamal ciphertext per option (`ciphertexts`, 64 bytes each), and its Merkle leaf hashes them
 * instead of the choice; a secret resolution keeps the public key its ballots are encrypted with
 * (the private key is derived from the server's BALLOT_SECRET, never stored). An open ballot keeps
 * its clear choice; a ballot has exactly one of the two.
 *
 * Secret ballots written before this migration keep their clear choice (their leaves, already
 * sealed for a closed resolution, hash it): the close of a resolution still open counts both kinds.
 */
export class EncryptedSecretBallots1795710000000 implements MigrationInterface {
  name = 'EncryptedSecretBallots1795710000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "resolutions" ADD "ballot_public_key" character(64)`);
    await queryRunner.query(`ALTER TABLE "ballots" ADD "ciphertexts" bytea`);
    await queryRunner.query(`ALTER TABLE "ballots" ALTER COLUMN "choice" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "ballots" ADD CONSTRAINT "ballots_choice_or_ciphertexts_check" CHECK (("choice" IS NULL) <> ("ciphertexts" IS NULL))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "ballots_choice_or_ciphertexts_check"`);
    await queryRunner.query(`DELETE FROM "ballots" WHERE "choice" IS NULL`);
    await queryRunner.query(`ALTER TABLE "ballots" ALTER COLUMN "choice" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP COLUMN "ciphertexts"`);
    await queryRunner.query(`ALTER TABLE "resolutions" DROP COLUMN "ballot_public_key"`);
  }
}
