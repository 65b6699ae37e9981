import { createHash } from 'node:crypto';
import {
  createCoop,
  createMember,
  expectProblem,
  paidUpMember,
  startApi,
  TestApi,
  TestOrg,
  userWithRole,
} from '../support/app';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

describe('API tokens: another platform acts in one organization, within its scopes', () => {
  let api: TestApi;
  let org: TestOrg;

  beforeAll(async () => {
    api = await startApi();
    org = await createCoop(api);
  });
  afterAll(() => api.close());

  const createToken = async (target: TestOrg, body: object) =>
    (await api.http.post(`/v1/orgs/${target.slug}/api-tokens`).set(target.admin.auth).send(body).expect(201)).body as {
      id: string;
      token: string;
    };
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('shows a new token once, lists it without its secret and keeps only its SHA-256', async () => {
    const created = await createToken(org, { name: 'Comptabilité', scopes: ['registry:read', 'exports:read'] });
    expect(created.token).toMatch(/^soc_[A-Za-z0-9_-]{43}$/);

    const list = await api.http.get(`/v1/orgs/${org.slug}/api-tokens`).set(org.admin.auth).expect(200);
    const listed = list.body.items.find((t: { id: string }) => t.id === created.id);
    expect(listed).toEqual({
      id: created.id,
      name: 'Comptabilité',
      scopes: ['registry:read', 'exports:read'],
      createdAt: expect.any(String),
      expiresAt: null,
      lastUsedAt: null,
    });
    expect(JSON.stringify(list.body)).not.toContain(created.token);

    const [row] = await api.db.query(`SELECT * FROM api_tokens WHERE id = $1`, [created.id]);
    expect(row.secret_hash).toBe(sha256(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token.slice(4));
  });

  it('reads and writes within its scopes, and the audit log names the token, not a person', async () => {
    const { id, token } = await createToken(org, { name: 'CRM', scopes: ['registry:read', 'registry:write'] });
    const member = await api.http
      .post(`/v1/orgs/${org.slug}/members`)
      .set(bearer(token))
      .send({ kind: 'person', firstName: 'Ada', lastName: 'Lovelace' })
      .expect(201);
    const list = await api.http.get(`/v1/orgs/${org.slug}/members`).set(bearer(token)).expect(200);
    expect(list.body.items.map((m: { id: string }) => m.id)).toContain(member.body.id);

    const [entry] = await api.db.query(
      `SELECT actor, actor_user_id FROM audit_log WHERE entity_id = $1 AND action = 'member.created'`,
      [member.body.id],
    );
    expect(entry).toEqual({ actor: `api-token:${id}`, actor_user_id: null });
  });

  it('refuses an operation whose scope it lacks with a 403 naming the scope', async () => {
    const { token } = await createToken(org, { name: 'Lecture', scopes: ['registry:read'] });
    const write = await api.http
      .post(`/v1/orgs/${org.slug}/members`)
      .set(bearer(token))
      .send({ kind: 'person', firstName: 'Ada', lastName: 'Byron' });
    expectProblem(write, 403);
    expect(write.body).toEqual(
      expect.objectContaining({ type: expect.stringMatching(/missing-scope$/), scope: 'registry:write' }),
    );
    expect(write.body.detail).toContain('registry:write');

    const ledger = await api.http.get(`/v1/orgs/${org.slug}/ledger`).set(bearer(token));
    expectProblem(ledger, 403);
    expect(ledger.body.scope).toBe('shares:read');
  });

  it('acts only in its own organization', async () => {
    const other = await createCoop(api);
    const { token } = await createToken(other, { name: 'Ailleurs', scopes: ['registry:read'] });
    await api.http.get(`/v1/orgs/${other.slug}/members`).set(bearer(token)).expect(200);

    const here = await api.http.get(`/v1/orgs/${org.slug}/members`).set(bearer(token));
    expectProblem(here, 403);
    expect(here.body.type).toMatch(/api-token-other-organization$/);
    const member = await createMember(api, org);
    expectProblem(await api.http.get(`/v1/orgs/${org.slug}/members/${member.id}`).set(bearer(token)), 403);
  });

  it('never casts a ballot, gives a proxy or acts as a member or an account', async () => {
    const voter = await paidUpMember(api, org, { withAccount: true });
    const assembly = await api.http
      .post(`/v1/orgs/${org.slug}/assemblies`)
      .set(org.admin.auth)
      .send({ title: 'AG', kind: 'permanent', weighting: 'per_member', secret: false })
      .expect(201);
    const resolution = await api.http
      .post(`/v1/orgs/${org.slug}/assemblies/${assembly.body.id}/resolutions`)
      .set(org.admin.auth)
      .send({
        title: 'R',
        text: 'T',
        majority: 'simple',
        quorumPercent: 0,
        opensAt: new Date(Date.now() + 3600_000).toISOString(),
        closesAt: new Date(Date.now() + 7200_000).toISOString(),
      })
      .expect(201);
    await api.http
      .post(`/v1/orgs/${org.slug}/resolutions/${resolution.body.id}/open`)
      .set(org.admin.auth)
      .send({})
      .expect(200);
    // every scope there is
    const { token } = await createToken(org, {
      name: 'Tout',
      scopes: [
        'registry:read',
        'registry:write',
        'shares:read',
        'shares:write',
        'assemblies:read',
        'exports:read',
        'funding:read',
        'funding:write',
      ],
    });
    const refused = async (res: { status: number; body: { type?: string } }) => {
      expectProblem(res as never, 403);
      expect(res.body.type).toMatch(/api-token-not-accepted$/);
    };
    await refused(
      await api.http
        .post(`/v1/orgs/${org.slug}/resolutions/${resolution.body.id}/ballots`)
        .set(bearer(token))
        .send({ choice: 'for' }),
    );
    await refused(
      await api.http
        .post(`/v1/orgs/${org.slug}/assemblies/${assembly.body.id}/proxies`)
        .set(bearer(token))
        .send({ grantorMemberId: voter.id, holderMemberId: voter.id }),
    );
    for (const path of [
      `/v1/orgs/${org.slug}/my/resolutions`,
      `/v1/orgs/${org.slug}/my/ballots`,
      `/v1/orgs/${org.slug}/my/calendar`,
      `/v1/orgs/${org.slug}/api-tokens`,
      `/v1/orgs/${org.slug}/members/${voter.id}/personal-data`,
      '/v1/auth/me',
      '/v1/orgs',
    ])
      await refused(await api.http.get(path).set(bearer(token)));
    const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM ballots WHERE resolution_id = $1`, [
      resolution.body.id,
    ]);
    expect(count).toBe(0);
    // the same routes still serve the people they are for
    await api.http.get(`/v1/orgs/${org.slug}/my/resolutions`).set(voter.user!.auth).expect(200);
  });

  it('keeps one token from replaying the answer another caller got with the same Idempotency-Key', async () => {
    const member = await createMember(api, org);
    const first = await createToken(org, { name: 'Boutique', scopes: ['shares:write'] });
    const second = await createToken(org, { name: 'Autre', scopes: ['shares:write'] });
    const subscribe = (token: string) =>
      api.http
        .post(`/v1/orgs/${org.slug}/subscriptions`)
        .set(bearer(token))
        .set('Idempotency-Key', 'commande-42')
        .send({ memberId: member.id, shareClassCode: 'A', quantity: 1, subscribedOn: '2026-03-01' });
    const mine = await subscribe(first.token).expect(201);
    const replay = await subscribe(first.token).expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body.id).toBe(mine.body.id);
    // the same key from another token is another caller's: refused, not their answer
    const theirs = await subscribe(second.token);
    expectProblem(theirs, 422);
    expect(theirs.body.type).toMatch(/idempotency-key-reused$/);
  });

  it('stops working at once when revoked', async () => {
    const { id, token } = await createToken(org, { name: 'Révoqué', scopes: ['registry:read'] });
    await api.http.get(`/v1/orgs/${org.slug}/members`).set(bearer(token)).expect(200);
    await api.http.delete(`/v1/orgs/${org.slug}/api-tokens/${id}`).set(org.admin.auth).expect(204);

    const after = await api.http.get(`/v1/orgs/${org.slug}/members`).set(bearer(token));
    expectProblem(after, 401);
    const list = await api.http.get(`/v1/orgs/${org.slug}/api-tokens`).set(org.admin.auth).expect(200);
    expect(list.body.items.map((t: { id: string }) => t.id)).not.toContain(id);
    expectProblem(await api.http.delete(`/v1/orgs/${org.slug}/api-tokens/${id}`).set(org.admin.auth), 404);
    const [entry] = await api.db.query(
      `SELECT actor FROM audit_log WHERE entity_id = $1 AND action = 'api-token.revoked'`,
      [id],
    );
    expect(entry.actor).toBe(org.admin.email);
  });

  it('stops working when it expires, and refuses an expiry in the past', async () => {
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const { id, token } = await createToken(org, { name: 'Un jour', scopes: ['registry:read'], expiresAt });
    await api.http.get(`/v1/orgs/${org.slug}/members`).set(bearer(token)).expect(200);
    await api.db.query(`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);
    expectProblem(await api.http.get(`/v1/orgs/${org.slug}/members`).set(bearer(token)), 401);

    const past = await api.http
      .post(`/v1/orgs/${org.slug}/api-tokens`)
      .set(org.admin.auth)
      .send({ name: 'Hier', scopes: ['registry:read'], expiresAt: '2020-01-01T00:00:00Z' });
    expectProblem(past, 400, 'expiresAt');
  });

  it('notes when a token was last used, at most once a minute', async () => {
    const { id, token } = await createToken(org, { name: 'Usage', scopes: ['registry:read'] });
    const lastUsed = async () =>
      (await api.db.query(`SELECT last_used_at FROM api_tokens WHERE id = $1`, [id]))[0].last_used_at as Date | null;
    await api.http.get(`/v1/orgs/${org.slug}/members`).set(bearer(token)).expect(200);
    expect(await lastUsed()).toEqual(expect.any(Date));

    const recent = new Date(Date.now() - 30_000);
    await api.db.query(`UPDATE api_tokens SET last_used_at = $2 WHERE id = $1`, [id, recent]);
    await api.http.get(`/v1/orgs/${org.slug}/members`).set(bearer(token)).expect(200);
    expect(await lastUsed()).toEqual(recent);

    await api.db.query(`UPDATE api_tokens SET last_used_at = now() - interval '2 minutes' WHERE id = $1`, [id]);
    await api.http.get(`/v1/orgs/${org.slug}/members`).set(bearer(token)).expect(200);
    expect(Date.now() - (await lastUsed())!.getTime()).toBeLessThan(10_000);
    const list = await api.http.get(`/v1/orgs/${org.slug}/api-tokens`).set(org.admin.auth).expect(200);
    expect(list.body.items.find((t: { id: string }) => t.id === id).lastUsedAt).toEqual(expect.any(String));
  });

  it('is managed by admins only, with known scopes', async () => {
    const accountant = await userWithRole(api, org, 'accountant');
    expectProblem(
      await api.http
        .post(`/v1/orgs/${org.slug}/api-tokens`)
        .set(accountant.auth)
        .send({ name: 'X', scopes: ['registry:read'] }),
      403,
    );
    expectProblem(
      await api.http
        .post(`/v1/orgs/${org.slug}/api-tokens`)
        .set(org.admin.auth)
        .send({ name: 'X', scopes: ['ballots:write'] }),
      400,
      'scopes',
    );
    expectProblem(
      await api.http.post(`/v1/orgs/${org.slug}/api-tokens`).set(org.admin.auth).send({ name: 'X', scopes: [] }),
      400,
      'scopes',
    );
    expectProblem(
      await api.http.get(`/v1/orgs/${org.slug}/members`).set(bearer('soc_not-a-token-at-all-000000000000000000000')),
      401,
    );
  });
});
