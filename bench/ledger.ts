/**
 * bench/ledger: a register of 1,000,000 movements over 100,000 members (loaded straight into
 * PostgreSQL, hash chain computed with the application's own movementHash), then, through the HTTP
 * API of the built server: the capital statement and one member's holdings at a date, the ledger
 * CSV and FEC exports against `psql \copy` of the same rows, and approvals per second under
 * concurrent subscriptions. Prints figures; asserts only that the data it measures is sane.
 * Run: npm run bench -- ledger
 *   BENCH_MOVEMENTS (1,000,000)  BENCH_MEMBERS (100,000)  BENCH_APPLICANTS (2,000)  BENCH_PENDING (1,000)
 *   BENCH_ONLY=reads: load, close the years and measure the capital statement and holdings reads only
 * Targets: capital ≤ 200 ms, holdings ≤ 20 ms, exports ≤ 5 × psql \copy and ≤ 200 MB peak RSS.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { statSync, unlinkSync } from 'node:fs';
import { Client } from 'pg';
import { GENESIS_HASH, HASH_VERSION, movementHash, type MovementKind } from '../libs/shares/src/ledger';
import { foldText } from '../libs/members/src/search';
import {
  adminAndOrg,
  api,
  copyIn,
  download,
  freshDatabase,
  inParallel,
  ms,
  peakRssMb,
  percentile,
  startBuiltApi,
  type RunningApi,
  FIRST_NAMES as FIRST,
  LAST_NAMES as LAST,
  seededRandom,
} from './lib/harness';

const MOVEMENTS = Number(process.env.BENCH_MOVEMENTS ?? 1_000_000);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 100_000);
const APPLICANTS = Number(process.env.BENCH_APPLICANTS ?? 2_000);
const PENDING = Number(process.env.BENCH_PENDING ?? 1_000);
const ONLY = process.env.BENCH_ONLY;
if (ONLY !== undefined && ONLY !== 'reads') throw new Error(`BENCH_ONLY=${ONLY}: only 'reads' is known`);
const NOMINAL = 2500;
const SIREN = '732829320';
const RECORDED_AT = '2026-01-05T08:00:00.000Z';
const FIRST_YEAR = 2016;
const LAST_YEAR = 2025;
const DATES = dateRange(`${FIRST_YEAR}-01-01`, `${LAST_YEAR}-12-31`);

/** what the summary table prints at the end */
const summary: { scenario: string; figure: string; target: string }[] = [];

/** deterministic pseudo-random numbers (mulberry32), so every run loads the same register */
const { rand, randInt } = seededRandom(7);

interface Bench {
  server: RunningApi;
  db: string;
  pg: Client;
  token: string;
  slug: string;
  orgId: string;
  classId: string;
  collegeIds: string[];
  memberIds: string[];
}

async function main() {
  if (MOVEMENTS < MEMBERS)
    throw new Error('BENCH_MOVEMENTS must be at least BENCH_MEMBERS: every member gets a first issue');
  console.log(
    `bench/ledger: ${MOVEMENTS.toLocaleString('en')} movements over ${MEMBERS.toLocaleString('en')} members, ${DATES[0]} … ${DATES[DATES.length - 1]}`,
  );
  const db = await freshDatabase('socius_bench_ledger');
  const server = await startBuiltApi(db);
  console.log(`API booted: peak RSS ${peakRssMb(server.pid).toFixed(0)} MB`);
  const pg = new Client({ connectionString: db });
  await pg.connect();
  try {
    const bench = await setUp(server, db, pg);
    await load(bench);
    await closeYears(bench);
    await measureReads(bench);
    if (ONLY !== 'reads') {
      await measureExports(bench);
      await measureApprovals(bench);
      await checkChain(bench);
    }
    printSummary();
  } finally {
    await pg.end();
    await server.stop();
  }
}

// ---- 1. organization, share class, colleges through the API ----------------------------------

async function setUp(server: RunningApi, db: string, pg: Client): Promise<Bench> {
  const { token, slug } = await adminAndOrg(server.base, 'bench-ledger', 'SCIC_SAS');
  const org = await api(server.base, 'PATCH', `/v1/orgs/${slug}`, { siren: SIREN }, token);
  await api(
    server.base,
    'POST',
    `/v1/orgs/${slug}/share-classes`,
    { code: 'A', name: 'Parts A', nominalCents: NOMINAL, minPerMember: 1 },
    token,
  );
  const collegeIds: string[] = [];
  for (const [code, weightPercent] of [
    ['SAL', 40],
    ['USR', 30],
    ['SOU', 30],
  ] as const) {
    collegeIds.push(
      (await api(server.base, 'POST', `/v1/orgs/${slug}/colleges`, { code, name: code, weightPercent }, token)).id,
    );
  }
  const [{ id: classId }] = (
    await pg.query(`SELECT id FROM share_classes WHERE organization_id = $1 AND code = 'A'`, [org.id])
  ).rows;
  return { server, db, pg, token, slug, orgId: org.id, classId, collegeIds, memberIds: [] };
}

// ---- 2. bulk load ------------------------------------------------------------------------------

const KINDS: MovementKind[] = ['issue', 'transfer_out', 'transfer_in', 'redemption'];
const OPERATION_TYPES = ['subscription', 'transfer', 'transfer', 'redemption'];

/** The register as compact arrays: for movement i (sequence i + 1), who, when, what and how many. */
interface Plan {
  member: Int32Array;
  day: Int16Array;
  kind: Uint8Array;
  quantity: Int32Array;
  /** 1 when movement i belongs to the same operation as movement i - 1 (the "in" half of a transfer) */
  sameOperation: Uint8Array;
  /** the day of each member's first issue (their admission) */
  admittedDay: Int16Array;
  capitalCents: number;
  highestCapitalCents: number;
}

/**
 * Movements in date order: a first issue per member (admissions spread over the first 80 % of the
 * register), then a mix of further issues (50 %), transfers (30 %, an out/in pair) and partial
 * redemptions (20 %); nobody ever goes below one share, so every holding stays ≥ 0.
 */
function plan(): Plan {
  const n = MOVEMENTS;
  const p: Plan = {
    member: new Int32Array(n),
    day: new Int16Array(n),
    kind: new Uint8Array(n),
    quantity: new Int32Array(n),
    sameOperation: new Uint8Array(n),
    admittedDay: new Int16Array(MEMBERS),
    capitalCents: 0,
    highestCapitalCents: 0,
  };
  const held = new Int32Array(MEMBERS);
  const admitSpan = Math.max(1, Math.floor(n * 0.8));
  let admitted = 0;
  let s = 0;
  const emit = (member: number, day: number, kind: number, quantity: number, same = false) => {
    p.member[s] = member;
    p.day[s] = day;
    p.kind[s] = kind;
    p.quantity[s] = quantity;
    p.sameOperation[s] = same ? 1 : 0;
    held[member] += quantity;
    if (kind === 0 || kind === 3) {
      p.capitalCents += quantity * NOMINAL;
      p.highestCapitalCents = Math.max(p.highestCapitalCents, p.capitalCents);
    }
    s++;
  };
  while (s < n) {
    const day = Math.floor((s * DATES.length) / n);
    const due = Math.min(MEMBERS, Math.floor((MEMBERS * (s + 1)) / admitSpan) + 1);
    // a new member when admissions are behind schedule, or when the rest of the register is all theirs
    if (admitted < MEMBERS && (admitted < due || admitted < 2 || n - s <= MEMBERS - admitted)) {
      p.admittedDay[admitted] = day;
      emit(admitted++, day, 0, randInt(1, 40));
      continue;
    }
    const r = rand();
    const from = Math.floor(rand() * admitted);
    if (r < 0.3 && s + 1 < n && held[from] >= 2) {
      let to = Math.floor(rand() * (admitted - 1));
      if (to >= from) to++;
      const q = randInt(1, Math.min(held[from] - 1, 10));
      emit(from, day, 1, -q);
      emit(to, day, 2, q, true);
    } else if (r >= 0.3 && r < 0.5 && held[from] >= 2) {
      emit(from, day, 3, -randInt(1, Math.min(held[from] - 1, 5)));
    } else {
      emit(from, day, 0, randInt(1, 10));
    }
  }
  if (admitted !== MEMBERS) throw new Error(`only ${admitted} members admitted`);
  return p;
}

async function load(b: Bench): Promise<void> {
  const t0 = performance.now();
  const steps: string[] = [];
  const step = async (label: string, work: () => Promise<unknown> | unknown) => {
    const t = performance.now();
    await work();
    steps.push(`${label} ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  let p!: Plan;
  await step('plan', () => (p = plan()));
  b.memberIds = Array.from({ length: MEMBERS }, () => randomUUID());
  await step('members', () => copyMembers(b, p));
  let lastHash = GENESIS_HASH;
  await step('movements', async () => (lastHash = await copyMovements(b, p)));
  await step('holdings+head', () => deriveRegisterState(b, p, lastHash));
  await step('accounting', () => loadAccounting(b));
  await step('vacuum analyze', () =>
    b.pg.query(
      'VACUUM (ANALYZE) members, ledger_movements, holdings, accounting_entries, accounting_lines, member_accounts',
    ),
  );
  const seconds = (performance.now() - t0) / 1000;
  const counts = (
    await b.pg
      .query(`SELECT (SELECT count(*) FROM ledger_movements)::int AS movements, (SELECT count(*) FROM accounting_entries)::int AS entries,
                                           (SELECT count(*) FROM accounting_lines)::int AS lines, pg_size_pretty(pg_database_size(current_database())) AS size`)
  ).rows[0];
  console.log(
    `load: ${seconds.toFixed(1)} s (${steps.join(', ')}); ${counts.movements.toLocaleString('en')} movements, ${counts.entries.toLocaleString('en')} entries, ${counts.lines.toLocaleString('en')} lines, database ${counts.size}`,
  );
  console.log(
    `  capital ${(p.capitalCents / 100).toLocaleString('en')} €, highest ${(p.highestCapitalCents / 100).toLocaleString('en')} €`,
  );
  summary.push({
    scenario: `load ${MOVEMENTS.toLocaleString('en')} movements (SQL COPY)`,
    figure: `${seconds.toFixed(1)} s`,
    target: 'minutes',
  });
}

async function copyMembers(b: Bench, p: Plan): Promise<void> {
  await copyIn(
    b.pg,
    `COPY members (id, organization_id, kind, first_name, last_name, email, college_id, status, membership_number, admitted_on, search_text, sort_name, country, external_ref) FROM STDIN`,
    function* () {
      for (let k = 0; k < MEMBERS; k++) {
        const first = FIRST[k % FIRST.length];
        const last = `${LAST[Math.floor(k / FIRST.length) % LAST.length]}-${k + 1}`;
        const email = `${foldText(first)}.${k + 1}@exemple.fr`;
        const search = foldText(`${first} ${last} ${email} L${k + 1} #${k + 1}`);
        yield `${b.memberIds[k]}\t${b.orgId}\tperson\t${first}\t${last}\t${email}\t${b.collegeIds[k % 3]}\tactive\t${k + 1}\t${DATES[p.admittedDay[k]]}\t${search}\t${foldText(`${last} ${first}`)}\tFR\tL${k + 1}\n`;
      }
    },
  );
  await b.pg.query(
    `INSERT INTO membership_counters (organization_id, last_number) VALUES ($1, $2) ON CONFLICT (organization_id) DO UPDATE SET last_number = EXCLUDED.last_number`,
    [b.orgId, MEMBERS],
  );
}

/** Streams the movements with their sequence and hash chain; returns the last hash. */
async function copyMovements(b: Bench, p: Plan): Promise<string> {
  let previousHash = GENESIS_HASH;
  await copyIn(
    b.pg,
    `COPY ledger_movements (id, organization_id, sequence, effective_on, member_id, share_class_id, kind, quantity, unit_cents, amount_cents, operation_type, operation_id, recorded_at, previous_hash, hash, hash_version) FROM STDIN`,
    function* () {
      let operationId = '';
      for (let i = 0; i < MOVEMENTS; i++) {
        if (!p.sameOperation[i]) operationId = randomUUID();
        const m = {
          id: randomUUID(),
          organizationId: b.orgId,
          sequence: i + 1,
          effectiveOn: DATES[p.day[i]],
          memberId: b.memberIds[p.member[i]],
          shareClassId: b.classId,
          kind: KINDS[p.kind[i]],
          quantity: p.quantity[i],
          unitCents: NOMINAL,
          amountCents: p.quantity[i] * NOMINAL,
          operationType: OPERATION_TYPES[p.kind[i]],
          operationId,
          recordedAt: RECORDED_AT,
          previousHash,
          reversesSequence: null,
          recordedBy: null,
          hashVersion: HASH_VERSION,
        };
        const hash = movementHash(m);
        yield `${m.id}\t${m.organizationId}\t${m.sequence}\t${m.effectiveOn}\t${m.memberId}\t${m.shareClassId}\t${m.kind}\t${m.quantity}\t${m.unitCents}\t${m.amountCents}\t${m.operationType}\t${operationId}\t${RECORDED_AT}\t${previousHash}\t${hash}\t${HASH_VERSION}\n`;
        previousHash = hash;
      }
    },
  );
  return previousHash;
}

/** holdings and the ledger head as LedgerService.append would have left them; the fiscal years. */
async function deriveRegisterState(b: Bench, p: Plan, lastHash: string): Promise<void> {
  await b.pg.query(
    `INSERT INTO holdings (organization_id, member_id, share_class_id, quantity)
     SELECT organization_id, member_id, share_class_id, sum(quantity) FROM ledger_movements WHERE organization_id = $1 GROUP BY 1, 2, 3`,
    [b.orgId],
  );
  await b.pg.query(
    `INSERT INTO ledger_heads (organization_id, last_sequence, last_hash, capital_cents, highest_capital_cents) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (organization_id) DO UPDATE SET last_sequence = EXCLUDED.last_sequence, last_hash = EXCLUDED.last_hash,
       capital_cents = EXCLUDED.capital_cents, highest_capital_cents = EXCLUDED.highest_capital_cents`,
    [b.orgId, MOVEMENTS, lastHash, p.capitalCents, p.highestCapitalCents],
  );
  await b.pg.query(
    `INSERT INTO fiscal_years (organization_id, start_on, end_on)
     SELECT $1, make_date(y, 1, 1), make_date(y, 12, 31) FROM generate_series($2::int, $3::int) y ON CONFLICT DO NOTHING`,
    [b.orgId, FIRST_YEAR, LAST_YEAR],
  );
  const [check] = (
    await b.pg.query(`SELECT sum(amount_cents)::bigint AS capital FROM ledger_movements WHERE organization_id = $1`, [
      b.orgId,
    ])
  ).rows;
  const [minHolding] = (
    await b.pg.query(`SELECT min(quantity) AS min FROM holdings WHERE organization_id = $1`, [b.orgId])
  ).rows;
  if (Number(check.capital) !== p.capitalCents)
    throw new Error(`sanity: ledger sums to ${check.capital} cents, planned ${p.capitalCents}`);
  if (Number(minHolding.min) < 1) throw new Error(`sanity: a holding is ${minHolding.min}`);
}

/**
 * The share-capital journal for the FEC: one entry per issue in the fiscal year of its date
 * (D 4561 member / C 1012, D 1012 / C 1013), numbered continuously per fiscal year; the members'
 * auxiliary accounts ASS000001 …; the counters BooksService.post continues from.
 */
async function loadAccounting(b: Bench): Promise<void> {
  await b.pg.query(
    `INSERT INTO member_accounts (organization_id, member_id, aux_number) SELECT organization_id, id, membership_number FROM members WHERE organization_id = $1`,
    [b.orgId],
  );
  await b.pg.query(
    `INSERT INTO accounting_entries (id, organization_id, journal_code, journal_label, fiscal_year_end, entry_number, entry_date, piece_ref, piece_date, label, validated_on, source_type, source_id)
     SELECT id, organization_id, 'CAP', 'Capital social', make_date(extract(year FROM effective_on)::int, 12, 31),
            row_number() OVER (PARTITION BY extract(year FROM effective_on) ORDER BY sequence), effective_on,
            'SOUS-' || upper(left(operation_id::text, 8)), effective_on, 'Souscription de parts sociales', effective_on, 'subscription', operation_id
       FROM ledger_movements WHERE organization_id = $1 AND kind = 'issue'`,
    [b.orgId],
  );
  // one statement (so one transaction, one batch of deferred balance checks) per fiscal year
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    await b.pg.query(
      `INSERT INTO accounting_lines (entry_id, line_number, account, account_label, aux_account, aux_label, debit_cents, credit_cents)
       SELECT e.id, v.n, v.account, v.label,
              CASE WHEN v.aux THEN 'ASS' || lpad(a.aux_number::text, 6, '0') END,
              CASE WHEN v.aux THEN coalesce(m.company_name, concat_ws(' ', m.last_name, m.first_name)) END,
              CASE WHEN v.debit THEN l.amount_cents ELSE 0 END, CASE WHEN v.debit THEN 0 ELSE l.amount_cents END
         FROM accounting_entries e
         JOIN ledger_movements l ON l.id = e.id
         JOIN members m ON m.id = l.member_id
         JOIN member_accounts a ON a.organization_id = e.organization_id AND a.member_id = l.member_id
        CROSS JOIN (VALUES (1, '4561', 'Associés - comptes d''apport en société', true, true),
                           (2, '1012', 'Capital souscrit appelé non versé', false, false),
                           (3, '1012', 'Capital souscrit appelé non versé', false, true),
                           (4, '1013', 'Capital souscrit appelé versé', false, false)) v(n, account, label, aux, debit)
        WHERE e.organization_id = $1 AND e.fiscal_year_end = $2`,
      [b.orgId, `${year}-12-31`],
    );
  }
  await b.pg.query(
    `INSERT INTO accounting_counters (organization_id, journal_code, fiscal_year_end, last_number)
     SELECT organization_id, journal_code, fiscal_year_end, max(entry_number) FROM accounting_entries WHERE organization_id = $1 GROUP BY 1, 2, 3
     UNION ALL SELECT $1, '#AUX', '0001-01-01', $2`,
    [b.orgId, MEMBERS],
  );
}

// ---- 3. reads through HTTP ---------------------------------------------------------------------

/** 3 warm-up calls, then `runs` measured ones; p50 and p95 in ms. */
async function timed(
  runs: number,
  call: (i: number) => Promise<unknown>,
): Promise<{ p50: number; p95: number; max: number }> {
  for (let i = 0; i < 3; i++) await call(runs + i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await call(i);
    times.push(performance.now() - t);
  }
  times.sort((x, y) => x - y);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] };
}

async function measureReads(b: Bench): Promise<void> {
  const today = await orgToday(b);
  for (const at of ['2019-03-31', '2023-06-30', today]) {
    const [expected] = (
      await b.pg.query(
        `SELECT coalesce(sum(amount_cents), 0)::bigint AS cents FROM ledger_movements WHERE organization_id = $1 AND effective_on <= $2`,
        [b.orgId, at],
      )
    ).rows;
    let statement: any;
    const t = await timed(
      20,
      async () =>
        (statement = await api(b.server.base, 'GET', `/v1/orgs/${b.slug}/capital?at=${at}`, undefined, b.token)),
    );
    if (statement.totalCents !== Number(expected.cents))
      throw new Error(`sanity: capital at ${at} is ${statement.totalCents}, the ledger says ${expected.cents}`);
    console.log(
      `capital statement at ${at} (${statement.memberCount.toLocaleString('en')} members, ${(statement.totalCents / 100).toLocaleString('en')} €): p50 ${ms(t.p50)}, p95 ${ms(t.p95)}  [target ≤ 200 ms]`,
    );
    summary.push({
      scenario: `GET capital?at=${at}`,
      figure: `p50 ${ms(t.p50)}, p95 ${ms(t.p95)}`,
      target: '≤ 200 ms',
    });
  }
  const picks = Array.from({ length: 23 }, () => b.memberIds[Math.floor(rand() * b.memberIds.length)]);
  let shares = 0;
  const t = await timed(20, async (i) => {
    const h = await api(
      b.server.base,
      'GET',
      `/v1/orgs/${b.slug}/members/${picks[i]}/holdings?at=2022-01-01`,
      undefined,
      b.token,
    );
    shares += h.totalQuantity;
  });
  console.log(
    `one member's holdings at 2022-01-01 (23 random members, ${shares} shares between them): p50 ${ms(t.p50)}, p95 ${ms(t.p95)}  [target ≤ 20 ms]`,
  );
  summary.push({
    scenario: 'GET members/{id}/holdings?at=2022-01-01',
    figure: `p50 ${ms(t.p50)}, p95 ${ms(t.p95)}`,
    target: '≤ 20 ms',
  });
}

/** A co-op closes each year once its accounts are approved: 2016 … 2025, through the API (each records its snapshot). */
async function closeYears(b: Bench): Promise<void> {
  const t0 = performance.now();
  const years = Array.from({ length: 10 }, (_, i) => 2016 + i);
  for (const y of years)
    await api(
      b.server.base,
      'POST',
      `/v1/orgs/${b.slug}/fiscal-years/${y}-12-31/close`,
      { closingRef: `AG ${y + 1}` },
      b.token,
    );
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `closed the fiscal years ${years[0]}–${years[years.length - 1]} in ${seconds.toFixed(1)} s (${((seconds * 1000) / years.length).toFixed(0)} ms each, snapshot included)`,
  );
  summary.push({
    scenario: 'close a fiscal year (with its snapshot)',
    figure: `${((seconds * 1000) / years.length).toFixed(0)} ms`,
    target: '—',
  });
}

async function orgToday(b: Bench): Promise<string> {
  return (
    await b.pg.query(
      `SELECT to_char(now() AT TIME ZONE timezone, 'YYYY-MM-DD') AS today FROM organizations WHERE id = $1`,
      [b.orgId],
    )
  ).rows[0].today;
}

// ---- 4. exports against psql \copy --------------------------------------------------------------

/** Wall time of psql writing a query's rows as CSV with \copy (client side, like the API). */
function psqlCopy(db: string, query: string, file: string): { ms: number; bytes: number } {
  const t = performance.now();
  execFileSync('psql', [db, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', `\\copy (${query}) TO '${file}' CSV HEADER`], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const result = { ms: performance.now() - t, bytes: statSync(file).size };
  unlinkSync(file);
  return result;
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

async function measureExports(b: Bench): Promise<void> {
  const org = `'${b.orgId}'`;
  const raw = psqlCopy(
    b.db,
    `SELECT * FROM ledger_movements WHERE organization_id = ${org} ORDER BY sequence`,
    '/tmp/ledger-raw.csv',
  );
  // the columns of the export: the movement with the member's number and name, their college, the class code
  const joined = psqlCopy(
    b.db,
    `SELECT l.sequence, l.effective_on, m.membership_number, coalesce(m.company_name, concat_ws(' ', m.last_name, m.first_name)), c.code, sc.code, l.kind, l.quantity,
            l.unit_cents, l.amount_cents, l.operation_type, l.recorded_at, l.hash, l.previous_hash
       FROM ledger_movements l JOIN members m ON m.id = l.member_id JOIN share_classes sc ON sc.id = l.share_class_id LEFT JOIN colleges c ON c.id = m.college_id
      WHERE l.organization_id = ${org} ORDER BY l.sequence`,
    '/tmp/ledger-joined.csv',
  );
  console.log(
    `psql \\copy of the ledger: SELECT * ${ms(raw.ms)} (${mb(raw.bytes)}); joined with member, college and class ${ms(joined.ms)} (${mb(joined.bytes)})`,
  );
  const fecQuery = (
    year: number,
  ) => `SELECT e.journal_code, e.journal_label, e.entry_number, e.entry_date, l.account, l.account_label, l.aux_account, l.aux_label, e.piece_ref, e.piece_date, e.label,
            l.debit_cents, l.credit_cents, e.validated_on
       FROM accounting_entries e JOIN accounting_lines l ON l.entry_id = e.id
      WHERE e.organization_id = ${org} AND e.fiscal_year_end = '${year}-12-31' ORDER BY e.entry_number, l.line_number`;
  const fecRaw2025 = psqlCopy(b.db, fecQuery(LAST_YEAR), '/tmp/fec-raw.csv');
  let fecRawAll = 0;
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) fecRawAll += psqlCopy(b.db, fecQuery(y), '/tmp/fec-raw.csv').ms;
  console.log(
    `psql \\copy of the journal lines: ${LAST_YEAR} ${ms(fecRaw2025.ms)} (${mb(fecRaw2025.bytes)}); all ${LAST_YEAR - FIRST_YEAR + 1} years ${ms(fecRawAll)}`,
  );

  const rssBefore = peakRssMb(b.server.pid);
  const base = `${b.server.base}/v1/orgs/${b.slug}/exports`;
  const csv = await download(`${base}/ledger.csv`, b.token);
  if (csv.status === 200) {
    const extraLines = csv.lines - MOVEMENTS;
    console.log(
      `GET exports/ledger.csv: ${ms(csv.ms)}, ${mb(csv.bytes)}, ${csv.lines.toLocaleString('en')} lines (${extraLines >= 0 ? '+' : ''}${extraLines} vs movements); ${(csv.ms / raw.ms).toFixed(2)} × psql SELECT *, ${(csv.ms / joined.ms).toFixed(2)} × psql joined  [target ≤ 5 ×]`,
    );
    console.log(
      `  ${JSON.stringify(csv.headers['content-type'])} ${JSON.stringify(csv.headers['content-disposition'])}; first lines: ${JSON.stringify(csv.head.split('\n').slice(0, 2))}`,
    );
    summary.push({
      scenario: 'GET exports/ledger.csv (all)',
      figure: `${(csv.ms / 1000).toFixed(2)} s = ${(csv.ms / joined.ms).toFixed(1)} × psql joined (${(csv.ms / raw.ms).toFixed(1)} × SELECT *)`,
      target: '≤ 5 × psql',
    });
  } else {
    console.log(`GET exports/ledger.csv: ${csv.status} — not available (${csv.head.slice(0, 200)})`);
    summary.push({
      scenario: 'GET exports/ledger.csv (all)',
      figure: `not available (${csv.status})`,
      target: '≤ 5 × psql',
    });
  }
  const fec = await download(`${base}/fec?year=${LAST_YEAR}`, b.token);
  if (fec.status === 200) {
    console.log(
      `GET exports/fec?year=${LAST_YEAR}: ${ms(fec.ms)}, ${mb(fec.bytes)}, ${fec.lines.toLocaleString('en')} lines; ${(fec.ms / fecRaw2025.ms).toFixed(2)} × psql  [target ≤ 5 ×]  ${JSON.stringify(fec.headers['content-disposition'])}`,
    );
    summary.push({
      scenario: `GET exports/fec?year=${LAST_YEAR}`,
      figure: `${ms(fec.ms)} = ${(fec.ms / fecRaw2025.ms).toFixed(1)} × psql`,
      target: '≤ 5 × psql',
    });
    let allMs = 0;
    let allBytes = 0;
    const failures: string[] = [];
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      const d = await download(`${base}/fec?year=${y}`, b.token);
      if (d.status !== 200) failures.push(`${y}: ${d.status} ${d.head.slice(0, 120)}`);
      allMs += d.ms;
      allBytes += d.bytes;
    }
    console.log(
      `GET exports/fec for each year ${FIRST_YEAR}–${LAST_YEAR}: ${ms(allMs)} in all, ${mb(allBytes)}; ${(allMs / fecRawAll).toFixed(2)} × psql${failures.length ? `; failed: ${failures.join('; ')}` : ''}`,
    );
    summary.push({
      scenario: `GET exports/fec, all ${LAST_YEAR - FIRST_YEAR + 1} years`,
      figure: `${(allMs / 1000).toFixed(2)} s = ${(allMs / fecRawAll).toFixed(1)} × psql`,
      target: '≤ 5 × psql',
    });
  } else {
    console.log(`GET exports/fec?year=${LAST_YEAR}: ${fec.status} — not available (${fec.head.slice(0, 200)})`);
    summary.push({
      scenario: `GET exports/fec?year=${LAST_YEAR}`,
      figure: `not available (${fec.status})`,
      target: '≤ 5 × psql',
    });
  }
  const rssAfter = peakRssMb(b.server.pid);
  console.log(
    `API peak RSS (VmHWM): ${rssBefore.toFixed(0)} MB before the exports, ${rssAfter.toFixed(0)} MB after  [target ≤ 200 MB]`,
  );
  summary.push({
    scenario: 'API peak RSS across the exports',
    figure: `${rssAfter.toFixed(0)} MB (${rssBefore.toFixed(0)} MB before)`,
    target: '≤ 200 MB',
  });
}

// ---- 5. approvals per second --------------------------------------------------------------------

/** Applicants straight into the database, returned in order. */
async function insertApplicants(b: Bench, count: number, prefix: string): Promise<string[]> {
  const { rows } = await b.pg.query(
    `INSERT INTO members (organization_id, kind, first_name, last_name, email, college_id, status, search_text, sort_name, country, external_ref)
     SELECT $1, 'person', 'Candidat', $2 || '-' || i, 'candidat.' || $2 || i || '@exemple.fr', ($3::uuid[])[1 + i % 3], 'applicant',
            lower('candidat ' || $2 || '-' || i), lower($2 || '-' || i || ' candidat'), 'FR', $2 || i
       FROM generate_series(1, $4::int) i ORDER BY i RETURNING id`,
    [b.orgId, prefix, b.collegeIds, count],
  );
  return rows.map((r: { id: string }) => r.id);
}

function reportErrors(label: string, errors: unknown[]): string {
  if (!errors.length) return '';
  console.log(
    `  ${label}: ${errors.length} failed; first: ${String((errors[0] as Error).message ?? errors[0]).slice(0, 300)}`,
  );
  return `, ${errors.length} failed`;
}

async function measureApprovals(b: Bench): Promise<void> {
  const today = await orgToday(b);
  const base = b.server.base;
  const path = `/v1/orgs/${b.slug}/subscriptions`;
  const payment = { amountCents: NOMINAL, paidOn: today, method: 'transfer' };

  // subscribe → approve → pay, which issues the share and admits the applicant; 16 clients
  const cycleApplicants = await insertApplicants(b, APPLICANTS, 'C');
  let t = performance.now();
  const cycleErrors = await inParallel(cycleApplicants, 16, async (memberId) => {
    const s = await api(base, 'POST', path, { memberId, shareClassCode: 'A', quantity: 1 }, b.token);
    await api(base, 'POST', `${path}/${s.id}/approve`, {}, b.token);
    const paid = await api(base, 'POST', `${path}/${s.id}/payments`, payment, b.token);
    if (paid.status !== 'issued') throw new Error(`subscription ${s.id} is ${paid.status} after payment`);
  });
  let seconds = (performance.now() - t) / 1000;
  const cycles = APPLICANTS - cycleErrors.length;
  const failed = reportErrors('cycles', cycleErrors);
  console.log(
    `subscribe + approve + pay (issue), 16 clients: ${cycles.toLocaleString('en')} in ${seconds.toFixed(1)} s = ${(cycles / seconds).toFixed(1)} cycles/s (${((3 * cycles) / seconds).toFixed(0)} requests/s)${failed}`,
  );
  summary.push({
    scenario: 'subscribe+approve+pay cycles, 16 clients',
    figure: `${(cycles / seconds).toFixed(1)} cycles/s${failed}`,
    target: '—',
  });

  // approvals of pending subscriptions whose money is already in (escrow): each approval issues; 20 clients
  const pendingApplicants = await insertApplicants(b, PENDING, 'P');
  const pending: string[] = [];
  t = performance.now();
  const prepErrors = await inParallel(pendingApplicants, 20, async (memberId) => {
    const s = await api(base, 'POST', path, { memberId, shareClassCode: 'A', quantity: 1 }, b.token);
    await api(base, 'POST', `${path}/${s.id}/payments`, payment, b.token);
    pending.push(s.id);
  });
  reportErrors('pending subscriptions', prepErrors);
  console.log(
    `  (${pending.length} pending subscriptions with their payment in escrow prepared in ${((performance.now() - t) / 1000).toFixed(1)} s)`,
  );
  t = performance.now();
  const approveErrors = await inParallel(pending, 20, async (id) => {
    const s = await api(base, 'POST', `${path}/${id}/approve`, {}, b.token);
    if (s.status !== 'issued') throw new Error(`subscription ${id} is ${s.status} after approval`);
  });
  seconds = (performance.now() - t) / 1000;
  const approvals = pending.length - approveErrors.length;
  const failedApprovals = reportErrors('approvals', approveErrors);
  console.log(
    `approvals of paid pending subscriptions (each issues), 20 clients: ${approvals.toLocaleString('en')} in ${seconds.toFixed(1)} s = ${(approvals / seconds).toFixed(1)} approvals/s${failedApprovals}`,
  );
  summary.push({
    scenario: 'approvals of paid pending subscriptions, 20 clients',
    figure: `${(approvals / seconds).toFixed(1)} approvals/s${failedApprovals}`,
    target: '—',
  });
}

// ---- checks afterwards --------------------------------------------------------------------------

async function checkChain(b: Bench): Promise<void> {
  const [s] = (
    await b.pg.query(
      `SELECT h.last_sequence::int AS last, (SELECT count(*) FROM ledger_movements WHERE organization_id = $1)::int AS count,
            (SELECT max(sequence) FROM ledger_movements WHERE organization_id = $1)::int AS max,
            h.capital_cents::bigint AS head_capital, (SELECT sum(amount_cents) FROM ledger_movements WHERE organization_id = $1)::bigint AS ledger_capital,
            (SELECT count(*) FROM holdings x WHERE organization_id = $1 AND quantity <> (SELECT coalesce(sum(quantity), 0) FROM ledger_movements l
               WHERE l.organization_id = $1 AND l.member_id = x.member_id AND l.share_class_id = x.share_class_id))::int AS holdings_off
       FROM ledger_heads h WHERE h.organization_id = $1`,
      [b.orgId],
    )
  ).rows;
  const gapless = s.last === s.count && s.max === s.count;
  console.log(
    `ledger head: last_sequence ${s.last.toLocaleString('en')}, ${s.count.toLocaleString('en')} movements, max sequence ${s.max.toLocaleString('en')} → ${gapless ? 'gapless' : 'GAP'}; head capital ${s.head_capital === s.ledger_capital ? 'matches' : `${s.head_capital} ≠ ${s.ledger_capital}`} the ledger; ${s.holdings_off} holdings off`,
  );
  const t = performance.now();
  const report = await api(b.server.base, 'GET', `/v1/orgs/${b.slug}/ledger/verify`, undefined, b.token);
  const seconds = (performance.now() - t) / 1000;
  console.log(
    `GET ledger/verify: ${seconds.toFixed(1)} s, valid ${report.valid}, ${report.movements.toLocaleString('en')} movements${report.firstBroken ? `, first broken ${JSON.stringify(report.firstBroken)}` : ''}`,
  );
  summary.push({
    scenario: 'gapless sequence, head = ledger',
    figure: gapless && s.head_capital === s.ledger_capital && s.holdings_off === 0 ? 'yes' : 'NO',
    target: 'yes',
  });
  summary.push({
    scenario: `GET ledger/verify (${report.movements.toLocaleString('en')} movements)`,
    figure: `${report.valid ? 'valid' : 'INVALID'} in ${seconds.toFixed(1)} s`,
    target: 'valid',
  });
}

function printSummary(): void {
  const w = [Math.max(...summary.map((r) => r.scenario.length)), Math.max(...summary.map((r) => r.figure.length))];
  console.log('\nsummary');
  console.log(`${'scenario'.padEnd(w[0])}  ${'figure'.padEnd(w[1])}  target`);
  for (const r of summary) console.log(`${r.scenario.padEnd(w[0])}  ${r.figure.padEnd(w[1])}  ${r.target}`);
}

/** every date from `first` to `last` inclusive, as YYYY-MM-DD */
function dateRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
