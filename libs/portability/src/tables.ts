/**
 * What a portable export carries, table by table, in the order an import writes them (a table's
 * rows after those it refers to; fiscal years last, since a closed year refuses movements dated in
 * it), and what it leaves out and why. test/portability checks that every table of an
 * organization's data is in one list or the other.
 */
export interface CarriedTable {
  name: string;
  /** the columns the rows are sorted by, so that two exports of the same data are the same bytes */
  orderBy: string;
  /** a table without organization_id: its rows are those of the organization's rows in `parent` */
  parent?: { column: string; table: string };
  /** also written as CSV (French spreadsheets: `;`, UTF-8 with BOM) */
  csv?: boolean;
}

export const CARRIED_TABLES: CarriedTable[] = [
  { name: 'colleges', orderBy: 'code, id' },
  { name: 'member_college_versions', orderBy: 'organization_id' },
  { name: 'membership_counters', orderBy: 'organization_id' },
  { name: 'members', orderBy: 'membership_number NULLS LAST, id', csv: true },
  { name: 'member_college_changes', orderBy: 'version, member_id' },
  { name: 'member_external_refs', orderBy: 'member_id, platform' },
  { name: 'charters', orderBy: 'id' },
  { name: 'charter_acceptances', orderBy: 'id' },
  { name: 'share_classes', orderBy: 'code' },
  { name: 'subscriptions', orderBy: 'id' },
  { name: 'capital_calls', orderBy: 'id' },
  { name: 'subscription_payments', orderBy: 'id' },
  { name: 'transfers', orderBy: 'id' },
  { name: 'redemptions', orderBy: 'id' },
  { name: 'ledger_movements', orderBy: 'sequence', csv: true },
  { name: 'ledger_heads', orderBy: 'organization_id' },
  { name: 'holdings', orderBy: 'member_id, share_class_id', csv: true },
  { name: 'holding_snapshots', orderBy: 'as_of, member_id, share_class_id' },
  { name: 'capital_days', orderBy: 'year_end, day' },
  { name: 'register_openings', orderBy: 'opened_on' },
  { name: 'accounting_counters', orderBy: 'journal_code, fiscal_year_end' },
  { name: 'accounting_entries', orderBy: 'id' },
  {
    name: 'accounting_lines',
    orderBy: 'entry_id, line_number',
    parent: { column: 'entry_id', table: 'accounting_entries' },
  },
  { name: 'payout_batches', orderBy: 'id' },
  {
    name: 'payout_batch_items',
    orderBy: 'batch_id, redemption_id',
    parent: { column: 'batch_id', table: 'payout_batches' },
  },
  { name: 'fec_exports', orderBy: 'id' },
  { name: 'assemblies', orderBy: 'id' },
  { name: 'assembly_minutes_details', orderBy: 'assembly_id' },
  { name: 'resolutions', orderBy: 'id' },
  { name: 'resolution_electors', orderBy: 'resolution_id, member_id' },
  { name: 'proxies', orderBy: 'id' },
  { name: 'campaigns', orderBy: 'id' },
  { name: 'funding_settings', orderBy: 'organization_id' },
  { name: 'contributions', orderBy: 'id' },
  { name: 'contribution_events', orderBy: 'id' },
  { name: 'documents', orderBy: 'number, id' },
  { name: 'document_counters', orderBy: 'series' },
  { name: 'fiscal_years', orderBy: 'start_on' },
];

/** The organization's tables an export leaves out: bound to this instance, or secret, or transient. */
export const LEFT_OUT_TABLES: Record<string, string> = {
  organization_users: 'who holds which role: user accounts belong to an instance',
  invitations: 'pending invitations of accounts to this instance',
  member_accounts: 'the link between a member and a user account of this instance',
  api_tokens: 'credentials of this instance',
  calendar_feeds: 'secret feed addresses of this instance',
  webhook_endpoints: 'endpoints and their signing secrets',
  webhook_deliveries: 'deliveries of this instance to those endpoints',
  webhook_attempts: 'attempts of those deliveries',
  ballots:
    'a secret ballot is encrypted under a key derived from this instance’s BALLOT_SECRET and the resolution id, and ballots of a closed resolution are sealed; the results and the seal are carried on the resolution',
  participations: 'sealed with the ballots at the close; who voted is in the results’ counts',
  voting_codes: 'one-time codes sent to members for this instance',
  audit_log: 'the history names accounts of this instance; the import writes its own entry',
  outbox: 'jobs of this instance',
  deliveries: 'what this instance sent to whom',
  idempotency_keys: 'stored answers to requests made to this instance',
  staged_uploads: 'files sent to this instance for import',
  document_reservations: 'numbers being issued at the moment',
  portable_exports: 'the exports themselves',
  identity_providers: 'single sign-on clients registered for this instance, with sealed secrets',
  sso_identities: 'links of accounts of this instance to their identity providers',
  payment_accounts: 'HelloAsso credentials, sealed under this instance’s secret',
  payment_checkouts:
    'card payments started on this instance; the payments they recorded travel with the contributions and subscriptions',
};
