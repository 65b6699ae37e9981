import { Injectable } from '@nestjs/common';
import { JobContext, JobHandler } from '@socius/jobs';
import {
  ExportResult,
  ImportResult,
  PORTABLE_EXPORT_JOB,
  PORTABLE_IMPORT_JOB,
  PortabilityService,
} from './portability.service';

@Injectable()
export class PortabilityJobs {
  constructor(private readonly portability: PortabilityService) {}

  @JobHandler(PORTABLE_EXPORT_JOB)
  export(payload: Record<string, unknown>, ctx: JobContext): Promise<ExportResult> {
    return this.portability.runExport(payload, ctx);
  }

  @JobHandler(PORTABLE_IMPORT_JOB)
  import(payload: Record<string, unknown>, ctx: JobContext): Promise<ImportResult> {
    return this.portability.runImport(payload, ctx);
  }
}
