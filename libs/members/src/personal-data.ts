/**
 * Every database column that can hold personal data, and what the erasure of a departed member
 * (GDPR art. 17, PrivacyService.erase) does to it. test/members/personal-data.e2e-spec.ts fails when
 * a text, JSON, binary or array column exists that is listed neither here nor in NOT_PERSONAL: a new
 * column must be classified before it ships.
 */
export type Erasure =
  /** replaced by the member's pseudonym ("Sociétaire n°12") */
  | 'pseudonym'
  /** set to NULL (or removed) */
  | 'cleared'
  /** recomputed from the pseudonymized columns */
  | 'derived'
  /** kept as it is, for the reason given (a legal obligation, or data that is not the member's) */
  | { kept: string };

export const PERSONAL_DATA: Record<string, Record<string, Erasure>> = {
  members: {
    first_name: 'cleared',
    last_name: 'pseudonym',
    company_name: 'pseudonym',
    email: 'cleared',
    phone: 'cleared',
    address_line1: 'cleared',
    address_line2: 'cleared',
    postal_code: 'cleared',
    city: 'cleared',
    iban: 'cleared',
    siren: 'cleared',
    legal_representative: 'cleared',
    external_ref: 'cleared',
    search_text: 'derived',
    sort_name: 'derived',
  },
  contributions: {
    contributor_name: 'pseudonym',
    contributor_email: 'cleared',
    contributor_address: 'cleared',
    contributor_siren: { kept: 'a company’s public registration number, not a person’s' },
  },
  redemptions: { payee_name: 'pseudonym', payee_iban: 'cleared', payee_bic: 'cleared' },
  documents: {
    summary: 'pseudonym',
    title: 'pseudonym',
    // the stored PDF (storage_key) is deleted after the erasure; number, hash and code stay so a copy verifies
  },
  audit_log: {
    changes: 'cleared',
    actor: { kept: 'the account that acted (an administrator), not the member' },
  },
  deliveries: { recipient: 'pseudonym' },
  // the rows are deleted with the member's ids on other platforms
  member_external_refs: { external_id: 'cleared', platform: 'cleared' },
  // an organization's whole export: deleted when any of its members is erased
  portable_exports: { file: 'cleared', sha256: 'cleared' },
  idempotency_keys: { response: 'cleared' },
  accounting_lines: {
    aux_label: {
      kept: 'accounting records are kept ten years (C. com. L123-22) and a closed year is immutable (PCG art. 420-5)',
    },
  },
  accounting_entries: { label: { kept: 'accounting records: see accounting_lines.aux_label' } },
  payout_batches: {
    xml: { kept: 'the payment order sent to the bank, an accounting voucher kept ten years (C. com. L123-22)' },
    debtor_name: { kept: 'the co-op itself' },
    debtor_iban: { kept: 'the co-op’s own account' },
    debtor_bic: { kept: 'the co-op’s own bank' },
  },
  assembly_minutes_details: {
    chair_name: { kept: 'the minutes are a legal register kept for the life of the company (R225-106 C. com.)' },
    secretary_name: { kept: 'see chair_name' },
    scrutineer_names: { kept: 'see chair_name' },
  },
  contribution_events: { reference: { kept: 'a bank payment reference, an accounting voucher' } },
  subscription_payments: { reference: { kept: 'a bank payment reference, an accounting voucher' } },
  users: {
    email: { kept: 'a sign-in account, the person’s own, not the member record: closed with the account' },
    name: { kept: 'see email' },
  },
  sessions: { ip: { kept: 'an account’s sign-in sessions, expiring' }, user_agent: { kept: 'see ip' } },
  sso_identities: {
    subject: {
      kept: 'the account’s identifier at its co-op’s identity provider: deleted with the account or the provider',
    },
  },
  invitations: { email: { kept: 'an invitation to an account, expiring' } },
  organizations: {
    legal_representative_name: { kept: 'the co-op’s legal representative, printed on its documents' },
    payment_iban: { kept: 'the co-op’s own account' },
  },
  funding_settings: { signatory_name: { kept: 'the co-op’s signatory, printed on its receipts' } },
  staged_upload_chunks: { data: { kept: 'an uploaded import file, deleted after STAGED_UPLOAD_RETENTION_DAYS' } },
  staged_uploads: { result: { kept: 'an import’s report, deleted with its file' } },
  outbox: { last_error: { kept: 'a job’s last error (may name an address a mail server refused), operators only' } },
};

/** Columns of text, JSON, binary or array type that hold no personal data (codes, statuses, hashes, amounts as JSON). */
export const NOT_PERSONAL: Record<string, string[]> = {
  accounting_counters: ['journal_code'],
  accounting_entries: ['journal_code', 'journal_label', 'piece_ref', 'source_type'],
  accounting_lines: ['account', 'account_label', 'aux_account'],
  // an API token's name is the admin's label for another platform; only the secret's hash is kept
  api_tokens: ['name', 'scopes', 'secret_hash'],
  assemblies: ['convocation_method', 'kind', 'place', 'proxy_cap_rule', 'title', 'weighting'],
  assembly_minutes_details: ['debates_summary', 'documents_submitted'],
  audit_log: ['action', 'entity_id', 'entity_type', 'request_id'],
  ballots: ['associate_class', 'choice', 'ciphertext', 'leaf_hash', 'receipt_hash'],
  // the member's feed secret, hashed to find it and sealed to show it again to them
  calendar_feeds: ['secret_hash', 'secret_sealed'],
  campaigns: ['beneficiary', 'description', 'mode', 'status', 'title'],
  capital_days: ['tally'],
  charter_acceptances: ['via'],
  charters: ['body', 'kind', 'title'],
  colleges: ['code', 'name'],
  contribution_events: ['kind', 'method'],
  contributions: ['contributor_type', 'kind', 'partner_slug', 'partner_status', 'recurrence', 'status'],
  deliveries: ['purpose', 'status'],
  document_counters: ['series'],
  document_reservations: ['kind', 'language', 'number', 'subject_version', 'verification_code'],
  documents: [
    'kind',
    'language',
    'number',
    'sha256',
    'storage_key',
    'subject_type',
    'subject_version',
    'verification_code',
  ],
  fec_exports: ['encoding', 'file_name', 'sha256'],
  fiscal_years: ['closing_ref', 'loss_per_share', 'status'],
  funding_settings: ['purpose', 'signatory_title'],
  idempotency_keys: ['fingerprint', 'key'],
  invitations: ['role', 'token_hash'],
  ledger_heads: ['last_hash'],
  ledger_movements: ['hash', 'kind', 'operation_type', 'previous_hash'],
  members: [
    'admission_decision_ref',
    'associate_type',
    'country',
    'exit_decision_ref',
    'kind',
    'scic_category',
    'status',
  ],
  migrations: ['name'],
  // the co-op's own account at its payment provider (the secret sealed), and its checkouts: ids, amounts, states
  payment_accounts: ['account_ref', 'base_url', 'client_id', 'client_secret', 'provider'],
  payment_checkouts: [
    'problem',
    'provider',
    'provider_payment_id',
    'provider_reference',
    'purpose',
    'redirect_url',
    'status',
  ],
  organization_users: ['role'],
  organizations: [
    'accounting_settings',
    'address',
    'currency',
    'default_language',
    'fiscal_year_end',
    'legal_form',
    'legal_representative_title',
    'majority_base',
    'name',
    'rcs_city',
    'signature_place',
    'siren',
    'slug',
    'timezone',
  ],
  outbox: ['name', 'payload', 'progress_detail', 'queue', 'result', 'status'],
  participations: ['owner_hash'],
  resolution_electors: ['associate_class'],
  payout_batches: ['cancel_reason', 'message_id', 'status'],
  portable_exports: ['status'],
  redemptions: ['decision_ref', 'payment_reference', 'reason', 'status', 'status_reason'],
  resolutions: [
    'candidates',
    'college_weights',
    'kind',
    'majority',
    'majority_base',
    'outcome',
    'results',
    'seal_hash',
    'status',
    'text',
    'title',
    'vote_caps',
  ],
  sessions: ['kind', 'secret_hash'],
  // an organization's identity provider: its name, address and client credentials, no person's
  identity_providers: ['client_id', 'client_secret', 'issuer', 'name'],
  share_classes: ['code', 'college_codes', 'name'],
  staged_uploads: ['kind', 'params', 'status'],
  subscription_payments: ['method'],
  subscriptions: ['decision_ref', 'rejection_reason', 'status'],
  transfers: ['decision_ref', 'rejection_reason', 'status'],
  user_tokens: ['purpose', 'token_hash'],
  users: ['password_hash', 'totp_recovery_code_hashes', 'totp_secret'],
  voting_codes: ['code_hash'],
  // another platform's endpoint and what was sent to it: ids and event names, never a member's data
  webhook_attempts: ['error'],
  webhook_deliveries: ['event_ids', 'event_type', 'status'],
  webhook_endpoints: ['events', 'previous_secret', 'scopes', 'secret', 'url'],
};
