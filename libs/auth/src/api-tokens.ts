import { DomainError } from '@socius/core';
import { createHash, randomBytes } from 'node:crypto';
import type { ApiScope } from './api-scopes';

/** Every API token starts with this, so a leaked one is easy to find (secret scanners, grep). */
export const API_TOKEN_PREFIX = 'soc_';

/** What is stored of a token: SHA-256, hex. */
export const apiTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new token (shown once) and the hash that is stored: 256 random bits, so SHA-256 is enough. */
export function newApiToken(): { token: string; secretHash: string } {
  const token = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return { token, secretHash: apiTokenHash(token) };
}

/** The API token an `Authorization` header carries, or null when it carries none (a JWT, nothing). */
export function apiTokenOf(authorization: string | undefined): string | null {
  const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  return given?.startsWith(API_TOKEN_PREFIX) ? given : null;
}

/** A live API token: the organization it acts in and what it may reach. */
export interface ApiTokenIdentity {
  id: string;
  organizationId: string;
  slug: string;
  scopes: ApiScope[];
}

/**
 * Finds the live (not revoked, not expired) token of a secret and notes its use. Implemented by the
 * organizations library and bound in the app, so auth does not depend on it.
 */
export abstract class ApiTokenResolver {
  abstract resolve(token: string): Promise<ApiTokenIdentity | null>;
}

/** An API token without the scope the route needs; `scope` names it. */
export class MissingScopeError extends DomainError {
  constructor(readonly scope: ApiScope) {
    super(403, 'missing-scope', 'Forbidden', `This API token lacks the scope ${scope}.`, undefined, { scope });
  }
}

/** A credential for people (a session, a JWT) was expected, or the route takes no API token. */
export class ApiTokenNotAcceptedError extends DomainError {
  constructor(detail = 'API tokens act for their organization, never as a person: this route does not accept them.') {
    super(403, 'api-token-not-accepted', 'Forbidden', detail);
  }
}
