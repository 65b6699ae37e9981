import { Injectable } from '@nestjs/common';
import { JobHandler } from '../job-handler';
import { Scheduled } from '../schedules/scheduled';
import { StagedUploadsService } from './staged-uploads.service';

export const STAGED_UPLOADS_CLEANUP_JOB = 'jobs.staged-uploads-cleanup';

@Injectable()
export class StagedUploadsJobs {
  constructor(private readonly uploads: StagedUploadsService) {}

  /** Every night: staged files that no job consumed within STAGED_UPLOAD_RETENTION_DAYS go. */
  @JobHandler(STAGED_UPLOADS_CLEANUP_JOB)
  @Scheduled({ pattern: '20 3 * * *' })
  cleanup(): Promise<{ deleted: number }> {
    return this.uploads.cleanup();
  }
}
