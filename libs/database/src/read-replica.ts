import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool, type PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@socius/core';
import { appPool } from './pool';

/** After a failed connection the replica is left alone this long: exports go to the primary meanwhile. */
const REPLICA_RETRY_MS = 30_000;
/** How often a lagging replica is asked again how far it has replayed. */
const CATCH_UP_POLL_MS = 20;

/**
 * Where the accountants' exports read: the streaming replica of `DATABASE_REPLICA_URL` when it is
 * set, reachable and caught up, else the primary. Only reads that go out as files use it — never a
 * ballot, a payment or anything a write depends on.
 */
@Injectable()
export class ReadReplica implements OnApplicationShutdown {
  private readonly logger = new Logger('ReadReplica');
  private readonly replica?: Pool;
  private downUntil = 0;

  constructor(
    readonly primary: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    if (config.DATABASE_REPLICA_URL) {
      this.replica = new Pool({
        connectionString: config.DATABASE_REPLICA_URL,
        max: config.DATABASE_REPLICA_POOL_SIZE,
        connectionTimeoutMillis: 2_000,
        application_name: `${process.env.SOCIUS_APP_NAME ?? 'socius'}-replica`,
      });
      this.replica.on('error', () => undefined); // an idle client's broken socket: the next connect() finds out
    }
  }

  /** Connections an export may hold at once: half of the pool it reads from, so others still get one. */
  get exportLimit(): number {
    const max = this.replica ? this.config.DATABASE_REPLICA_POOL_SIZE : (appPool(this.primary).options?.max ?? 10);
    return Math.max(1, Math.floor(max / 2));
  }

  /**
   * A client to read an export with. The replica's once it has replayed the primary's WAL up to
   * where it stands now — so the file holds every write made before it was asked for (the ledger
   * head published with it included) — else the primary's: no replica set, the replica unreachable
   * (not tried again for 30 s) or more than `DATABASE_REPLICA_MAX_LAG_MS` behind.
   */
  async connect(): Promise<{ client: PoolClient; from: 'replica' | 'primary' }> {
    if (this.replica && Date.now() >= this.downUntil) {
      try {
        const client = await this.caughtUpReplica(this.replica);
        if (client) return { client, from: 'replica' };
      } catch (error) {
        this.downUntil = Date.now() + REPLICA_RETRY_MS;
        this.logger.warn(`replica unreachable, exports read the primary: ${(error as Error).message}`);
      }
    }
    return { client: await appPool(this.primary).connect(), from: 'primary' };
  }

  private async caughtUpReplica(replica: Pool): Promise<PoolClient | null> {
    const [{ lsn }]: { lsn: string }[] = await this.primary.query(`SELECT pg_current_wal_insert_lsn()::text AS lsn`);
    const client = await replica.connect();
    try {
      const deadline = Date.now() + this.config.DATABASE_REPLICA_MAX_LAG_MS;
      for (;;) {
        // a server out of recovery (the primary itself, or a standby promoted by a failover) is read as it is
        const { rows } = await client.query<{ caught_up: boolean }>(
          `SELECT NOT pg_is_in_recovery() OR coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) AS caught_up`,
          [lsn],
        );
        if (rows[0].caught_up) return client;
        if (Date.now() >= deadline) {
          this.logger.warn(
            `replica more than ${this.config.DATABASE_REPLICA_MAX_LAG_MS} ms behind, export reads the primary`,
          );
          client.release();
          return null;
        }
        await sleep(CATCH_UP_POLL_MS);
      }
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.replica?.end().catch(() => undefined);
  }
}
