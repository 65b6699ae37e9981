import type { Section } from '../admin/section';

/** The workspace's sections for the accounting pages: only what the accountant role may read. */
export const accountingNav: Section[] = [
  { to: '/o/$slug/accounting', label: 'accounting.exports.title', exact: true },
  { to: '/o/$slug/accounting/register', label: 'accounting.register.title' },
  { to: '/o/$slug/accounting/ledger', label: 'accounting.ledger.title' },
  { to: '/o/$slug/accounting/fiscal-years', label: 'accounting.years.title' },
];
