import { Injectable } from '@nestjs/common';
import { JobContext, JobHandler } from '@socius/jobs';
import { CLOSE_RESOLUTION_JOB, OPEN_RESOLUTION_JOB } from './assemblies.service';
import { ResolutionLifecycleService } from './resolution-lifecycle.service';

/** Resolutions open and close on time by themselves; a resolution already opened or closed by hand is left as is. */
@Injectable()
export class AssembliesJobs {
  constructor(private readonly lifecycle: ResolutionLifecycleService) {}

  @JobHandler(OPEN_RESOLUTION_JOB)
  async open(payload: Record<string, unknown>, ctx: JobContext): Promise<{ status: string }> {
    return { status: (await this.lifecycle.open(ctx.organizationId!, String(payload.resolutionId), false)).status };
  }

  @JobHandler(CLOSE_RESOLUTION_JOB)
  async close(payload: Record<string, unknown>, ctx: JobContext): Promise<{ status: string; outcome: string | null }> {
    const r = await this.lifecycle.close(ctx.organizationId!, String(payload.resolutionId), false);
    return { status: r.status, outcome: r.outcome };
  }
}
