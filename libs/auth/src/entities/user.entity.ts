import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('users')
@Check('users_totp_check', `"totp_enabled_at" IS NULL OR "totp_secret" IS NOT NULL`)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased: one account per address whatever its capitalisation. */
  @Index('users_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, select: false })
  passwordHash: string;

  /** When the owner of the address followed the verification link; until then no role can be given. */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /**
   * The authenticator app's secret (TOTP, RFC 6238), sealed with AES-256-GCM (secret-box.ts): it
   * must be read back, so it cannot be hashed. Pending from `totp/setup` until `totpEnabledAt`.
   */
  @Column({ type: 'varchar', length: 200, nullable: true, select: false })
  totpSecret: string | null;

  /** When two-factor sign-in was turned on; null: the password alone signs in. */
  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The time step of the last code accepted: a code, and any earlier one, is good once. */
  @Column({ type: 'integer', nullable: true, select: false })
  totpLastStep: number | null;

  /** SHA-256 (hex) of the recovery codes not used yet; a used one is removed. */
  @Column({ type: 'varchar', length: 64, array: true, nullable: true, select: false })
  totpRecoveryCodeHashes: string[] | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
