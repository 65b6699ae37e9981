import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { JobsModule } from '@socius/jobs';
import { MetricsController } from './metrics.controller';
import { Metrics } from './metrics';

/** `/metrics` and the request counters it shows; the API imports it only when METRICS_TOKEN is set. */
@Module({ imports: [JobsModule], controllers: [MetricsController], providers: [Metrics] })
export class MetricsModule implements NestModule {
  constructor(private readonly metrics: Metrics) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(this.metrics.middleware()).forRoutes('*path');
  }
}
