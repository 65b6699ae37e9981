import type { ApiScope } from '@socius/auth';

/**
 * The events a webhook endpoint may subscribe to, each with the scope its data needs: without
 * it a delivery carries the ids alone (no name, e-mail, address, amount or text).
 */
export const WEBHOOK_EVENTS = {
  'member.created': { scope: 'registry:read', subject: 'member' },
  'member.updated': { scope: 'registry:read', subject: 'member' },
  'member.admitted': { scope: 'registry:read', subject: 'member' },
  'member.exited': { scope: 'registry:read', subject: 'member' },
  'subscription.approved': { scope: 'shares:read', subject: 'subscription' },
  'movement.recorded': { scope: 'shares:read', subject: 'movement' },
  'resolution.opened': { scope: 'assemblies:read', subject: 'resolution' },
  'resolution.closed': { scope: 'assemblies:read', subject: 'resolution' },
  'campaign.opened': { scope: 'funding:read', subject: 'campaign' },
  'campaign.closed': { scope: 'funding:read', subject: 'campaign' },
  'contribution.paid': { scope: 'funding:read', subject: 'contribution' },
} as const satisfies Record<string, { scope: ApiScope; subject: string }>;

export type WebhookEventType = keyof typeof WEBHOOK_EVENTS;
export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENTS) as WebhookEventType[];
export type WebhookSubject = (typeof WEBHOOK_EVENTS)[WebhookEventType]['subject'];

/** The ids an event names (`memberId`, `subscriptionId`…): always sent, whatever the scopes. */
export type EventIds = Record<string, string | null>;

/**
 * The `data` of a delivery: the ids, and with the event's scope the subject as the API's GET
 * shows it when the delivery is sent (so an erased member is sent erased).
 */
export function eventData(
  type: WebhookEventType,
  ids: EventIds,
  scopes: readonly string[],
  view: object | null,
): Record<string, unknown> {
  const { scope, subject } = WEBHOOK_EVENTS[type];
  if (!scopes.includes(scope) || !view) return { ...ids };
  return { ...ids, [subject]: view };
}
