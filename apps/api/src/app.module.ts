import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { AuditModule } from '@socius/audit';
import { AccessGuard, AuthModule } from '@socius/auth';
import {
  APP_CONFIG,
  AppConfig,
  CoreModule,
  IdempotencyInterceptor,
  ProblemDetailsFilter,
  RequestContext,
} from '@socius/core';
import { DatabaseModule } from '@socius/database';
import { JobsModule, QueueDashboardModule } from '@socius/jobs';
import { MembersModule } from '@socius/members';
import { SharesModule } from '@socius/shares';
import { AssembliesModule } from '@socius/assemblies';
import { ExportsModule } from '@socius/exports';
import { DocumentsModule } from '@socius/documents';
import { ConvocationsModule } from '@socius/convocations';
import { FundingModule } from '@socius/funding';
import { PaymentsModule } from '@socius/payments';
import { WebhooksModule } from '@socius/webhooks';
import { PortabilityModule } from '@socius/portability';
import { SsoModule } from '@socius/sso';
import { OrganizationsModule } from '@socius/organizations';
import { AccountsModule } from '@socius/accounts';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { DashboardModule } from './dashboard/dashboard.module';
import { HealthController } from './health.controller';
import { MetricsModule } from './metrics/metrics.module';

@Module({
  imports: [
    CoreModule,
    DiscoveryModule,
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          genReqId: (req: IncomingMessage, res) => {
            const given = req.headers['x-request-id'];
            const id = typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
            res.setHeader('X-Request-Id', id);
            return id;
          },
          // a request is logged by its id, method, URL and client address, never its headers: no
          // token, voting code or cookie can reach the logs (and no redaction to run per request)
          serializers: {
            req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url,
              remoteAddress: req.remoteAddress,
            }),
          },
          customProps: () => ({ userId: RequestContext.current().userId }),
          autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
        },
      }),
    }),
    DatabaseModule,
    // a failing probe is logged once, by HealthController, on one line
    TerminusModule.forRoot({ logger: false }),
    AuthModule,
    AuditModule,
    JobsModule,
    OrganizationsModule,
    AccountsModule,
    MembersModule,
    SharesModule,
    AssembliesModule,
    ExportsModule,
    DocumentsModule,
    ConvocationsModule,
    FundingModule,
    PaymentsModule,
    PortabilityModule,
    WebhooksModule,
    SsoModule,
    DashboardModule,
    QueueDashboardModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
})
export class AppModule implements NestModule {
  /** The API with the modules its settings turn on: /metrics when METRICS_TOKEN is set. */
  static forConfig(config: Pick<AppConfig, 'METRICS_TOKEN'>): DynamicModule {
    return { module: AppModule, imports: config.METRICS_TOKEN ? [MetricsModule] : [] };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply((req: IncomingMessage & { id?: string; ip?: string }, _res: unknown, next: () => void) =>
        RequestContext.run({ requestId: req.id ? String(req.id) : undefined, ip: req.ip }, next),
      )
      .forRoutes('*path');
  }
}
