import { createHash } from 'node:crypto';
import { csvLine, DomainError } from '@socius/core';
import { GENESIS_HASH, HashedMovement, movementHash, MovementKind, verifyChain } from '@socius/shares';

/** The format's name and version, in every manifest: an import reads only this one. */
export const PORTABLE_FORMAT = 'socius-portable/1';

export type Row = Record<string, unknown>;

/** What manifest.json says of one file of the zip. */
export interface ManifestFile {
  sha256: string;
  bytes: number;
  /** for a table's JSON and CSV files: its rows */
  rows?: number;
}

/** The figures an import must find again: keyed by codes and titles, never by ids of one instance. */
export interface Figures {
  members: Row[];
  capital: Row[];
  head: Row | null;
  ledger: Row[];
  campaigns: Row[];
  resolutions: Row[];
}

export interface Manifest {
  format: typeof PORTABLE_FORMAT;
  exportedAt: string;
  /** the last migration of the instance that wrote it: an older instance refuses the file */
  schemaVersion: number;
  source: { organizationId: string; slug: string; name: string };
  files: Record<string, ManifestFile>;
  ledger: { length: number; head: { sequence: number; hash: string } };
  figures: Figures;
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A problem with the file, naming the file (and row, and column) at fault: 422, nothing written. */
export function invalid(field: string, message: string): DomainError {
  return new DomainError(422, 'portable-file-invalid', 'Unprocessable export file', `${field}: ${message}`, [
    { field, message },
  ]);
}

/** One row a line, so that a diff of two exports reads like a diff of the data. */
export function jsonRows(rows: Row[]): Buffer {
  return Buffer.from(rows.length ? `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n` : '[]\n', 'utf8');
}

/** The same rows as CSV for a French spreadsheet: UTF-8 with BOM, `;`, CRLF; JSON values in a cell as JSON. */
export function csvRows(rows: Row[], columns: string[]): Buffer {
  const cell = (v: unknown): string | number | null =>
    v === null || v === undefined
      ? null
      : typeof v === 'object'
        ? JSON.stringify(v)
        : typeof v === 'number'
          ? v
          : String(v);
  const lines = [csvLine(columns), ...rows.map((r) => csvLine(columns.map((c) => cell(r[c]))))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** A JSON Schema of a table's file, from the table's columns in PostgreSQL. */
export function tableSchema(columns: { name: string; type: string; nullable: boolean }[]): Row {
  const of = (type: string): Row => {
    if (type === 'uuid') return { type: 'string', format: 'uuid' };
    if (type === 'date') return { type: 'string', format: 'date' };
    if (type.startsWith('timestamp')) return { type: 'string', format: 'date-time' };
    if (['integer', 'smallint', 'bigint'].includes(type)) return { type: 'integer' };
    if (type === 'numeric') return { type: 'number' };
    if (type === 'boolean') return { type: 'boolean' };
    if (type === 'ARRAY') return { type: 'array' };
    if (type === 'bytea') return { type: 'string', contentEncoding: 'hex', description: '\\x then hex digits' };
    if (type === 'jsonb' || type === 'json') return {};
    return { type: 'string' };
  };
  return {
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: columns.filter((c) => !c.nullable).map((c) => c.name),
      properties: Object.fromEntries(
        columns.map((c) => {
          const schema = of(c.type);
          return [c.name, c.nullable && schema.type ? { ...schema, type: [schema.type, 'null'] } : schema];
        }),
      ),
    },
  };
}

/** A ledger row of the file (PostgreSQL's JSON of the row) as the chain's hash sees it. */
export function hashedMovement(r: Row): HashedMovement & { hash: string } {
  return {
    id: r.id as string,
    organizationId: r.organization_id as string,
    sequence: Number(r.sequence),
    effectiveOn: r.effective_on as string,
    memberId: r.member_id as string,
    shareClassId: r.share_class_id as string,
    kind: r.kind as MovementKind,
    quantity: Number(r.quantity),
    unitCents: Number(r.unit_cents),
    amountCents: Number(r.amount_cents),
    operationType: r.operation_type as string,
    operationId: (r.operation_id as string | null) ?? null,
    reversesSequence:
      r.reverses_sequence === null || r.reverses_sequence === undefined ? null : Number(r.reverses_sequence),
    recordedBy: (r.recorded_by as string | null) ?? null,
    recordedAt: new Date(r.recorded_at as string).toISOString(),
    previousHash: r.previous_hash as string,
    hashVersion: Number(r.hash_version),
    hash: r.hash as string,
  };
}

/** Checks the exported chain as it was: every hash, every link; answers its head. */
export function checkChain(rows: Row[]): { sequence: number; hash: string } {
  const movements = rows.map(hashedMovement);
  const broken = verifyChain(movements);
  if (broken) {
    const index = movements.findIndex((m) => m.sequence === broken.sequence);
    throw invalid(
      `ledger_movements.json[${index < 0 ? movements.length : index}]`,
      `the chain breaks at sequence ${broken.sequence} (${broken.reason}): the ledger was altered`,
    );
  }
  const last = movements[movements.length - 1];
  return last ? { sequence: last.sequence, hash: last.hash } : { sequence: 0, hash: GENESIS_HASH };
}

/**
 * Chains the imported movements again, in the same order and with the same hash versions: their
 * hash covers the organization's and the members' ids, which are new on this instance.
 */
export function rechain(rows: Row[]): { sequence: number; hash: string } {
  let previousHash = GENESIS_HASH;
  let sequence = 0;
  for (const r of rows) {
    const m = hashedMovement({ ...r, previous_hash: previousHash });
    const hash = movementHash(m);
    r.previous_hash = previousHash;
    r.hash = hash;
    previousHash = hash;
    sequence = m.sequence;
  }
  return { sequence, hash: previousHash };
}

/** Replaces, anywhere in a value, every string that is a key of `ids`. */
export function remap<T>(value: T, ids: ReadonlyMap<string, string>): T {
  if (typeof value === 'string') return (ids.get(value) ?? value) as T;
  if (Array.isArray(value)) return value.map((v) => remap(v, ids)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [ids.get(k) ?? k, remap(v, ids)])) as T;
  return value;
}

/** JSON with sorted keys: two equal values give the same text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Row)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}
