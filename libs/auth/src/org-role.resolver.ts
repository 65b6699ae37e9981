import type { OrgContext } from './access.decorators';

/**
 * Resolves the caller's role in an organization. Implemented by the organizations library and
 * bound in the app, so auth does not depend on it. It may refuse outright (a DomainError): an
 * admin without two-factor sign-in in an organization that requires it.
 */
export abstract class OrgRoleResolver {
  abstract resolve(slug: string, userId: string): Promise<OrgContext | null>;
}
