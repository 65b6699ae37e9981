/**
 * What an organization's API token may reach, and which events and fields a webhook
 * subscription may receive (PRODUCT.md §7). No scope reaches ballots or a member's own acts.
 */
export const API_SCOPES = [
  'registry:read',
  'registry:write',
  'shares:read',
  'shares:write',
  'assemblies:read',
  'exports:read',
  'funding:read',
  'funding:write',
] as const;

export type ApiScope = (typeof API_SCOPES)[number];
