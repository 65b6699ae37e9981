import { Injectable, OnModuleInit, SetMetadata } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';

export const JOB_HANDLER_KEY = 'socius:job-handler';

export interface JobContext {
  outboxId: string;
  organizationId: string | null;
  /** 1 for the first try */
  attempt: number;
  /**
   * `detail` says what the percentage counts (e.g. `{ rowsDone, bytesDone, bytesTotal }`); shown by
   * the jobs API. Recorded beside the job, in order: it resolves at once, even inside a transaction.
   */
  progress(percent: number, detail?: Record<string, unknown>): Promise<void>;
}

export type JobHandlerFn = (payload: Record<string, unknown>, ctx: JobContext) => Promise<unknown>;

/** Marks a provider method as the one handler of a job name. */
export const JobHandler = (name: string) => SetMetadata(JOB_HANDLER_KEY, name);

/** Finds every @JobHandler at boot and refuses to start when a name has two. */
@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly handlers = new Map<string, JobHandlerFn>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const name = this.reflector.get<string | undefined>(JOB_HANDLER_KEY, prototype[method]);
        if (!name) continue;
        if (this.handlers.has(name)) throw new Error(`Job "${name}" has more than one handler`);
        this.handlers.set(name, (prototype[method] as JobHandlerFn).bind(instance));
      }
    }
  }

  get(name: string): JobHandlerFn | undefined {
    return this.handlers.get(name);
  }

  names(): string[] {
    return [...this.handlers.keys()].sort();
  }
}
