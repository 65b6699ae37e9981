import { ApiProperty } from '@nestjs/swagger';
import { JOB_STATUSES } from './queues';
import type { JobStatus } from './queues';

/** A background job as `GET /v1/orgs/{slug}/jobs/{id}` shows it. */
export class JobViewDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'members.import' })
  name: string;

  @ApiProperty({ enum: JOB_STATUSES })
  status: JobStatus;

  @ApiProperty({ minimum: 0, maximum: 100 })
  progress: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'what the progress counts, when the job says (an import: `rowsDone`, `bytesDone`, `bytesTotal`)',
  })
  progressDetail: Record<string, unknown> | null;

  @ApiProperty({ description: 'tries so far (5 at most)' })
  attempts: number;

  @ApiProperty({ type: String, nullable: true, description: 'the last failure, until the job completes' })
  error: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description:
      "what the job answered; an import: the synchronous route's answer, or `{ problem }` (the problem+json it would have answered) when it failed",
  })
  result: Record<string, unknown> | null;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty({ type: Date, nullable: true })
  finishedAt: Date | null;
}
