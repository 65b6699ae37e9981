import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { cloneTemplate, ownerUrlOf } from './databases';

export interface TestApi {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  db: DataSource;
  close(): Promise<void>;
}

/**
 * Boots the real API on a private clone of the migrated database, with its own queue prefix
 * in Redis. `env` overrides settings for this file; given DATABASE_URL (and DATABASE_OWNER_URL),
 * the API runs on that database instead of a clone (test/support/private-services.ts).
 */
export async function startApi(env: Record<string, string> = {}): Promise<TestApi> {
  process.env.DATABASE_URL = env.DATABASE_URL ?? (await cloneTemplate());
  process.env.DATABASE_OWNER_URL = env.DATABASE_OWNER_URL ?? ownerUrlOf(process.env.DATABASE_URL);
  process.env.QUEUE_PREFIX = `socius-test-${randomBytes(4).toString('hex')}`;
  Object.assign(process.env, env);
  const app = await createApiApp({ logger: process.env.LOG_LEVEL !== 'silent' });
  const server = app.getHttpServer();
  return {
    app,
    http: request(server),
    db: app.get(DataSource),
    close: () => app.close(),
  };
}

/** Boots the worker (relay and processors) on the same database and queue prefix as the API. */
export async function startWorker(env: Record<string, string> = {}): Promise<INestApplicationContext> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    return worker;
  } finally {
    for (const key of Object.keys(env)) process.env[key] = saved[key];
  }
}

let counter = 0;
export const uniqueEmail = (label = 'user') =>
  `${label}.${Date.now().toString(36)}${(counter++).toString(36)}@example.coop`;
export const uniqueSlug = (label = 'coop') => `${label}-${Date.now().toString(36)}${(counter++).toString(36)}`;

export interface TestUser {
  id: string;
  email: string;
  token: string;
  auth: { Authorization: string };
}

/**
 * A new account, signed in with a bearer token. Its address is marked verified (as if its owner had
 * followed the e-mailed link) unless `verified: false`: only verified accounts can be given a role.
 */
export async function signup(api: TestApi, label = 'user', { verified = true } = {}): Promise<TestUser> {
  const email = uniqueEmail(label);
  const res = await api.http
    .post('/v1/auth/signup')
    .send({ email, password: 'correct horse battery', name: `Test ${label}` })
    .expect(201);
  if (verified) await api.db.query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [res.body.user.id]);
  return {
    id: res.body.user.id,
    email,
    token: res.body.accessToken,
    auth: { Authorization: `Bearer ${res.body.accessToken}` },
  };
}

export interface TestOrg {
  id: string;
  slug: string;
  admin: TestUser;
}

export async function createOrg(
  api: TestApi,
  admin?: TestUser,
  overrides: Record<string, unknown> = {},
): Promise<TestOrg> {
  const owner = admin ?? (await signup(api, 'admin'));
  const res = await api.http
    .post('/v1/orgs')
    .set(owner.auth)
    .send({
      name: 'Coop Test',
      slug: uniqueSlug(),
      legalForm: 'SCIC_SAS',
      fiscalYearEnd: '12-31',
      ...overrides,
    })
    .expect(201);
  return { id: res.body.id, slug: res.body.slug, admin: owner };
}

/** A share class to create: its code and nominal; name "Parts {code}" and one share per member at least unless given. */
export type ShareClassSpec = { code: string; nominalCents: number } & Record<string, unknown>;

/** A new organization (`createOrg`) with these share classes. */
export async function createCoop(
  api: TestApi,
  classes: ShareClassSpec[] = [{ code: 'A', nominalCents: 10000 }],
  overrides: Record<string, unknown> = {},
): Promise<TestOrg> {
  const org = await createOrg(api, undefined, overrides);
  for (const c of classes)
    await api.http
      .post(`/v1/orgs/${org.slug}/share-classes`)
      .set(org.admin.auth)
      .send({ name: `Parts ${c.code}`, minPerMember: 1, ...c })
      .expect(201);
  return org;
}

/** A new user with the given role in the organization. */
export async function userWithRole(
  api: TestApi,
  org: TestOrg,
  role: 'admin' | 'accountant' | 'member',
): Promise<TestUser> {
  const user = await signup(api, role);
  await api.http.post(`/v1/orgs/${org.slug}/users`).set(org.admin.auth).send({ email: user.email, role }).expect(201);
  return user;
}

export function expectProblem(res: request.Response, status: number, field?: string): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toEqual(expect.objectContaining({ type: expect.any(String), title: expect.any(String), status }));
  if (field) expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
}

export async function createMember(
  api: TestApi,
  org: TestOrg,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; [k: string]: unknown }> {
  const res = await api.http
    .post(`/v1/orgs/${org.slug}/members`)
    .set(org.admin.auth)
    .send({
      ...(overrides.kind === 'legal_entity'
        ? {}
        : { kind: 'person', firstName: 'Jeanne', lastName: `Martin-${counter++}` }),
      email: uniqueEmail('member'),
      ...overrides,
    });
  if (res.status !== 201) throw new Error(`member not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function admittedMember(api: TestApi, org: TestOrg, overrides: Record<string, unknown> = {}) {
  const member = await createMember(api, org, overrides);
  const res = await api.http
    .post(`/v1/orgs/${org.slug}/members/${member.id}/admit`)
    .set(org.admin.auth)
    .send({ admittedOn: '2026-01-15', decisionRef: 'CA 2026-01' });
  if (res.status !== 200) throw new Error(`member not admitted: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; membershipNumber: number };
}

/**
 * A member holding `quantity` paid-up shares of a class of `nominalCents` (subscribed, approved and
 * paid through the API, so admitted), with an account of role member linked when asked.
 */
export async function paidUpMember(
  api: TestApi,
  org: TestOrg,
  options: {
    shareClassCode?: string;
    nominalCents?: number;
    quantity?: number;
    withAccount?: boolean;
    member?: Record<string, unknown>;
  } = {},
): Promise<{ id: string; user?: TestUser }> {
  const { shareClassCode = 'A', nominalCents = 1000, quantity = 1, withAccount = false } = options;
  const post = (p: string, body: object) => api.http.post(`/v1/orgs/${org.slug}/${p}`).set(org.admin.auth).send(body);
  const member = await createMember(api, org, options.member ?? {});
  const sub = await post('subscriptions', {
    memberId: member.id,
    shareClassCode,
    quantity,
    subscribedOn: '2026-01-02',
  }).expect(201);
  await post(`subscriptions/${sub.body.id}/approve`, { decidedOn: '2026-01-03' }).expect(200);
  await post(`subscriptions/${sub.body.id}/payments`, {
    amountCents: quantity * nominalCents,
    paidOn: '2026-01-04',
    method: 'transfer',
  }).expect(201);
  if (!withAccount) return { id: member.id };
  const user = await signup(api, 'voter');
  await post('users', { email: user.email, role: 'member', memberId: member.id }).expect(201);
  return { id: member.id, user };
}
