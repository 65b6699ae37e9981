import { loadConfig } from '@socius/core';
import { createApiApp } from './bootstrap';

async function main() {
  const config = loadConfig();
  process.env.SOCIUS_APP_NAME ??= 'socius-api';
  const app = await createApiApp();
  await app.listen(config.PORT, '0.0.0.0');
  console.log(`Socius API listening on ${config.PUBLIC_URL} (docs: ${config.PUBLIC_URL}/docs)`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
