import { Inject, Injectable, Logger } from '@nestjs/common';
import { ClientInfo, hashPassword, SecretBox, SessionsService, User } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { APP_CONFIG, AppConfig, readCookie, setCookie } from '@socius/core';
import { randomBytes } from 'node:crypto';
import * as oidc from 'openid-client';
import { DataSource, EntityManager } from 'typeorm';
import { SsoIdentity } from './entities/sso-identity.entity';
import { IdentityProvidersService } from './identity-providers.service';
import { SsoRepository } from './sso.repository';

export const SSO_FLOW_COOKIE = 'socius_sso_flow';
const FLOW_PATH = '/v1/auth/sso';
const FLOW_SECONDS = 600;

/** What the browser carries between the start and the callback, sealed (it holds the PKCE verifier). */
interface Flow {
  providerId: string;
  slug: string;
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
  expiresAt: number;
}

/** What the provider says of the person signing in. */
interface Person {
  sub: string;
  email?: unknown;
  email_verified?: unknown;
  name?: unknown;
}

/** Why a sign-in failed, as the web page names it (`/login?sso-error=…`). */
export type SsoFailure =
  | 'sso-unknown-provider'
  | 'sso-flow-expired'
  | 'sso-state-mismatch'
  | 'sso-nonce-mismatch'
  | 'sso-wrong-issuer'
  | 'sso-token-expired'
  | 'sso-denied'
  | 'sso-email-not-verified'
  | 'sso-account-not-verified'
  | 'sso-failed';

export class SsoError extends Error {
  constructor(
    readonly code: SsoFailure,
    message: string = code,
  ) {
    super(message);
  }
}

/**
 * Signing in through an organization's identity provider: the authorization request (PKCE S256,
 * state and nonce, kept in a sealed short-lived cookie), the callback (openid-client checks the
 * state, issuer, audience, nonce, signature and expiry), the account it matches, and the session,
 * confined to that organization.
 */
@Injectable()
export class SsoService {
  private readonly logger = new Logger(SsoService.name);
  private readonly flows: SecretBox;

  constructor(
    private readonly dataSource: DataSource,
    private readonly providers: IdentityProvidersService,
    private readonly sessions: SessionsService,
    private readonly repository: SsoRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.flows = new SecretBox(config.JWT_SECRET, 'sso-flow');
  }

  /** Where to send the browser, and the cookie that remembers the request. */
  async start(
    slug: string,
    providerId: string,
    returnTo: string | undefined,
  ): Promise<{ location: string; cookie: string }> {
    const provider = await this.providers.findEnabled(slug, providerId);
    if (!provider) throw new SsoError('sso-unknown-provider');
    const config = await this.providers.configuration(provider).catch((error: Error) => {
      throw new SsoError('sso-failed', error.message);
    });
    const flow: Flow = {
      providerId,
      slug,
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
      returnTo: sameOriginPath(returnTo) ?? `/o/${slug}`,
      expiresAt: Date.now() + FLOW_SECONDS * 1000,
    };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.providers.redirectUri,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    return { location: url.href, cookie: this.flowCookie(this.flows.seal(JSON.stringify(flow), SSO_FLOW_COOKIE)) };
  }

  /**
   * The provider's answer: checked, exchanged for tokens, matched to an account, and a cookie session
   * opened for the organization of the provider. Throws SsoError with what went wrong.
   */
  async callback(
    query: string,
    cookieHeader: string | undefined,
    client: ClientInfo,
  ): Promise<{ location: string; sessionCookie: string }> {
    const flow = this.openFlow(readCookie(cookieHeader, SSO_FLOW_COOKIE));
    const provider = await this.providers.findEnabled(flow.slug, flow.providerId);
    if (!provider) throw new SsoError('sso-unknown-provider');
    const config = await this.providers.configuration(provider);
    const currentUrl = new URL(this.providers.redirectUri);
    currentUrl.search = query;
    let claims: Person;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims()!;
      // many providers put the address in the ID token; the others answer it at their userinfo endpoint
      if (claims.email === undefined) {
        const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
        claims = { sub: claims.sub, email: info.email, email_verified: info.email_verified, name: info.name };
      }
    } catch (error) {
      throw failureOf(error);
    }
    const { sessionCookie, userId } = await this.dataSource.transaction(async (em) => {
      const user = await this.accountOf(em, provider.id, claims);
      const { secret } = await this.sessions.open(em, user, 'cookie', client, provider.organizationId);
      await this.audit.record(em, {
        organizationId: provider.organizationId,
        action: 'identity-provider.signed-in',
        entityType: 'user',
        entityId: user.id,
        changes: { provider: provider.name },
      });
      return { sessionCookie: this.sessions.cookie(secret), userId: user.id };
    });
    this.logger.log({ msg: 'sso sign-in', providerId: provider.id, userId });
    return { location: flow.returnTo, sessionCookie };
  }

  /** Clears the flow cookie (each flow is used once). */
  clearFlowCookie(): string {
    return this.flowCookie('', 0);
  }

  /**
   * The account a provider's subject signs in: the one linked to it; else, the first time, the
   * account with the same address when both the provider and Socius say it is verified; else a new
   * account, its address verified by the provider's word. An unverified address on either side is refused.
   */
  private async accountOf(em: EntityManager, providerId: string, claims: Person): Promise<User> {
    const linkedUserId = await this.repository.touchIdentity(em, providerId, claims.sub);
    if (linkedUserId) return em.findOneByOrFail(User, { id: linkedUserId });
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
    if (!email || claims.email_verified !== true)
      throw new SsoError('sso-email-not-verified', 'The provider does not say that the address is verified.');
    let user = await em.findOneBy(User, { email });
    if (user && !user.emailVerifiedAt)
      throw new SsoError('sso-account-not-verified', 'The Socius account of this address has not verified it.');
    if (!user) {
      const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : email;
      // no password until its owner sets one (password reset): the provider signs them in
      const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
      user = await em.save(em.create(User, { email, name, passwordHash, emailVerifiedAt: new Date() }));
    }
    await em.insert(SsoIdentity, { providerId, subject: claims.sub, userId: user.id });
    return user;
  }

  private openFlow(sealed: string | undefined): Flow {
    if (!sealed) throw new SsoError('sso-flow-expired');
    let flow: Flow;
    try {
      flow = JSON.parse(this.flows.open(sealed, SSO_FLOW_COOKIE)) as Flow;
    } catch {
      throw new SsoError('sso-flow-expired');
    }
    if (flow.expiresAt < Date.now()) throw new SsoError('sso-flow-expired');
    return flow;
  }

  private flowCookie(value: string, maxAgeSeconds = FLOW_SECONDS): string {
    // Lax: the provider's redirect back is a top-level navigation, which carries it
    return setCookie(SSO_FLOW_COOKIE, value, {
      maxAgeSeconds,
      path: FLOW_PATH,
      sameSite: 'Lax',
      secure: this.config.PUBLIC_URL.startsWith('https:'),
    });
  }
}

/** A path of this site (`/o/coop`), never another origin (`//evil`, `https://…`, `/\evil`). */
export function sameOriginPath(value: string | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return null;
  try {
    const url = new URL(value, 'http://socius.invalid');
    return url.origin === 'http://socius.invalid' ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}

/** openid-client's refusal, named for the person (the details go to the log). */
function failureOf(error: unknown): SsoError {
  // openid-client wraps the check that failed (oauth4webapi's) as its cause
  const cause = (error as { cause?: unknown }).cause;
  const inner = cause instanceof Error ? cause : error;
  const message = inner instanceof Error ? inner.message : String(inner);
  const code = (inner as { code?: string }).code ?? (error as { code?: string }).code;
  if (code === 'OAUTH_AUTHORIZATION_RESPONSE_ERROR') return new SsoError('sso-denied', message);
  if (message.includes('"state"')) return new SsoError('sso-state-mismatch', message);
  if (message.includes('"nonce"')) return new SsoError('sso-nonce-mismatch', message);
  if (message.includes('"iss"')) return new SsoError('sso-wrong-issuer', message);
  if (code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED') return new SsoError('sso-token-expired', message);
  return new SsoError('sso-failed', message);
}
