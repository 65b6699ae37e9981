import { EntityManager } from 'typeorm';

/** PostgreSQL error codes we test for. */
export const PG = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  serializationFailure: '40001',
} as const;

export function pgCode(error: unknown): string | undefined {
  return (error as { driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: string })?.code;
}

export function pgConstraint(error: unknown): string | undefined {
  return (error as { driverError?: { constraint?: string } })?.driverError?.constraint;
}

export type Tx = EntityManager;
