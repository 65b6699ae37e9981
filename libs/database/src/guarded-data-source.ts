import { Logger } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager, QueryRunner, ReplicationMode } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';

/** The transaction the running code is inside, while it is open. */
const openTransaction = new AsyncLocalStorage<{ open: boolean }>();

/**
 * A second pooled connection asked for by code that holds one in a transaction. With as many such
 * requests at once as the pool has connections, each would wait for another forever.
 */
export class SecondConnectionError extends Error {
  constructor() {
    super(
      "A query asked for a second database connection inside a transaction: run it on the transaction's EntityManager.",
    );
    this.name = 'SecondConnectionError';
  }
}

const logger = new Logger('Database');

/** Throws (logs, in production) when the running code is inside an open transaction. */
export function assertNoOpenTransaction(): void {
  if (!openTransaction.getStore()?.open) return;
  const error = new SecondConnectionError();
  if (process.env.NODE_ENV === 'production') logger.error(error.stack);
  else throw error;
}

/**
 * The application's DataSource: `transaction()` marks the code it runs, and any query that would
 * take another connection from the pool meanwhile (`dataSource.query`, `dataSource.manager`, a
 * repository of the DataSource, a nested `dataSource.transaction`) fails at once instead of waiting.
 */
export class GuardedDataSource extends DataSource {
  override createQueryRunner(mode?: ReplicationMode): QueryRunner {
    assertNoOpenTransaction();
    return super.createQueryRunner(mode);
  }

  override transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;
  override transaction<T>(isolation: IsolationLevel, work: (em: EntityManager) => Promise<T>): Promise<T>;
  override async transaction<T>(
    first: IsolationLevel | ((em: EntityManager) => Promise<T>),
    second?: (em: EntityManager) => Promise<T>,
  ): Promise<T> {
    const work = typeof first === 'function' ? first : second!;
    const isolation = typeof first === 'function' ? undefined : first;
    const mark = { open: true };
    const marked = (em: EntityManager) => openTransaction.run(mark, () => work(em));
    try {
      return await (isolation ? super.transaction(isolation, marked) : super.transaction(marked));
    } finally {
      // work started inside and still running after the commit (a promise not awaited) may connect again
      mark.open = false;
    }
  }
}

/**
 * Runs `work` as if outside any transaction: for a write that must commit on its own while the
 * caller's transaction is open (a job's progress), and that the transaction never waits for.
 */
export function outsideTransaction<T>(work: () => T): T {
  return openTransaction.exit(work);
}
