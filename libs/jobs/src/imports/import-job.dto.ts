import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** `?async=` of the CSV imports; absent, the file's size decides (IMPORT_SYNC_MAX_BYTES). */
export class AsyncImportQuery {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: '`true`: answer 202 at once and import in a job; `false`: import in the request whatever the size',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'async must be true or false' })
  async?: 'true' | 'false';
}

/** The 202 answer of an import run as a job. */
export class AcceptedJobDto {
  @ApiProperty({ format: 'uuid', description: 'the job to poll: `GET /v1/orgs/{slug}/jobs/{jobId}`' })
  jobId: string;

  @ApiProperty({ enum: ['pending'] })
  status: 'pending';

  @ApiProperty({ description: 'the same path as the `Location` header', example: '/v1/orgs/demo/jobs/0b4c…' })
  location: string;
}
