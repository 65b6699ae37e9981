import { Controller, Get, Inject, OnApplicationShutdown } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@socius/auth';
import { APP_CONFIG, AppConfig, redisOptionsFromUrl } from '@socius/core';
import IORedis from 'ioredis';

@ApiTags('health')
@Controller('health')
export class HealthController implements OnApplicationShutdown {
  private readonly redis: IORedis;

  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.redis = new IORedis({
      ...redisOptionsFromUrl(config.REDIS_URL),
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
    });
    this.redis.on('error', () => undefined);
  }

  /** PostgreSQL and Redis reachable: 200; otherwise 503 with the failing part. */
  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.health.check([() => this.db.pingCheck('postgres', { timeout: 2_000 }), () => this.pingRedis()]);
  }

  private async pingRedis() {
    const indicator = this.indicators.check('redis');
    try {
      if (this.redis.status === 'wait' || this.redis.status === 'end')
        await this.redis.connect().catch(() => undefined);
      await Promise.race([
        this.redis.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1_000)),
      ]);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
