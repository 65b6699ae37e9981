import { createCoop, expectProblem, paidUpMember, startApi, TestApi, TestOrg, TestUser } from '../support/app';

/** The events of an iCalendar text: its lines unfolded (RFC 5545 §3.1), each event's properties by name. */
function eventsOf(ics: string): Record<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).split(';')[0]] = line.slice(colon + 1);
    }
  }
  return events;
}

/** An instant as iCalendar writes it in UTC: 20270301T090000Z. */
const utc = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

const binary = (res: { text: string }) => res.text;

describe('calendars: assemblies and resolutions as iCalendar, and members’ personal feeds', () => {
  let api: TestApi;
  let org: TestOrg;
  let memberUser: TestUser;
  let assemblyId: string;
  const first = { opensAt: '2027-03-01T09:00:00.000Z', closesAt: '2027-03-08T17:00:00.000Z' };
  const second = { opensAt: '2027-03-02T09:00:00.000Z', closesAt: '2027-03-15T17:00:00.000Z' };
  const resolutionIds: string[] = [];

  const post = (target: TestOrg, path: string, body: object) =>
    api.http.post(`/v1/orgs/${target.slug}/${path}`).set(target.admin.auth).send(body).expect(201);
  const assemblyWith = async (target: TestOrg, title: string, windows: { opensAt: string; closesAt: string }[]) => {
    const assembly = await post(target, 'assemblies', {
      title,
      kind: 'permanent',
      weighting: 'per_member',
      secret: false,
    });
    const ids: string[] = [];
    for (const [i, w] of windows.entries())
      ids.push(
        (
          await post(target, `assemblies/${assembly.body.id}/resolutions`, {
            title: `Résolution ${i + 1}`,
            text: 'Le texte.',
            majority: 'simple',
            quorumPercent: 0,
            ...w,
          })
        ).body.id,
      );
    return { id: assembly.body.id as string, resolutionIds: ids };
  };

  beforeAll(async () => {
    api = await startApi();
    org = await createCoop(api);
    const made = await assemblyWith(org, 'AG 2027', [first, second]);
    assemblyId = made.id;
    resolutionIds.push(...made.resolutionIds);
    memberUser = (await paidUpMember(api, org, { withAccount: true })).user!;
  });
  afterAll(() => api.close());

  it('answers an assembly as an event spanning its resolutions, and one event per resolution, in UTC', async () => {
    const res = await api.http
      .get(`/v1/orgs/${org.slug}/assemblies/${assemblyId}/calendar.ics`)
      .set(memberUser.auth)
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const ics = binary(res);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const events = eventsOf(ics);
    expect(events).toHaveLength(3);
    const byUid = Object.fromEntries(events.map((e) => [e.UID.split('@')[0], e]));
    expect(byUid[`assembly-${assemblyId}`]).toEqual(
      expect.objectContaining({ DTSTART: utc(first.opensAt), DTEND: utc(second.closesAt), SUMMARY: 'AG 2027' }),
    );
    expect(byUid[`resolution-${resolutionIds[0]}`]).toEqual(
      expect.objectContaining({
        DTSTART: utc(first.opensAt),
        DTEND: utc(first.closesAt),
        SUMMARY: 'AG 2027 — 1. Résolution 1',
      }),
    );
    expect(byUid[`resolution-${resolutionIds[1]}`]).toEqual(
      expect.objectContaining({ DTSTART: '20270302T090000Z', DTEND: '20270315T170000Z' }),
    );

    // the UIDs are the same in every file, so a calendar app updates instead of duplicating
    const again = await api.http
      .get(`/v1/orgs/${org.slug}/resolutions/${resolutionIds[1]}/calendar.ics`)
      .set(org.admin.auth)
      .expect(200);
    const [only] = eventsOf(binary(again));
    expect(only.UID).toBe(byUid[`resolution-${resolutionIds[1]}`].UID);
    expect(eventsOf(binary(again))).toHaveLength(1);
  });

  it('serves an API token with assemblies:read, and no other organization', async () => {
    const { token } = (await post(org, 'api-tokens', { name: 'Agenda', scopes: ['assemblies:read'] })).body as {
      token: string;
    };
    const res = await api.http
      .get(`/v1/orgs/${org.slug}/assemblies/${assemblyId}/calendar.ics`)
      .set({ Authorization: `Bearer ${token}` })
      .expect(200);
    expect(eventsOf(binary(res))).toHaveLength(3);

    const other = await createCoop(api);
    expectProblem(
      await api.http.get(`/v1/orgs/${other.slug}/assemblies/${assemblyId}/calendar.ics`).set(other.admin.auth),
      404,
    );
    expectProblem(
      await api.http.get(`/v1/orgs/${other.slug}/resolutions/${resolutionIds[0]}/calendar.ics`).set(other.admin.auth),
      404,
    );
  });

  it('gives a member a secret feed of the organization’s resolutions, revoked when they reset it', async () => {
    const other = await createCoop(api);
    const theirs = await assemblyWith(other, 'Leur AG', [first]);

    const feed = await api.http.get(`/v1/orgs/${org.slug}/my/calendar`).set(memberUser.auth).expect(200);
    expect(feed.body.url).toMatch(/\/v1\/calendar\/cal_[A-Za-z0-9_-]{32}\.ics$/);
    const path = new URL(feed.body.url).pathname;
    // asking again shows the same address
    expect((await api.http.get(`/v1/orgs/${org.slug}/my/calendar`).set(memberUser.auth).expect(200)).body.url).toBe(
      feed.body.url,
    );

    const read = await api.http.get(path).expect(200);
    expect(read.headers['content-type']).toMatch(/^text\/calendar/);
    const uids = eventsOf(binary(read)).map((e) => e.UID.split('@')[0]);
    expect(uids).toEqual(
      expect.arrayContaining([
        `assembly-${assemblyId}`,
        `resolution-${resolutionIds[0]}`,
        `resolution-${resolutionIds[1]}`,
      ]),
    );
    expect(uids).not.toContain(`resolution-${theirs.resolutionIds[0]}`);
    expect(uids).not.toContain(`assembly-${theirs.id}`);

    const reset = await api.http.post(`/v1/orgs/${org.slug}/my/calendar/reset`).set(memberUser.auth).expect(200);
    expect(reset.body.url).not.toBe(feed.body.url);
    expectProblem(await api.http.get(path), 404);
    await api.http.get(new URL(reset.body.url).pathname).expect(200);

    // the database holds the secret hashed and sealed, never as it is
    const secret = /(cal_[^.]+)\.ics$/.exec(reset.body.url)![1];
    const rows = await api.db.query(`SELECT secret_hash, secret_sealed FROM calendar_feeds`);
    expect(JSON.stringify(rows)).not.toContain(secret.slice(4));
  });

  it('stops the feed of a member who has left', async () => {
    const leaving = await paidUpMember(api, org, { withAccount: true });
    const feed = await api.http.get(`/v1/orgs/${org.slug}/my/calendar`).set(leaving.user!.auth).expect(200);
    const path = new URL(feed.body.url).pathname;
    await api.http.get(path).expect(200);
    await api.http
      .post(`/v1/orgs/${org.slug}/members/${leaving.id}/admit`)
      .set(org.admin.auth)
      .send({ admittedOn: '2026-01-15' })
      .expect(200);
    const resign = await api.http
      .post(`/v1/orgs/${org.slug}/members/${leaving.id}/resign`)
      .set(org.admin.auth)
      .send({ effectiveOn: '2026-02-01' });
    expect(resign.body.status).toBe('resigned');
    expectProblem(await api.http.get(path), 404);
  });

  it('answers 404 for an unknown feed, and to an account without a member record', async () => {
    expectProblem(await api.http.get('/v1/calendar/cal_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics'), 404);
    expectProblem(await api.http.get('/v1/calendar/anything.ics'), 404);
    expectProblem(await api.http.get(`/v1/orgs/${org.slug}/my/calendar`).set(org.admin.auth), 404);
  });
});
