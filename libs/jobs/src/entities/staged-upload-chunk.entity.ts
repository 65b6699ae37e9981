import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { StagedUploadRecord } from './staged-upload.entity';

/** A megabyte of a staged file, in order. */
@Entity('staged_upload_chunks')
export class StagedUploadChunk {
  @ForeignKey(() => StagedUploadRecord, { name: 'staged_upload_chunks_upload_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'uuid' })
  uploadId: string;

  @PrimaryColumn({ type: 'int' })
  seq: number;

  @Column({ type: 'bytea' })
  data: Buffer;
}
