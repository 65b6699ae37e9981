import { Injectable } from '@nestjs/common';
import { JobContext, JobHandler } from '@socius/jobs';
import { FINALIZE_EXIT_JOB, MembersService } from './members.service';

@Injectable()
export class MembersJobs {
  constructor(private readonly members: MembersService) {}

  /** Runs at the start of the effective day of a resignation. */
  @JobHandler(FINALIZE_EXIT_JOB)
  async finalizeExit(payload: Record<string, unknown>, ctx: JobContext): Promise<{ finalized: boolean }> {
    return { finalized: await this.members.finalizeExit(ctx.organizationId!, String(payload.memberId)) };
  }
}
