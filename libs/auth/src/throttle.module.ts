import { Module } from '@nestjs/common';
import { ThrottleService } from './throttle.service';

/** `ThrottleService` for the modules that limit attempts (one per app: Nest modules are singletons). */
@Module({
  providers: [ThrottleService],
  exports: [ThrottleService],
})
export class ThrottleModule {}
