export interface SendAllOptions<T> {
  items: T[];
  /** recipients already reached by earlier tries of the job, counted in the progress */
  done: number;
  /** all recipients of the job, `done` included */
  total: number;
  /** sends in flight at once */
  concurrency: number;
  /** the job's progress, in percent; called at most every `progressEveryMs` and once at the end */
  progress: (percent: number) => Promise<void>;
  progressEveryMs?: number;
  /** true when it sent, false when there was nothing to send (already sent) */
  send: (item: T) => Promise<boolean>;
}

export interface SendAllResult {
  total: number;
  sent: number;
  skipped: number;
  failed: number;
  /** the first error, when some sends failed */
  error?: string;
}

/** Failures in a row, with nothing sent, after which the run stops: the server is down, not a recipient wrong. */
const GIVE_UP_AFTER = 10;

/**
 * Sends to every item with at most `concurrency` sends in flight, reporting progress as it goes.
 * A failed send does not stop the others (one refused address must not hold back the rest): the
 * failures are counted and the caller fails the job, whose retry sends only what is still unsent.
 * When the first sends all fail, it stops launching new ones.
 */
export async function sendAll<T>(options: SendAllOptions<T>): Promise<SendAllResult> {
  const { items, total, concurrency, send } = options;
  const every = options.progressEveryMs ?? 500;
  const result: SendAllResult = { total, sent: 0, skipped: 0, failed: 0 };
  let next = 0;
  let lastReport = Date.now();
  let reporting: Promise<void> | undefined;
  const percent = () => (total === 0 ? 100 : ((options.done + result.sent + result.skipped) * 100) / total);
  const report = () => {
    if (reporting || Date.now() - lastReport < every) return;
    lastReport = Date.now();
    // progress is best effort: a failed report must not fail the sends
    reporting = options
      .progress(percent())
      .catch(() => undefined)
      .finally(() => (reporting = undefined));
  };
  const lane = async () => {
    while (next < items.length) {
      if (result.failed >= GIVE_UP_AFTER && result.sent === 0) return;
      const item = items[next++];
      try {
        if (await send(item)) result.sent++;
        else result.skipped++;
      } catch (error) {
        result.failed++;
        result.error ??= error instanceof Error ? error.message : String(error);
      }
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  await reporting;
  await options.progress(percent());
  return result;
}
