import type { Section } from '../section';

/** The console's sections for the assemblies pages. */
export const assembliesNav: Section[] = [{ to: '/o/$slug/admin/assemblies', label: 'assemblies.title' }];
