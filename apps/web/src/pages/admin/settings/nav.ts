import type { Section } from '../section';

/** The console's sections for the settings pages. */
export const settingsNav: Section[] = [
  { to: '/o/$slug/admin/campaigns', label: 'settings.campaigns.title' },
  { to: '/o/$slug/admin/documents', label: 'settings.documents.title' },
  { to: '/o/$slug/admin/audit', label: 'settings.audit.title' },
  { to: '/o/$slug/admin/people', label: 'settings.people.title' },
  { to: '/o/$slug/admin/payments', label: 'settings.payments.title' },
  { to: '/o/$slug/admin/webhooks', label: 'settings.webhooks.title' },
  { to: '/o/$slug/admin/api-tokens', label: 'settings.apiTokens.title' },
  { to: '/o/$slug/admin/identity-providers', label: 'settings.idp.title' },
  { to: '/o/$slug/admin/portability', label: 'settings.portability.title' },
  { to: '/o/$slug/admin/settings', label: 'settings.title' },
];
