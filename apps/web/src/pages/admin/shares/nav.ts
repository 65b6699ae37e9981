import type { Section } from '../section';

/** The console's sections for the shares pages. */
export const sharesNav: Section[] = [
  { to: '/o/$slug/admin/shares', label: 'shares.nav.classes', exact: true },
  { to: '/o/$slug/admin/shares/subscriptions', label: 'shares.nav.subscriptions' },
  { to: '/o/$slug/admin/shares/transfers', label: 'shares.nav.transfers' },
  { to: '/o/$slug/admin/shares/redemptions', label: 'shares.nav.redemptions' },
  { to: '/o/$slug/admin/shares/payouts', label: 'shares.nav.payouts' },
  { to: '/o/$slug/admin/shares/ledger', label: 'shares.nav.ledger' },
  { to: '/o/$slug/admin/shares/fiscal-years', label: 'shares.nav.years' },
];
