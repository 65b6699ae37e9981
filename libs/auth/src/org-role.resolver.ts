import type { OrgContext } from './access.decorators';

/**
 * Resolves the caller's role in an organization. Implemented by the organizations library and
 * bound in the app, so auth does not depend on it. It may refuse outright (a DomainError): an
 * admin without two-factor sign-in in an organization that requires it, or a password session in one
 * that requires single sign-on (`ssoOrganizationId`: the organization the session was obtained for).
 */
export abstract class OrgRoleResolver {
  abstract resolve(slug: string, userId: string, ssoOrganizationId?: string | null): Promise<OrgContext | null>;
}
