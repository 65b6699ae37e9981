import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { foldText } from '../../libs/members/src/search';
import { HASH_VERSION, movementHash } from '../../libs/shares/src/ledger';
import { copyIn, FIRST_NAMES as FIRST, LAST_NAMES as LAST } from './harness';

/**
 * FOR BENCHES AND LOAD TESTS: an organization's register loaded straight into PostgreSQL, as the
 * ledger would have recorded it, so that a run can start with thousands of shareholders.
 */

/** An organization with its share class, colleges and where its ledger stands. */
export interface LoadedOrg {
  token: string;
  slug: string;
  orgId: string;
  classId: string;
  /** the share class's nominal, in cents */
  nominalCents: number;
  /** members go round these; empty: no college */
  collegeIds: string[];
  lastSequence: number;
  lastHash: string;
  capitalCents: number;
  highestCapitalCents: number;
  lastNumber: number;
}

/**
 * `count` new active members, each admitted with a first issue of `quantity()` fully paid shares, as the
 * ledger would have recorded them: gapless sequence continuing the head, hash chain, holdings,
 * head (capital, highest capital), membership numbers. Returns their ids in order.
 */
export async function addShareholders(
  pg: Client,
  o: LoadedOrg,
  count: number,
  dates: (k: number) => string,
  recordedAt: string,
  prefix: string,
  quantity: () => number,
): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  const quantities = Array.from({ length: count }, quantity);
  await copyIn(
    pg,
    `COPY members (id, organization_id, kind, first_name, last_name, email, college_id, status, membership_number, admitted_on, search_text, sort_name, country, external_ref) FROM STDIN`,
    function* () {
      for (let k = 0; k < count; k++) {
        const number = o.lastNumber + k + 1;
        const first = FIRST[number % FIRST.length];
        const last = `${LAST[Math.floor(number / FIRST.length) % LAST.length]}-${number}`;
        const email = `${foldText(first)}.${number}@exemple.fr`;
        yield `${ids[k]}\t${o.orgId}\tperson\t${first}\t${last}\t${email}\t${o.collegeIds.length ? o.collegeIds[number % o.collegeIds.length] : '\\N'}\tactive\t${number}\t${dates(k)}\t${foldText(`${first} ${last} ${email} ${prefix}${number} #${number}`)}\t${foldText(`${last} ${first}`)}\tFR\t${prefix}${number}\n`;
      }
    },
  );
  const from = o.lastSequence;
  let previousHash = o.lastHash;
  let added = 0;
  await copyIn(
    pg,
    `COPY ledger_movements (id, organization_id, sequence, effective_on, member_id, share_class_id, kind, quantity, unit_cents, amount_cents, operation_type, operation_id, recorded_at, previous_hash, hash, hash_version) FROM STDIN`,
    function* () {
      for (let k = 0; k < count; k++) {
        const m = {
          id: randomUUID(),
          organizationId: o.orgId,
          sequence: from + k + 1,
          effectiveOn: dates(k),
          memberId: ids[k],
          shareClassId: o.classId,
          kind: 'issue' as const,
          quantity: quantities[k],
          unitCents: o.nominalCents,
          amountCents: quantities[k] * o.nominalCents,
          operationType: 'subscription',
          operationId: randomUUID(),
          recordedAt,
          previousHash,
          reversesSequence: null,
          recordedBy: null,
          hashVersion: HASH_VERSION,
        };
        const hash = movementHash(m);
        added += m.amountCents;
        yield `${m.id}\t${m.organizationId}\t${m.sequence}\t${m.effectiveOn}\t${m.memberId}\t${m.shareClassId}\tissue\t${m.quantity}\t${o.nominalCents}\t${m.amountCents}\tsubscription\t${m.operationId}\t${recordedAt}\t${previousHash}\t${hash}\t${HASH_VERSION}\n`;
        previousHash = hash;
      }
    },
  );
  o.lastSequence += count;
  o.lastHash = previousHash;
  o.capitalCents += added;
  o.highestCapitalCents = Math.max(o.highestCapitalCents, o.capitalCents);
  o.lastNumber += count;
  await pg.query(
    `INSERT INTO holdings (organization_id, member_id, share_class_id, quantity)
     SELECT organization_id, member_id, share_class_id, sum(quantity) FROM ledger_movements WHERE organization_id = $1 AND sequence > $2 GROUP BY 1, 2, 3
     ON CONFLICT (organization_id, member_id, share_class_id) DO UPDATE SET quantity = holdings.quantity + EXCLUDED.quantity`,
    [o.orgId, from],
  );
  await pg.query(
    `INSERT INTO ledger_heads (organization_id, last_sequence, last_hash, capital_cents, highest_capital_cents) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (organization_id) DO UPDATE SET last_sequence = EXCLUDED.last_sequence, last_hash = EXCLUDED.last_hash,
       capital_cents = EXCLUDED.capital_cents, highest_capital_cents = EXCLUDED.highest_capital_cents`,
    [o.orgId, o.lastSequence, o.lastHash, o.capitalCents, o.highestCapitalCents],
  );
  await pg.query(
    `INSERT INTO membership_counters (organization_id, last_number) VALUES ($1, $2) ON CONFLICT (organization_id) DO UPDATE SET last_number = EXCLUDED.last_number`,
    [o.orgId, o.lastNumber],
  );
  return ids;
}
