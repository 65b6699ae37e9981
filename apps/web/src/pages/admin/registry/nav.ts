import type { Section } from '../section';

/** The console's sections for the registry pages. */
export const registryNav: Section[] = [
  { to: '/o/$slug/admin', label: 'registry.dashboard.title', exact: true },
  { to: '/o/$slug/admin/members', label: 'registry.members.title' },
  { to: '/o/$slug/admin/import', label: 'registry.import.title' },
];
