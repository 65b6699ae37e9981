import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, AppConfig, ForbiddenError, NotFoundError, RequestContext, UnauthorizedError } from '@socius/core';
import type { Request } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { ACCESS_KEY, AccessRule, AuthUser, OrgContext, TOKEN_SCOPE_KEY } from './access.decorators';
import type { ApiScope } from './api-scopes';
import { ApiTokenNotAcceptedError, ApiTokenResolver, apiTokenOf, MissingScopeError } from './api-tokens';
import { OrgRoleResolver } from './org-role.resolver';
import { CSRF_HEADER, SessionsService } from './sessions.service';

type AuthedRequest = Request & { user?: AuthUser; org?: OrgContext };

/**
 * The one global guard. Deny by default: a route without @Public(), @Authenticated() or
 * @Roles() is refused (and the API refuses to boot with one, see assertEveryRouteDeclaresAccess).
 * An organization's API token (`Bearer soc_…`) reaches only @Roles routes that also carry
 * @TokenScope, in its own organization, with that scope.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly orgRoles: OrgRoleResolver,
    private readonly apiTokens: ApiTokenResolver,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ForbiddenError('This route declares no access rule.', 'no-access-rule');
    if (rule.kind === 'public') return true;

    const req = context.switchToHttp().getRequest<AuthedRequest>();
    if (rule.kind === 'operator-token') {
      this.checkOperatorToken(req, this.config[rule.setting]);
      RequestContext.assign({ actor: `operator:${rule.setting}` });
      return true;
    }
    const apiToken = rule.kind === 'org' ? apiTokenOf(req.headers.authorization) : null;
    if (apiToken) {
      const scope = this.reflector.get<ApiScope | undefined>(TOKEN_SCOPE_KEY, context.getHandler());
      req.org = await this.apiTokenContext(req, apiToken, scope);
      return true;
    }
    // an API token anywhere else is refused by SessionsService (403 api-token-not-accepted)
    const user = await this.authenticate(req);
    req.user = user;
    RequestContext.assign({ userId: user.id, actor: user.email });
    if (rule.kind === 'user') {
      if (user.ssoOrganizationId && !rule.ssoSessions) throw confined();
      return true;
    }

    const slug = req.params?.slug as string | undefined;
    if (!slug) throw new Error(`@Roles() on a route without :slug (${req.method} ${req.route?.path})`);
    const org = await this.orgRoles.resolve(slug, user.id, user.ssoOrganizationId);
    if (!org) throw new NotFoundError('organization');
    // an organization's admins choose whom its provider vouches for: that word counts there only
    if (user.ssoOrganizationId && user.ssoOrganizationId !== org.organizationId) throw confined();
    if (!rule.roles.includes(org.role)) {
      throw new ForbiddenError(`This action needs the role ${rule.roles.join(' or ')}; you are ${org.role} here.`);
    }
    req.org = org;
    return true;
  }

  /** An API token acts as an admin of its organization, within its scopes; never as a person. */
  private async apiTokenContext(req: AuthedRequest, secret: string, scope: ApiScope | undefined): Promise<OrgContext> {
    const token = await this.apiTokens.resolve(secret);
    if (!token) throw new UnauthorizedError('This API token is unknown, revoked or expired.');
    RequestContext.assign({ actor: `api-token:${token.id}` });
    if (!scope) throw new ApiTokenNotAcceptedError();
    if (token.slug !== req.params?.slug)
      throw new ForbiddenError('This API token acts only in its own organization.', 'api-token-other-organization');
    if (!token.scopes.includes(scope)) throw new MissingScopeError(scope);
    return { organizationId: token.organizationId, slug: token.slug, role: 'admin', userId: null, memberId: null };
  }

  /** The bearer token must be the setting's value (hashes compared in constant time); unset: the route is off. */
  private checkOperatorToken(req: Request, expected: string): void {
    if (!expected) throw new NotFoundError('route');
    const given = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const digest = (value: string) => createHash('sha256').update(value).digest();
    if (!given || !timingSafeEqual(digest(given), digest(expected)))
      throw new UnauthorizedError('An operator token is required (Authorization: Bearer).');
  }

  private async authenticate(req: Request): Promise<AuthUser> {
    const user = await this.sessions.authenticate({
      method: req.method,
      authorization: req.headers.authorization,
      cookie: req.headers.cookie,
      csrfToken: req.get(CSRF_HEADER),
    });
    if (!user) throw new UnauthorizedError();
    return user;
  }
}

const confined = () =>
  new ForbiddenError(
    "This session was opened through an organization's single sign-on: it acts in that organization only. Sign in with your password for the rest.",
    'sso-session-confined',
  );
