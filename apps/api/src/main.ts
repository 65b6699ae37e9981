import { loadConfig } from '@socius/core';
import cluster from 'node:cluster';
import { createApiApp } from './bootstrap';
import { superviseApiWorkers } from './cluster';

async function main() {
  const config = loadConfig();
  if (config.API_WORKERS > 1 && cluster.isPrimary) return superviseApiWorkers(config.API_WORKERS);
  process.env.SOCIUS_APP_NAME ??= 'socius-api';
  const app = await createApiApp();
  await app.listen(config.PORT, config.HOST);
  if (cluster.isPrimary) console.log(`Socius API listening on ${config.PUBLIC_URL} (docs: ${config.PUBLIC_URL}/docs)`);
  else if (cluster.worker?.id === 1)
    console.log(
      `Socius API listening on ${config.PUBLIC_URL} (docs: ${config.PUBLIC_URL}/docs), ${config.API_WORKERS} processes`,
    );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
