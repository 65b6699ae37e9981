/** The register's words for its codes, in French as the exports print them. */

/** SQL: the member's name as the register shows it: the company, or "LAST first". */
export const SQL_MEMBER_NAME = `coalesce(m.company_name, concat_ws(' ', m.last_name, m.first_name))`;

export const MOVEMENT_LABELS: Record<string, string> = {
  issue: 'Émission',
  transfer_in: 'Cession (entrée)',
  transfer_out: 'Cession (sortie)',
  redemption: 'Remboursement',
  cancellation: 'Annulation',
  conversion_in: 'Conversion (entrée)',
  conversion_out: 'Conversion (sortie)',
  opening: 'Reprise (ouverture du registre)',
};

export const OPERATION_LABELS: Record<string, string> = {
  subscription: 'Souscription',
  transfer: 'Cession',
  redemption: 'Remboursement',
  conversion: 'Conversion',
  reversal: 'Correction',
  opening: 'Ouverture du registre',
};

export const MEMBER_STATUS_LABELS: Record<string, string> = {
  applicant: 'Candidat',
  active: 'Associé',
  resigning: 'Démission en cours',
  resigned: 'Démissionnaire',
  excluded: 'Exclu',
  deceased: 'Décédé',
};
