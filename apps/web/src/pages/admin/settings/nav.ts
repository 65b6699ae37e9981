import type { Section } from '../section';

/** The console's sections for the settings pages. */
export const settingsNav: Section[] = [{ to: '/o/$slug/admin/settings', label: 'settings.title' }];
