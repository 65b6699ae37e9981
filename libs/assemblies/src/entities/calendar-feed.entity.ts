import { Member } from '@socius/members';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A member's personal calendar feed: a secret URL a calendar app polls. One per member; resetting
 * it replaces the secret, so the old URL stops at once. The secret is kept sealed (the portal
 * shows the URL again) and hashed (the feed route finds it without opening anything).
 */
@Entity('calendar_feeds')
@Index('calendar_feeds_org_member_key', ['organizationId', 'memberId'], { unique: true })
@Index('calendar_feeds_secret_hash_key', ['secretHash'], { unique: true })
export class CalendarFeed {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'calendar_feeds_member_fk',
    },
    { name: 'member_id', referencedColumnName: 'id', foreignKeyConstraintName: 'calendar_feeds_member_fk' },
  ])
  member?: Member;

  /** SHA-256 of the URL's secret, hex */
  @Column({ type: 'varchar', length: 64 })
  secretHash: string;

  /** the same secret sealed (SecretBox, bound to the member), to show the URL again */
  @Column({ type: 'text' })
  secretSealed: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
