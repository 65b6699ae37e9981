import { ThrottleService } from '@socius/auth';
import { APP_CONFIG, AppConfig, DomainError, ProblemBody } from '@socius/core';
import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { expectProblem, paidUpMember, startApi, startWorker, TestApi, uniqueEmail } from '../support/app';
import { startSmtp } from '../support/smtp';
import { motion, votingCoop } from '../assemblies/support';

// Small limits so that a test reaches them. The fixtures sign up (at most 3) from 127.0.0.1; the
// tests count on addresses of their own, forwarded by the trusted loopback proxy.
const LIMITS = {
  TRUST_PROXY: 'loopback',
  LOGIN_RATE_LIMIT: '5',
  ACCOUNT_LOCK_FAILURES: '3',
  ACCOUNT_LOCK_MINUTES: '15',
  SIGNUP_RATE_LIMIT: '3',
  RESET_RATE_LIMIT: '4',
  RESET_RATE_LIMIT_PER_EMAIL: '2',
  VOTING_CODE_FAILURE_LIMIT: '3',
};

/** The 429 problem a throttled call throws, as the API would answer it. */
async function refusal(attempt: Promise<unknown>): Promise<ProblemBody & { retryAfterSeconds: number }> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  const problem = (error as DomainError).toProblem();
  expect(problem).toEqual(
    expect.objectContaining({
      status: 429,
      type: '/problems/too-many-attempts',
      retryAfterSeconds: expect.any(Number),
    }),
  );
  return problem as ProblemBody & { retryAfterSeconds: number };
}

describe('throttling, counted in Redis', () => {
  let api: TestApi; // two API processes sharing Redis, as with API_WORKERS=2 or two replicas
  let other: TestApi;
  let throttle: ThrottleService;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let worker: INestApplicationContext;
  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({ ...LIMITS, SMTP_URL: smtp.url });
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
    const { QUEUE_PREFIX } = api.app.get<AppConfig>(APP_CONFIG);
    other = await startApi({ ...LIMITS, QUEUE_PREFIX });
    throttle = api.app.get(ThrottleService);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await other?.close();
    await smtp?.close();
  });

  /** A wrong (or right) voting code on `on`, from `address` as the trusted proxy forwards it. */
  const byCode = (on: TestApi, slug: string, resolutionId: string, code: string, address: string) =>
    on.http
      .post(`/v1/orgs/${slug}/resolutions/${resolutionId}/ballots`)
      .set({ 'X-Voting-Code': code, 'X-Forwarded-For': address })
      .send({ choice: 'for' });

  it('locks an account after ACCOUNT_LOCK_FAILURES failed sign-ins from any addresses, and says until when', async () => {
    const email = uniqueEmail('victim');
    // three wrong passwords, each from another address
    for (const address of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) await throttle.beforeSignIn(email, address);
    const asked = Date.now();
    // the next attempt, from a fresh address and whatever its password, is refused before it is checked
    const locked = await refusal(throttle.beforeSignIn(` ${email.toUpperCase()}`, '198.51.100.4'));
    expect(locked.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(locked.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    const until = Date.parse(/try again after (\S+Z)/.exec(locked.detail!)![1]);
    expect(until).toBeGreaterThanOrEqual(asked + 14 * 60_000);
    expect(until).toBeLessThanOrEqual(Date.now() + 15 * 60_000 + 1000);
    // the lock holds on the other API process too
    await refusal(other.app.get(ThrottleService).beforeSignIn(email, '198.51.100.5'));
    // the addresses the guesses came from are not locked out of other accounts
    await throttle.beforeSignIn(uniqueEmail('neighbour'), '198.51.100.1');
  });

  it('forgets the failed sign-ins of an account once it signs in', async () => {
    const email = uniqueEmail('forgetful');
    await throttle.beforeSignIn(email, '198.51.100.20');
    await throttle.beforeSignIn(email, '198.51.100.20');
    await throttle.beforeSignIn(email, '198.51.100.20');
    await throttle.signInSucceeded(email); // the third was the right password
    for (let i = 0; i < 3; i++) await throttle.beforeSignIn(email, '198.51.100.21');
    await refusal(throttle.beforeSignIn(email, '198.51.100.21'));
  });

  it('limits sign-in attempts per client address across all accounts, an IPv6 /64 counting as one address', async () => {
    for (let i = 0; i < 5; i++) await throttle.beforeSignIn(uniqueEmail('sprayed'), '192.0.2.10');
    const sprayed = await refusal(throttle.beforeSignIn(uniqueEmail('sprayed'), '192.0.2.10'));
    expect(sprayed.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(sprayed.detail).toMatch(/from this address/);
    await throttle.beforeSignIn(uniqueEmail('elsewhere'), '192.0.2.11'); // another address is not concerned

    for (let i = 1; i <= 5; i++) await throttle.beforeSignIn(uniqueEmail('sprayed'), `2001:db8:5:5::${i}`);
    await refusal(throttle.beforeSignIn(uniqueEmail('sprayed'), '2001:db8:5:5:ffff::6'));
  });

  it('limits sign-ups per address, and password-reset requests per address and per e-mail', async () => {
    for (let i = 0; i < 3; i++) await throttle.consume('signup', '192.0.2.30');
    await refusal(throttle.consume('signup', '192.0.2.30'));
    await throttle.consume('signup', '192.0.2.31');

    // one e-mail: two resets an hour, whatever the addresses asking
    const email = uniqueEmail('reset');
    await throttle.consume('password-reset', '192.0.2.40', email);
    await throttle.consume('password-reset', '192.0.2.41', email.toUpperCase());
    const perEmail = await refusal(throttle.consume('password-reset', '192.0.2.42', email));
    expect(perEmail.retryAfterSeconds).toBeGreaterThan(59 * 60);
    // one address: four an hour, whatever the e-mails
    for (let i = 0; i < 4; i++) await throttle.consume('password-reset', '192.0.2.43', uniqueEmail('reset'));
    await refusal(throttle.consume('password-reset', '192.0.2.43', uniqueEmail('reset')));
  });

  it('answers a voting-code guesser 429 with Retry-After past the limit, while valid codes from the same address still vote', async () => {
    const c = await votingCoop(api);
    const alice = await paidUpMember(api, c.org, { member: { eConsent: true } });
    const bob = await paidUpMember(api, c.org, { member: { eConsent: true } });
    const assembly = await c
      .post('assemblies', { title: 'AG', kind: 'permanent', weighting: 'per_member', secret: true })
      .expect(201);
    const resolution = await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201);
    await c.post(`resolutions/${resolution.body.id}/open`, {}).expect(200);
    const codes = await c.codes(smtp, assembly.body.id);
    const codeOf = (member: { id: string }) => codes.get(member.id)!;
    const guess = (i: number, address = '203.0.113.5') =>
      byCode(api, c.org.slug, resolution.body.id, `guess-${i}`, address);

    for (let i = 0; i < 3; i++) expectProblem(await guess(i), 401);
    const limited = await guess(3);
    expectProblem(limited, 429);
    expect(limited.body.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.body.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(limited.headers['retry-after']).toBe(String(limited.body.retryAfterSeconds));

    // a voter behind the same address: the one-statement path, then the step-by-step one (with a key)
    await byCode(api, c.org.slug, resolution.body.id, codeOf(alice), '203.0.113.5').expect(201);
    await byCode(api, c.org.slug, resolution.body.id, codeOf(bob), '203.0.113.5')
      .set('Idempotency-Key', 'bob-1')
      .expect(201);
    expect(
      (await api.db.query(`SELECT count(*)::int AS n FROM ballots WHERE resolution_id = $1`, [resolution.body.id]))[0]
        .n,
    ).toBe(2);
    expectProblem(await guess(4), 429); // the guesser is still refused
    expectProblem(await guess(5, '203.0.113.6'), 401); // another address is not
  });

  it('shares the counts between API processes: guesses spread over both are counted together', async () => {
    const slug = 'anywhere';
    const resolutionId = randomUUID();
    const address = '203.0.113.7';
    expectProblem(await byCode(api, slug, resolutionId, 'guess-1', address), 401);
    expectProblem(await byCode(other, slug, resolutionId, 'guess-2', address), 401);
    expectProblem(await byCode(api, slug, resolutionId, 'guess-3', address), 401);
    expectProblem(await byCode(other, slug, resolutionId, 'guess-4', address), 429);
    expectProblem(await byCode(api, slug, resolutionId, 'guess-5', address), 429);

    const email = uniqueEmail('shared');
    await throttle.beforeSignIn(email, '198.51.100.30');
    await other.app.get(ThrottleService).beforeSignIn(email, '198.51.100.31');
    await throttle.beforeSignIn(email, '198.51.100.32');
    await refusal(other.app.get(ThrottleService).beforeSignIn(email, '198.51.100.33'));
  });

  describe('with TRUST_PROXY=false', () => {
    let direct: TestApi;
    beforeAll(async () => (direct = await startApi({ ...LIMITS, TRUST_PROXY: 'false' })));
    afterAll(() => direct?.close());

    it('counts the peer, whatever X-Forwarded-For it sends; a trusted proxy is believed', async () => {
      const resolutionId = randomUUID();
      const statuses = async (on: TestApi, label: string) => {
        const seen: number[] = [];
        for (let i = 1; i <= 4; i++)
          seen.push((await byCode(on, 'anywhere', resolutionId, `${label}-${i}`, `198.51.100.${100 + i}`)).status);
        return seen;
      };
      // not trusted: rotating the header does not reset the count of 127.0.0.1
      expect(await statuses(direct, 'spoofed')).toEqual([401, 401, 401, 429]);
      // trusted (loopback): each forwarded address is a client of its own
      expect(await statuses(api, 'forwarded')).toEqual([401, 401, 401, 401]);
    });
  });
});
