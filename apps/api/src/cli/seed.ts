import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AccountsModule, AccountsService } from '@socius/accounts';
import { AuthModule, AuthService } from '@socius/auth';
import { CoreModule, RequestContext } from '@socius/core';
import { DatabaseModule } from '@socius/database';
import { MembersModule, MembersService } from '@socius/members';
import { OrganizationsModule, OrganizationsService } from '@socius/organizations';
import { RegisterService, SharesModule, SubscriptionsService } from '@socius/shares';

export const DEMO = {
  admin: { email: 'admin@demo.socius.local', password: 'demo-socius-2026', name: 'Camille Admin' },
  accountant: { email: 'compta@demo.socius.local', password: 'demo-socius-2026', name: 'Dominique Compta' },
  /** the account of the first demo member (Hélène Dupré), to see a member's space */
  member: { email: 'membre1@demo.socius.local', password: 'demo-socius-2026', name: 'Hélène Dupré' },
  organization: {
    name: 'Coopérative Démo',
    slug: 'demo',
    legalForm: 'SCIC_SAS' as const,
    fiscalYearEnd: '12-31',
    minimumCapitalCents: 100_000,
    siren: '732829320',
    address: '12 rue des Coopératives, 69001 Lyon',
    rcsCity: 'Lyon',
    legalRepresentativeName: 'Camille Admin',
    legalRepresentativeTitle: 'Présidente',
  },
};

@Module({
  imports: [CoreModule, DatabaseModule, AuthModule, AccountsModule, OrganizationsModule, MembersModule, SharesModule],
})
class SeedModule {}

const DEMO_MEMBERS = [
  { kind: 'person' as const, firstName: 'Hélène', lastName: 'Dupré', college: 'USAGERS', shares: 4 },
  { kind: 'person' as const, firstName: 'Łukasz', lastName: 'Wałęsa', college: 'USAGERS', shares: 2 },
  { kind: 'person' as const, firstName: 'Amadou', lastName: 'Diallo', college: 'SALARIES', shares: 10 },
  { kind: 'person' as const, firstName: 'Sophie', lastName: 'Martin', college: 'SALARIES', shares: 6 },
  { kind: 'legal_entity' as const, companyName: 'Mairie de Villeurbanne', college: 'PARTENAIRES', shares: 40 },
  { kind: 'legal_entity' as const, companyName: 'Coopérative Solaire du Rhône', college: 'PARTENAIRES', shares: 20 },
];

/**
 * Colleges, a share class and members holding paid-up shares, through the same services as the API;
 * answers the first member's id.
 */
async function seedRegister(
  app: import('@nestjs/common').INestApplicationContext,
  ctx: import('@socius/auth').OrgContext,
): Promise<string> {
  const members = app.get(MembersService);
  const register = app.get(RegisterService);
  const subscriptions = app.get(SubscriptionsService);
  for (const [code, name, weightPercent] of [
    ['USAGERS', 'Usagers', 40],
    ['SALARIES', 'Salariés', 30],
    ['PARTENAIRES', 'Partenaires', 30],
  ] as const) {
    await members.createCollege(ctx, { code, name, weightPercent });
  }
  await register.createClass(ctx, { code: 'A', name: 'Parts sociales', nominalCents: 5_000, minPerMember: 1 });
  const ids: string[] = [];
  for (const [i, m] of DEMO_MEMBERS.entries()) {
    const { shares, college, ...identity } = m;
    const member = await members.create(ctx, {
      ...identity,
      collegeCode: college,
      email: `membre${i + 1}@demo.socius.local`,
      eConsent: true,
      externalRef: `DEMO-${i + 1}`,
    });
    ids.push(member.id);
    const sub = await subscriptions.create(ctx, {
      memberId: member.id,
      shareClassCode: 'A',
      quantity: shares,
      subscribedOn: '2026-01-05',
    });
    await subscriptions.approve(ctx, sub.id, { decidedOn: '2026-01-12', decisionRef: 'CA du 12 janvier 2026' });
    await subscriptions.pay(ctx, sub.id, {
      amountCents: shares * 5_000,
      paidOn: '2026-01-20',
      method: 'transfer',
      reference: `VIR-DEMO-${i + 1}`,
    });
  }
  return ids[0];
}

/** Seeds a demo cooperative through the same services the API uses; safe to run again. */
async function main() {
  const app = await NestFactory.createApplicationContext(SeedModule, { logger: ['error', 'warn'] });
  const auth = app.get(AuthService);
  const organizations = app.get(OrganizationsService);
  await RequestContext.run({ actor: 'seed' }, async () => {
    const accounts = app.get(AccountsService);
    const admin = (await auth.findByEmail(DEMO.admin.email)) ?? (await accounts.createVerified(DEMO.admin));
    const accountant =
      (await auth.findByEmail(DEMO.accountant.email)) ?? (await accounts.createVerified(DEMO.accountant));
    if (!(await organizations.findBySlug(DEMO.organization.slug))) {
      const org = await organizations.create(DEMO.organization, admin.id);
      const ctx = { organizationId: org.id, slug: org.slug, role: 'admin' as const, userId: admin.id, memberId: null };
      await organizations.grantRole(ctx, { email: accountant.email, role: 'accountant' });
      const memberId = await seedRegister(app, ctx);
      const member = (await auth.findByEmail(DEMO.member.email)) ?? (await accounts.createVerified(DEMO.member));
      await organizations.grantRole(ctx, { email: member.email, role: 'member', memberId });
    }
  });
  await app.close();
  console.log(
    [
      '',
      `Demo cooperative "${DEMO.organization.name}" (slug: ${DEMO.organization.slug})`,
      `  admin:      ${DEMO.admin.email} / ${DEMO.admin.password}`,
      `  accountant: ${DEMO.accountant.email} / ${DEMO.accountant.password}`,
      `  member:     ${DEMO.member.email} / ${DEMO.member.password}`,
      '',
    ].join('\n'),
  );
}

main().catch((error) => {
  new Logger('seed').error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
