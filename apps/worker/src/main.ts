import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@socius/core';
import { JobHandlerRegistry } from '@socius/jobs';
import { WorkerModule } from './worker.module';

async function main() {
  loadConfig();
  process.env.SOCIUS_APP_NAME ??= 'socius-worker';
  const app = await NestFactory.createApplicationContext(WorkerModule, { abortOnError: false });
  app.enableShutdownHooks();
  console.log(`Socius worker running; jobs: ${app.get(JobHandlerRegistry).names().join(', ')}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
