import { loadConfig } from '@socius/core';
import dataSource from '../data-source';
import { pendingSchemaChanges, runMigrationsLocked } from '../migrator';
import { applicationRole } from '../roles';

/** `npm run migration:run` (and `-- --check`: fail when entities and migrations disagree). */
async function main() {
  const check = process.argv.includes('--check');
  const config = loadConfig();
  if (!config.DATABASE_OWNER_URL)
    console.warn('DATABASE_OWNER_URL is not set: migrating as the application role, which will own the tables');
  await dataSource.initialize();
  try {
    const done = await runMigrationsLocked(dataSource, (m) => console.log(m), applicationRole(config));
    console.log(done.length ? `${done.length} migration(s) applied` : 'database schema is up to date');
    if (check) {
      const pending = await pendingSchemaChanges(dataSource);
      if (pending.length) {
        console.error('The entities and the migrations disagree. A migration is missing for:\n' + pending.join(';\n'));
        process.exitCode = 1;
      }
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
