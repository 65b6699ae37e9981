import cluster, { type Worker } from 'node:cluster';

/** A worker that dies this many times within the window means a broken release, not bad luck: stop. */
const CRASHES_ALLOWED = 5;
const CRASH_WINDOW_MS = 60_000;
const STOP_GRACE_MS = 15_000;

/**
 * The supervisor of `API_WORKERS` API processes sharing one port (the primary hands connections out).
 * A worker that dies is replaced; SIGTERM / SIGINT are passed on to the workers, which finish their
 * requests and close (Nest's shutdown hooks), and the supervisor leaves when they all have.
 */
export function superviseApiWorkers(count: number): void {
  let stopping = false;
  const crashes: number[] = [];
  const fork = (): Worker => cluster.fork();

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    const now = Date.now();
    crashes.push(now);
    while (crashes.length && now - crashes[0] > CRASH_WINDOW_MS) crashes.shift();
    console.error(`API worker ${worker.process.pid} exited (${signal ?? `code ${code}`})`);
    if (crashes.length > CRASHES_ALLOWED) {
      console.error(`API workers died ${crashes.length} times within a minute: stopping`);
      process.exit(1);
    }
    fork();
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    if (!workers.length) process.exit(0);
    for (const worker of workers) worker.process.kill(signal);
    setTimeout(() => process.exit(1), STOP_GRACE_MS).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  for (let i = 0; i < count; i++) fork();
  console.log(`Socius API: ${count} worker processes`);
}
