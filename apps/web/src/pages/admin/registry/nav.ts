import type { Section } from '../section';

/** The console's sections for the registry pages. */
export const registryNav: Section[] = [{ to: '/o/$slug/admin', label: 'registry.dashboard.title', exact: true }];
