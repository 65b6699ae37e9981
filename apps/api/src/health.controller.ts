import {
  Controller,
  Get,
  Inject,
  Logger,
  OnApplicationShutdown,
  Req,
  Res,
  ServiceUnavailableException,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckResult,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { Public } from '@socius/auth';
import { APP_CONFIG, AppConfig, PROBLEM_BASE, RequestContext, redisOptionsFromUrl } from '@socius/core';
import type { Request, Response } from 'express';
import IORedis from 'ioredis';

@ApiTags('health')
@Controller('health')
export class HealthController implements OnApplicationShutdown {
  private readonly logger = new Logger('Health');
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

  /** PostgreSQL and Redis reachable: 200; otherwise 503 (problem+json `/problems/unhealthy`, each part's state in `details`). */
  @Get()
  @Public()
  @HealthCheck()
  async check(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    try {
      return await this.health.check([() => this.db.pingCheck('postgres', { timeout: 2_000 }), () => this.pingRedis()]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      // load balancers probe every few seconds: one warning line naming what is down, no stack trace
      const result = error.getResponse() as HealthCheckResult;
      const down = Object.entries(result.error ?? {}).map(([part, state]) => {
        const message = (state as { message?: unknown }).message;
        return typeof message === 'string' && message ? `${part} (${message.split('\n')[0]})` : part;
      });
      const detail = `Down: ${down.join(', ') || 'shutting down'}.`;
      this.logger.warn(`health check failed: ${detail}`);
      res.status(503).type('application/problem+json').setHeader('Retry-After', '5');
      const requestId = RequestContext.current().requestId ?? (req as { id?: unknown }).id;
      return {
        type: `${PROBLEM_BASE}unhealthy`,
        title: 'Service Unavailable',
        status: 503,
        detail,
        instance: '/health',
        details: result.details,
        ...(requestId ? { requestId: String(requestId) } : {}),
      };
    }
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
