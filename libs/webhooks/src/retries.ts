/** the longest wait between two tries */
export const MAX_RETRY_DELAY_MS = 12 * 3_600_000;

/** The wait after try `attempt` failed: the base, then four times longer each time, at most 12 hours. */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 4 ** (attempt - 1), MAX_RETRY_DELAY_MS);
}
