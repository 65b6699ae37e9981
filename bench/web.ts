/**
 * bench/web: the web app in Debian's Chromium (playwright-core) against the built API, each
 * measurement in a fresh browser context (cold HTTP cache, as a member's first visit):
 * - a member's home `/o/{slug}`, from the navigation to usable (heading "Mon statut" and the shares
 *   total shown), beside the browser's own navigation timing and first contentful paint; the same
 *   page again in the same context (warm cache);
 * - on `/o/{slug}/votes`, from the click on "Voter" (after "Pour") to the receipt shown, on a
 *   secret and on a non-secret resolution (one member per run, each voting once on each);
 * - the public page `/verify/{code}` (an unknown code), from the navigation to its answer shown;
 * - the initial JavaScript, gzipped (scripts/bundle-budget.js).
 * Beside them, to tell the browser's part from the API's: the API calls behind the home and behind
 * a ballot (resource timing, printed for the first run), and the home's calls one after another
 * from Node. Checks that every ballot reached the box.
 * The co-op is seeded through the HTTP API (members with paid-up shares and accounts of role member,
 * their e-mail addresses marked verified in the database as the tests do); each member signs in
 * once through the /login page, and the runs start from the session that sign-in left.
 * Run: npm run bench -- web
 *   BENCH_RUNS (20)  BENCH_DATABASE (socius_bench_web)  CHROMIUM_PATH (/usr/bin/chromium)
 * Targets (issue 13): member's first page ≤ 1 s to usable, ballot click → receipt ≤ 300 ms,
 * initial JavaScript ≤ 200 kB gzip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as net from 'node:net';
import { loadavg } from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../test/web/browser';
import {
  FIRST_NAMES,
  LAST_NAMES,
  ROOT,
  adminAndOrg,
  api,
  freshDatabase,
  ms,
  percentile,
  startBuiltApi,
} from './lib/harness';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const PASSWORD = 'bench-password-1';
const SLUG = 'bench-web';
const VIEWPORT = { width: 1280, height: 900 };
/** 4 shares of 50 € each: what the home page's total then reads */
const SHARES = 4;
const NOMINAL_CENTS = 5000;
const TOTAL_TEXT = 'Total : 4 parts, 200,00 €';
const RESOLUTIONS = [
  { secret: true, title: 'Approbation des comptes (vote secret)' },
  { secret: false, title: 'Affectation du résultat (vote à main levée)' },
];

/** Browser-side timings of a navigation, in ms from its start (the document's time origin). */
interface PageTimings {
  responseStart: number;
  domContentLoaded: number;
  load: number;
  firstContentfulPaint: number;
}

/** The browser's `performance`, as much of it as the bench reads. */
interface BrowserPerformance {
  getEntriesByType(type: 'navigation' | 'paint' | 'resource'): {
    name: string;
    startTime: number;
    responseStart: number;
    responseEnd: number;
    domContentLoadedEventEnd: number;
    loadEventEnd: number;
  }[];
}

/** What each figure collected, in ms, one value a run. */
const figures = new Map<string, number[]>();
const record = (name: string, value: number) => figures.set(name, [...(figures.get(name) ?? []), value]);

async function main() {
  console.log(`bench/web: ${RUNS} runs a figure, each in a fresh browser context (cold cache)`);
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  if (!existsSync(path.join(ROOT, 'apps/web/dist/index.html')))
    execFileSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });

  const db = await freshDatabase(process.env.BENCH_DATABASE ?? 'socius_bench_web');
  const port = await freePort();
  const server = await startBuiltApi(db, port, {
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    QUEUE_PREFIX: 'socius-bench-web',
    // every member signs up and signs in from this one address
    SIGNUP_RATE_LIMIT: '10000',
    LOGIN_RATE_LIMIT: '10000',
  });
  process.kill(server.pid, 0); // still alive: the API answering is ours
  const pg = new Client({ connectionString: db });
  await pg.connect();
  let browser: Browser | undefined;
  try {
    const seeded = await seed(server.base, pg);
    browser = await launchChromium();
    const sessions = await signIn(browser, server.base, seeded.emails);
    await memberHome(browser, server.base, sessions);
    await verifyPage(browser, server.base);
    await ballots(browser, server.base, sessions);
    await homeCallsAlone(server.base, sessions, seeded.memberIds);
    await checkBallots(pg, seeded.resolutionIds);
    printSummary(bundleSize());
    console.log(
      `load average at the end: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await browser?.close();
    await pg.end();
    await server.stop();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

// ---- the co-op, through the HTTP API -----------------------------------------------------------

/**
 * A co-op with one share class, RUNS members each holding 4 paid-up shares and an account of role
 * member (e-mail marked verified in the database, as the tests' `signup()` does: only verified
 * accounts can be given a role), then a secret and a non-secret resolution opened on them.
 */
async function seed(
  base: string,
  pg: Client,
): Promise<{ emails: string[]; memberIds: string[]; resolutionIds: string[] }> {
  const t0 = performance.now();
  const { token } = await adminAndOrg(base, SLUG);
  const post = (p: string, body: object) => api(base, 'POST', `/v1/orgs/${SLUG}/${p}`, body, token);
  await post('share-classes', {
    code: 'A',
    name: 'Parts A',
    nominalCents: NOMINAL_CENTS,
    minPerMember: 1,
    maxPerMember: 40,
  });
  const emails: string[] = [];
  const memberIds: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    const email = `member-${i}@bench.local`;
    const member = await post('members', {
      kind: 'person',
      firstName: FIRST_NAMES[i % FIRST_NAMES.length],
      lastName: LAST_NAMES[i % LAST_NAMES.length],
      email,
    });
    const sub = await post('subscriptions', {
      memberId: member.id,
      shareClassCode: 'A',
      quantity: SHARES,
      subscribedOn: '2026-01-02',
    });
    await post(`subscriptions/${sub.id}/approve`, { decidedOn: '2026-01-03' });
    await post(`subscriptions/${sub.id}/payments`, {
      amountCents: SHARES * NOMINAL_CENTS,
      paidOn: '2026-01-04',
      method: 'transfer',
    });
    const account = await api(base, 'POST', '/v1/auth/signup', {
      email,
      password: PASSWORD,
      name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[i % LAST_NAMES.length]}`,
    });
    await pg.query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [account.user.id]);
    await post('users', { email, role: 'member', memberId: member.id });
    emails.push(email);
    memberIds.push(member.id);
  }
  const window = {
    opensAt: new Date(Date.now() + 3600_000).toISOString(),
    closesAt: new Date(Date.now() + 7200_000).toISOString(),
  };
  const resolutionIds: string[] = [];
  for (const r of RESOLUTIONS) {
    const assembly = await post('assemblies', {
      title: r.secret ? 'AG 2026 (vote secret)' : 'AG 2026 (à main levée)',
      kind: 'ordinary',
      weighting: 'per_member',
      secret: r.secret,
    });
    const resolution = await post(`assemblies/${assembly.id}/resolutions`, {
      title: r.title,
      text: 'L’assemblée approuve.',
      majority: 'simple',
      quorumPercent: 0,
      ...window,
    });
    const opened = await post(`resolutions/${resolution.id}/open`, {});
    if (opened.eligibleCount !== RUNS)
      throw new Error(`resolution opened with ${opened.eligibleCount} electors, expected ${RUNS}`);
    resolutionIds.push(resolution.id);
  }
  console.log(
    `seeded ${RUNS} members with ${SHARES} shares and an account each, 2 open resolutions: ${ms(performance.now() - t0)}`,
  );
  return { emails, memberIds, resolutionIds };
}

// ---- in the browser ----------------------------------------------------------------------------

type Session = Awaited<ReturnType<BrowserContext['storageState']>>;

/** Each member signs in through the /login page once; their session (cookie) starts each run. */
async function signIn(browser: Browser, base: string, emails: string[]): Promise<Session[]> {
  const sessions: Session[] = [];
  for (const email of emails) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Mon espace' }).waitFor();
    sessions.push(await context.storageState());
    await context.close();
  }
  return sessions;
}

/** Runs `measure` in a fresh context (cold cache) holding `session` if given, and closes it. */
async function inFreshContext<T>(
  browser: Browser,
  session: Session | undefined,
  measure: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT, storageState: session });
  try {
    return await measure(await context.newPage());
  } finally {
    await context.close();
  }
}

/** The navigation timing and first contentful paint of the page's document, once it has loaded. */
async function pageTimings(page: Page): Promise<PageTimings> {
  await page.waitForLoadState('load');
  return page.evaluate(() => {
    // the page's Performance (Node's own type knows no navigation or paint entries)
    const perf = (globalThis as unknown as { performance: BrowserPerformance }).performance;
    const [nav] = perf.getEntriesByType('navigation');
    const fcp = perf.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
    return {
      responseStart: nav.responseStart,
      domContentLoaded: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
      firstContentfulPaint: fcp?.startTime ?? NaN,
    };
  });
}

/** The API calls the page made (resource timing), from its `from`-th resource on: path, start and end in ms from navigation start. */
function apiCalls(page: Page, from = 0): Promise<{ path: string; start: number; end: number }[]> {
  return page.evaluate((from) => {
    const perf = (globalThis as unknown as { performance: BrowserPerformance }).performance;
    return perf
      .getEntriesByType('resource')
      .slice(from)
      .filter((e) => new URL(e.name).pathname.startsWith('/v1/'))
      .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd }));
  }, from);
}

const resourceCount = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as { performance: BrowserPerformance }).performance.getEntriesByType('resource').length,
  );

const showCalls = (calls: { path: string; start: number; end: number }[]) =>
  calls.map((c) => `    ${c.path.replace(SLUG, '{slug}')}: ${c.start.toFixed(0)} → ${c.end.toFixed(0)} ms`).join('\n');

/** The member home until usable: its heading and the shares total shown. */
async function homeUsable(page: Page, base: string): Promise<number> {
  const t0 = performance.now();
  await page.goto(`${base}/o/${SLUG}`, { waitUntil: 'commit' });
  await page.getByRole('heading', { name: 'Mon statut' }).waitFor();
  await page.getByText(TOTAL_TEXT).waitFor();
  return performance.now() - t0;
}

async function memberHome(browser: Browser, base: string, sessions: Session[]): Promise<void> {
  for (const session of sessions)
    await inFreshContext(browser, session, async (page) => {
      record('home, cold: navigation → usable', await homeUsable(page, base));
      const timings = await pageTimings(page);
      record('home, cold: response start (TTFB of index.html)', timings.responseStart);
      record('home, cold: first contentful paint', timings.firstContentfulPaint);
      record('home, cold: DOMContentLoaded', timings.domContentLoaded);
      record('home, cold: load event', timings.load);
      const calls = await apiCalls(page);
      record('home, cold: first API call starts', Math.min(...calls.map((c) => c.start)));
      record('home, cold: last API call answered', Math.max(...calls.map((c) => c.end)));
      if (session === sessions[0])
        console.log(`home, cold, first run: API calls from navigation start\n${showCalls(calls)}`);
      // the same page again, its scripts now in the context's cache
      await page.goto('about:blank');
      record('home, warm: navigation → usable', await homeUsable(page, base));
    });
}

async function verifyPage(browser: Browser, base: string): Promise<void> {
  for (let i = 0; i < RUNS; i++)
    await inFreshContext(browser, undefined, async (page) => {
      const t0 = performance.now();
      await page.goto(`${base}/verify/XYZ${i}`, { waitUntil: 'commit' });
      await page.getByRole('alert').getByText('Aucun document valable ne correspond à ce code.').waitFor();
      record('/verify/{code}, cold: navigation → answer shown', performance.now() - t0);
      record('/verify/{code}, cold: first contentful paint', (await pageTimings(page)).firstContentfulPaint);
    });
}

/** Each member, in a fresh context, opens the votes page and votes "Pour" on each open resolution. */
async function ballots(browser: Browser, base: string, sessions: Session[]): Promise<void> {
  for (const session of sessions)
    await inFreshContext(browser, session, async (page) => {
      const t0 = performance.now();
      await page.goto(`${base}/o/${SLUG}/votes`, { waitUntil: 'commit' });
      for (const r of RESOLUTIONS)
        await page
          .getByRole('region', { name: new RegExp(escapeRegExp(r.title)) })
          .getByRole('button', { name: 'Voter' })
          .waitFor();
      record('votes page, cold: navigation → ballots shown', performance.now() - t0);
      for (const r of RESOLUTIONS) {
        const ballot = page.getByRole('region', { name: new RegExp(escapeRegExp(r.title)) });
        await ballot.getByRole('radio', { name: 'Pour' }).check();
        const voter = ballot.getByRole('button', { name: 'Voter' });
        await voter.waitFor();
        const before = await resourceCount(page);
        const t1 = performance.now();
        await voter.click();
        await ballot.getByTestId('receipt').waitFor();
        const kind = r.secret ? 'secret' : 'not secret';
        record(`ballot click → receipt (${kind})`, performance.now() - t1);
        const calls = await apiCalls(page, before);
        const post = calls.find((c) => c.path.endsWith('/ballots'));
        if (post) record(`POST ballots as the browser saw it (${kind})`, post.end - post.start);
        if (session === sessions[0])
          console.log(`ballot (${kind}), first run: API calls after the click\n${showCalls(calls)}`);
      }
    });
}

/**
 * The calls the member home makes, one after another from Node with the member's session cookie:
 * what the API alone takes for them, beside the browser's burst of the same calls.
 */
async function homeCallsAlone(base: string, sessions: Session[], memberIds: string[]): Promise<void> {
  const each = new Map<string, number[]>();
  for (const [i, session] of sessions.entries()) {
    const cookie = session.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const member = `/v1/orgs/${SLUG}/members/${memberIds[i]}`;
    const paths = [
      `/v1/orgs/${SLUG}`,
      member,
      `${member}/holdings`,
      `/v1/orgs/${SLUG}/my/resolutions`,
      `/v1/orgs/${SLUG}/charters`,
      `${member}/acceptances`,
    ];
    let total = 0;
    for (const p of paths) {
      const t0 = performance.now();
      const res = await fetch(base + p, { headers: { Cookie: cookie } });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`GET ${p} → ${res.status}`);
      const took = performance.now() - t0;
      total += took;
      const key = p.replace(memberIds[i], '{id}').replace(SLUG, '{slug}');
      each.set(key, [...(each.get(key) ?? []), took]);
    }
    record('the home’s 6 API calls one after another (Node)', total);
  }
  console.log('the home’s API calls one after another from Node, p50 each:');
  for (const [p, values] of each)
    console.log(
      `    ${p}: ${ms(
        percentile(
          [...values].sort((a, b) => a - b),
          50,
        ),
      )}`,
    );
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every run's ballots reached the box: RUNS participations on each resolution. */
async function checkBallots(pg: Client, resolutionIds: string[]): Promise<void> {
  const { rows } = await pg.query<{ resolution_id: string; n: number }>(
    `SELECT resolution_id, count(*)::int AS n FROM participations WHERE resolution_id = ANY($1) GROUP BY resolution_id`,
    [resolutionIds],
  );
  for (const id of resolutionIds) {
    const n = rows.find((r) => r.resolution_id === id)?.n ?? 0;
    if (n !== RUNS) throw new Error(`resolution ${id}: ${n} participations, expected ${RUNS}`);
  }
  console.log(`checked: ${RUNS} participations recorded on each resolution`);
}

/** scripts/bundle-budget.js's verdict line (it exits 1 over budget: the figure is printed anyway). */
function bundleSize(): string {
  let out: string;
  try {
    out = execFileSync(process.execPath, ['scripts/bundle-budget.js'], { cwd: ROOT, encoding: 'utf8' });
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? error);
  }
  process.stdout.write(out);
  return /initial JavaScript: ([\d.]+ kB gzip)/.exec(out)?.[1] ?? 'unknown';
}

// ---- figures -----------------------------------------------------------------------------------

const TARGETS: Record<string, string> = {
  'home, cold: navigation → usable': '≤ 1 s',
  'ballot click → receipt (secret)': '≤ 300 ms',
  'ballot click → receipt (not secret)': '≤ 300 ms',
};

function printSummary(bundle: string): void {
  const rows = [...figures].map(([scenario, values]) => {
    const sorted = [...values].filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
    return {
      scenario,
      figure: `p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, max ${ms(sorted[sorted.length - 1])}`,
      target: TARGETS[scenario] ?? '—',
    };
  });
  rows.push({ scenario: 'initial JavaScript (scripts/bundle-budget.js)', figure: bundle, target: '≤ 200 kB gzip' });
  const w = [Math.max(...rows.map((r) => r.scenario.length)), Math.max(...rows.map((r) => r.figure.length))];
  console.log(`\nsummary (${RUNS} runs a figure)`);
  console.log(`${'scenario'.padEnd(w[0])}  ${'figure'.padEnd(w[1])}  target`);
  for (const r of rows) console.log(`${r.scenario.padEnd(w[0])}  ${r.figure.padEnd(w[1])}  ${r.target}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
