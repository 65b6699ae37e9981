/**
 * Writes the API's OpenAPI document to a file, without a server, a database or Redis:
 * `node dist/apps/api/src/cli/openapi.js OUT.json`. Run from the build output: the @nestjs/swagger
 * compiler plugin (nest-cli.json) documents the DTOs there, as in the API that serves /openapi.json.
 * `scripts/openapi.js` builds and runs it (`npm run openapi:lint`, `npm run openapi:client`).
 */
import { NestFactory } from '@nestjs/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { AppModule } from '../app.module';
import { buildOpenApi, OPENAPI_SERVER } from '../openapi';

async function main(out: string) {
  // preview: the module graph and its routes, without instantiating a provider (no database, no Redis)
  const app = await NestFactory.create(AppModule, { preview: true, logger: false, abortOnError: false });
  const document = buildOpenApi(app, OPENAPI_SERVER);
  await app.close();
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  writeFileSync(out, JSON.stringify(document, null, 2) + '\n');
}

const out = process.argv[2];
if (!out) {
  console.error('usage: openapi.js OUT.json');
  process.exit(2);
}
main(out).catch((error) => {
  console.error(error);
  process.exit(1);
});
