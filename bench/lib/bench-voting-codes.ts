import { randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import { hashCode } from '../../libs/assemblies/src/voting-code';

/**
 * FOR BENCHES ONLY: gives each member a voting code for the assembly by writing its hash straight
 * into the database, and answers the codes. The application never does this — its codes are issued
 * and e-mailed by the worker and never handed to anyone else (libs/convocations) — but a bench
 * casting 100,000 ballots needs the codes in hand without 100,000 e-mails.
 */
export async function insertVotingCodesForBench(
  pg: Client,
  organizationId: string,
  assemblyId: string,
  memberIds: string[],
): Promise<Map<string, string>> {
  const codes = memberIds.map(() => randomBytes(10).toString('hex').toUpperCase());
  await pg.query(
    `INSERT INTO voting_codes (id, assembly_id, member_id, organization_id, code_hash)
     SELECT gen_random_uuid(), $1, m, $2, h FROM unnest($3::uuid[], $4::text[]) AS x(m, h)
     ON CONFLICT (assembly_id, member_id) DO UPDATE SET code_hash = EXCLUDED.code_hash`,
    [assemblyId, organizationId, memberIds, codes.map(hashCode)],
  );
  return new Map(memberIds.map((id, i) => [id, codes[i]]));
}
