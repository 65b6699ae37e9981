import { Injectable } from '@nestjs/common';
import { JobContext, JobHandler, StagedUploadsService } from '@socius/jobs';
import { ImportResult, MEMBERS_IMPORT_JOB, MembersImport } from './members.import';
import { FINALIZE_EXIT_JOB, MembersService } from './members.service';

@Injectable()
export class MembersJobs {
  constructor(
    private readonly members: MembersService,
    private readonly importer: MembersImport,
    private readonly uploads: StagedUploadsService,
  ) {}

  /** Runs at the start of the effective day of a resignation. */
  @JobHandler(FINALIZE_EXIT_JOB)
  async finalizeExit(payload: Record<string, unknown>, ctx: JobContext): Promise<{ finalized: boolean }> {
    return { finalized: await this.members.finalizeExit(ctx.organizationId!, String(payload.memberId)) };
  }

  /** A members CSV too large (or asked) to import in its request: the same import, on the staged file. */
  @JobHandler(MEMBERS_IMPORT_JOB)
  import(payload: Record<string, unknown>, ctx: JobContext): Promise<ImportResult> {
    return this.uploads.run(payload, ctx, (upload, input, hooks) =>
      this.importer.run({ organizationId: upload.organizationId }, input, hooks),
    );
  }
}
