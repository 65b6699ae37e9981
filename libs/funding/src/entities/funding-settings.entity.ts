import { Organization } from '@socius/organizations';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * What the tax receipt for donations (cerfa 11580) needs: whether the organization may issue it
 * — only an association of general interest, never a SCIC or SCOP — its object and who signs.
 */
@Entity('funding_settings')
export class FundingSettings {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @OneToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'funding_settings_organization_fk' })
  organization?: Organization;

  /** the organization declares it is of general interest (CGI art. 200 and 238 bis) */
  @Column({ type: 'boolean', default: false })
  taxReceiptsEligible: boolean;

  /** the object of the association, printed on the tax receipt */
  @Column({ type: 'varchar', length: 500, nullable: true })
  purpose: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  signatoryName: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  signatoryTitle: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
