import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuthModule, AuthService } from '@socius/auth';
import { CoreModule, RequestContext } from '@socius/core';
import { DatabaseModule } from '@socius/database';
import { OrganizationsModule, OrganizationsService } from '@socius/organizations';

export const DEMO = {
  admin: { email: 'admin@demo.socius.local', password: 'demo-socius-2026', name: 'Camille Admin' },
  accountant: { email: 'compta@demo.socius.local', password: 'demo-socius-2026', name: 'Dominique Compta' },
  organization: {
    name: 'Coopérative Démo',
    slug: 'demo',
    legalForm: 'SCIC_SAS' as const,
    fiscalYearEnd: '12-31',
    minimumCapitalCents: 100_000,
    siren: '732829320',
    address: '12 rue des Coopératives, 69001 Lyon',
  },
};

@Module({ imports: [CoreModule, DatabaseModule, AuthModule, OrganizationsModule] })
class SeedModule {}

/** Seeds a demo cooperative through the same services the API uses; safe to run again. */
async function main() {
  const app = await NestFactory.createApplicationContext(SeedModule, { logger: ['error', 'warn'] });
  const auth = app.get(AuthService);
  const organizations = app.get(OrganizationsService);
  await RequestContext.run({ actor: 'seed' }, async () => {
    const admin = (await auth.findByEmail(DEMO.admin.email)) ?? (await auth.signup(DEMO.admin)).user;
    const accountant = (await auth.findByEmail(DEMO.accountant.email)) ?? (await auth.signup(DEMO.accountant)).user;
    if (!(await organizations.findBySlug(DEMO.organization.slug))) {
      const org = await organizations.create(DEMO.organization, admin.id);
      const ctx = { organizationId: org.id, slug: org.slug, role: 'admin' as const, userId: admin.id, memberId: null };
      await organizations.grantRole(ctx, { email: accountant.email, role: 'accountant' });
    }
  });
  await app.close();
  console.log(
    [
      '',
      `Demo cooperative "${DEMO.organization.name}" (slug: ${DEMO.organization.slug})`,
      `  admin:      ${DEMO.admin.email} / ${DEMO.admin.password}`,
      `  accountant: ${DEMO.accountant.email} / ${DEMO.accountant.password}`,
      '',
    ].join('\n'),
  );
}

main().catch((error) => {
  new Logger('seed').error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
