import type { Section } from '../admin/section';

/** The workspace's sections for the accounting pages. */
export const accountingNav: Section[] = [{ to: '/o/$slug/accounting', label: 'accounting.exports.title', exact: true }];
