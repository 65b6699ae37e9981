import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtension,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiSecurity,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { ApiScope } from './api-scopes';

export const ROLES = ['admin', 'accountant', 'member'] as const;
export type Role = (typeof ROLES)[number];

export const ACCESS_KEY = 'socius:access';
export const TOKEN_SCOPE_KEY = 'socius:token-scope';

/** How a route may be reached. The global guard refuses any route that declares none. */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'user'; ssoSessions?: boolean }
  | { kind: 'org'; roles: Role[] }
  | { kind: 'operator-token'; setting: OperatorTokenSetting };

/** Settings holding a secret that operators' tools (not people) present as a bearer token. */
export type OperatorTokenSetting = 'METRICS_TOKEN';

/**
 * No token needed. Every public route says so explicitly. A route that checks credentials itself
 * (a ballot: a bearer token, a session cookie or a voting code) names the security schemes it accepts instead.
 */
export const Public = (options: { security?: ('bearer' | 'session' | 'voting-code')[] } = {}) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule),
    ...(options.security?.length
      ? [
          ...options.security.map((scheme) => ApiSecurity(scheme)),
          ApiUnauthorizedResponse({ description: `No valid credentials (${options.security.join(' or ')})` }),
        ]
      : [ApiSecurity({})]),
  );

/**
 * A route for operators' tools (a Prometheus scrape): `Authorization: Bearer <the setting's value>`,
 * compared by the guard in constant time; no user, session or role. 404 while the setting is unset.
 */
export const OperatorToken = (setting: OperatorTokenSetting) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'operator-token', setting } satisfies AccessRule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: `No bearer token, or not ${setting}` }),
  );

/** OpenAPI: a bearer token, or a browser's session cookie (the guard takes either). */
const SignedIn = () => applyDecorators(ApiBearerAuth(), ApiSecurity('session'));

/**
 * Any logged-in user, outside any organization (sign-in helpers, creating an organization). A session
 * obtained through an organization's identity provider is refused (403 `sso-session-confined`) unless
 * `ssoSessions: true` (reading one's account, signing out): it acts in that organization only.
 */
export const Authenticated = (options: { ssoSessions?: boolean } = {}) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'user', ssoSessions: options.ssoSessions ?? false } satisfies AccessRule),
    SignedIn(),
    ApiUnauthorizedResponse({ description: 'No valid bearer token or session' }),
  );

/**
 * An organization route (`/v1/orgs/:slug/...`) for the roles named. Someone without a role in
 * the organization gets 404, exactly as for an organization that does not exist.
 */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'org', roles } satisfies AccessRule),
    SignedIn(),
    ApiUnauthorizedResponse({ description: 'No valid bearer token or session' }),
    ApiForbiddenResponse({ description: `Roles allowed: ${roles.join(', ')}` }),
    ApiNotFoundResponse({ description: 'Unknown organization or object, or one you have no role in' }),
  );

/**
 * An organization's API token holding `scope` may call this @Roles route too (acting as an admin
 * of its organization only). A route without it refuses API tokens (403): so do ballots, a
 * member's own routes (`my/...`, proxies) and accounts, which never carry it. The route's roles
 * must include admin (checked at boot).
 */
export const TokenScope = (scope: ApiScope) =>
  applyDecorators(SetMetadata(TOKEN_SCOPE_KEY, scope), ApiSecurity('api-token'), ApiExtension('x-api-scope', scope));

export interface AuthUser {
  id: string;
  email: string;
  /** the session the request comes from */
  sessionId: string;
  via: 'bearer' | 'cookie';
  /** the organization whose identity provider signed this session in (single sign-on), which it is confined to */
  ssoOrganizationId?: string | null;
}

/** The organization a request acts in, resolved by the guard from `:slug` and the caller's role. */
export interface OrgContext {
  organizationId: string;
  slug: string;
  role: Role;
  /** null when an API token acts (as an admin, within its scopes) */
  userId: string | null;
  /** The member record linked to the caller in this organization, if any. */
  memberId: string | null;
  /** the caller signed in through one of this organization's identity providers */
  viaSso?: boolean;
}

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest().user;
});

export const Org = createParamDecorator((_: unknown, ctx: ExecutionContext): OrgContext => {
  const org = ctx.switchToHttp().getRequest().org;
  if (!org) throw new Error('@Org() used on a route without @Roles()');
  return org;
});
