import type { Section } from '../section';

/** The console's sections for the shares pages. */
export const sharesNav: Section[] = [{ to: '/o/$slug/admin/shares', label: 'shares.title' }];
