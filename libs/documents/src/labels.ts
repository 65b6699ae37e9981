import type { DocumentLanguage } from './format';

/** Every fixed text of the documents, in French (the legal language) and English. */
export interface Labels {
  /** "Label :" with French spacing, "Label:" in English */
  colon: (label: string) => string;
  legalForms: Record<string, string>;
  siren: string;
  documentNumber: string;
  issuedOn: (date: string) => string;
  verificationCode: string;
  verifyAt: string;
  page: (n: number, of: number) => string;

  minutesTitle: (assemblyKind: string) => string;
  assemblyKinds: Record<string, string>;
  assembly: string;
  assemblyTitle: string;
  place: string;
  remote: string;
  convocation: string;
  notStated: string;
  ballot: string;
  secret: string;
  open: string;
  weighting: string;
  weightings: Record<string, string>;
  agenda: string;
  resolutionHeading: (number: number, title: string) => string;
  agendaItem: (number: number, title: string) => string;
  votingWindow: (opened: string, closed: string) => string;
  electorate: string;
  voters: string;
  votersWithProxies: (voters: string, proxies: string) => string;
  turnout: string;
  quorumRequired: string;
  noQuorumRequired: string;
  reached: string;
  notReached: string;
  text: string;
  result: string;
  for: string;
  against: string;
  abstain: string;
  college: string;
  collegeWeight: string;
  forShare: string;
  weightedForShare: string;
  noVotesExpressed: string;
  majorityRequired: string;
  majorities: Record<string, string>;
  abstentionsNote: string;
  candidate: string;
  votes: string;
  weightedVotes: string;
  seats: string;
  decision: string;
  outcomes: Record<string, string>;
  elected: (names: string) => string;
  noneElected: string;
  tie: string;
  seal: string;
  sealNote: string;
  annex: (number: number, title: string) => string;
  membershipNumber: string;
  member: string;
  participation: string;
  inPerson: string;
  byProxy: (holder: string) => string;
  attendanceTotal: (voters: string, proxies: string) => string;
  secretAttendanceNote: string;
  noVoters: string;
  certification: string;
  chair: string;
  secretary: string;
}

const fr: Labels = {
  colon: (label) => `${label}\u00a0:`,
  legalForms: {
    SCIC_SAS: "SCIC SAS — société coopérative d'intérêt collectif par actions simplifiée",
    SCIC_SA: "SCIC SA — société coopérative d'intérêt collectif anonyme",
    SCIC_SARL: "SCIC SARL — société coopérative d'intérêt collectif à responsabilité limitée",
    SCOP_SA: 'SCOP SA — société coopérative et participative anonyme',
    SCOP_SARL: 'SCOP SARL — société coopérative et participative à responsabilité limitée',
    SA_COOP: 'Société anonyme coopérative',
    ASSOCIATION: 'Association',
    OTHER: '',
  },
  siren: 'SIREN',
  documentNumber: 'Document n°',
  issuedOn: (date) => `établi le ${date}`,
  verificationCode: 'Code de vérification',
  verifyAt: 'Vérifier ce document',
  page: (n, of) => `Page ${n} / ${of}`,

  minutesTitle: (kind) => `Procès-verbal de l'assemblée générale ${kind}`,
  assemblyKinds: { ordinary: 'ordinaire', extraordinary: 'extraordinaire', permanent: 'permanente' },
  assembly: "L'assemblée",
  assemblyTitle: 'Intitulé',
  place: 'Lieu',
  remote: 'Vote à distance, en ligne',
  convocation: 'Mode de convocation',
  notStated: 'non précisé',
  ballot: 'Scrutin',
  secret: 'secret',
  open: 'public (nominatif)',
  weighting: 'Décompte des voix',
  weightings: {
    per_member: 'un sociétaire, une voix',
    college: 'par collèges de vote (loi 47-1775, art. 19 octies)',
    per_share: 'au prorata des parts détenues',
  },
  agenda: 'Ordre du jour',
  resolutionHeading: (n, title) => `Résolution n° ${n} — ${title}`,
  agendaItem: (n, title) => `Résolution n° ${n} : ${title}`,
  votingWindow: (opened, closed) => `Le scrutin a été ouvert le ${opened} et clos le ${closed}.`,
  electorate: 'Sociétaires inscrits (électorat)',
  voters: 'Votants',
  votersWithProxies: (voters, proxies) => `${voters}, dont ${proxies} par procuration`,
  turnout: 'Participation',
  quorumRequired: 'Quorum requis',
  noQuorumRequired: 'aucun',
  reached: 'atteint',
  notReached: 'non atteint',
  text: 'Texte de la résolution',
  result: 'Résultat du vote',
  for: 'Pour',
  against: 'Contre',
  abstain: 'Abstention',
  college: 'Collège',
  collegeWeight: 'Poids',
  forShare: 'Pour (voix exprimées)',
  weightedForShare: 'Voix exprimées en faveur (pondérées)',
  noVotesExpressed: 'aucune voix exprimée',
  majorityRequired: 'Majorité requise',
  majorities: { simple: 'majorité simple des voix exprimées', two_thirds: 'majorité des deux tiers des voix exprimées' },
  abstentionsNote: 'Les abstentions ne sont pas comptées parmi les voix exprimées.',
  candidate: 'Candidat',
  votes: 'Voix',
  weightedVotes: 'Part pondérée',
  seats: 'Sièges à pourvoir',
  decision: 'Décision',
  outcomes: {
    adopted: 'La résolution est adoptée.',
    rejected: 'La résolution est rejetée.',
    no_quorum: "Quorum non atteint : l'assemblée n'a pu valablement délibérer sur cette résolution.",
  },
  elected: (names) => `Candidat(s) élu(s) : ${names}.`,
  noneElected: "Aucun candidat n'est élu.",
  tie: 'Égalité de voix pour le dernier siège : il est départagé selon les statuts.',
  seal: "Scellement de l'urne (racine de Merkle SHA-256)",
  sealNote: 'Chaque votant peut vérifier, avec son reçu, que son bulletin figure sous ce scellement.',
  annex: (n, title) => `Annexe — Feuille de présence, résolution n° ${n} : ${title}`,
  membershipNumber: 'N°',
  member: 'Sociétaire',
  participation: 'Participation',
  inPerson: 'en personne',
  byProxy: (holder) => `par procuration, pouvoir donné à ${holder}`,
  attendanceTotal: (voters, proxies) => `Nombre de votants : ${voters}, dont ${proxies} par procuration.`,
  secretAttendanceNote: 'Scrutin secret : cette feuille indique qui a pris part au vote, jamais le sens des votes.',
  noVoters: 'Aucun votant.',
  certification: 'Procès-verbal établi à partir du registre des votes et certifié conforme.',
  chair: 'Le président de séance',
  secretary: 'Le secrétaire de séance',
};

const en: Labels = {
  colon: (label) => `${label}:`,
  legalForms: {
    SCIC_SAS: 'SCIC SAS — collective-interest cooperative (simplified joint-stock company)',
    SCIC_SA: 'SCIC SA — collective-interest cooperative (public limited company)',
    SCIC_SARL: 'SCIC SARL — collective-interest cooperative (limited liability company)',
    SCOP_SA: "SCOP SA — workers' cooperative (public limited company)",
    SCOP_SARL: "SCOP SARL — workers' cooperative (limited liability company)",
    SA_COOP: 'Cooperative public limited company',
    ASSOCIATION: 'Association',
    OTHER: '',
  },
  siren: 'SIREN',
  documentNumber: 'Document no.',
  issuedOn: (date) => `issued on ${date}`,
  verificationCode: 'Verification code',
  verifyAt: 'Verify this document',
  page: (n, of) => `Page ${n} of ${of}`,

  minutesTitle: (kind) => `Minutes of the ${kind} general meeting`,
  assemblyKinds: { ordinary: 'ordinary', extraordinary: 'extraordinary', permanent: 'permanent' },
  assembly: 'The meeting',
  assemblyTitle: 'Title',
  place: 'Place',
  remote: 'Remote, online vote',
  convocation: 'How members were convened',
  notStated: 'not stated',
  ballot: 'Ballot',
  secret: 'secret',
  open: 'open (by name)',
  weighting: 'Vote counting',
  weightings: {
    per_member: 'one member, one vote',
    college: 'by voting colleges (loi 47-1775, art. 19 octies)',
    per_share: 'in proportion to shares held',
  },
  agenda: 'Agenda',
  resolutionHeading: (n, title) => `Resolution no. ${n} — ${title}`,
  agendaItem: (n, title) => `Resolution no. ${n}: ${title}`,
  votingWindow: (opened, closed) => `The vote opened on ${opened} and closed on ${closed}.`,
  electorate: 'Members entitled to vote',
  voters: 'Voters',
  votersWithProxies: (voters, proxies) => `${voters}, of whom ${proxies} by proxy`,
  turnout: 'Turnout',
  quorumRequired: 'Quorum required',
  noQuorumRequired: 'none',
  reached: 'reached',
  notReached: 'not reached',
  text: 'Text of the resolution',
  result: 'Result of the vote',
  for: 'For',
  against: 'Against',
  abstain: 'Abstain',
  college: 'College',
  collegeWeight: 'Weight',
  forShare: 'For (votes cast)',
  weightedForShare: 'Votes cast in favour (weighted)',
  noVotesExpressed: 'no votes cast',
  majorityRequired: 'Majority required',
  majorities: { simple: 'simple majority of votes cast', two_thirds: 'two-thirds majority of votes cast' },
  abstentionsNote: 'Abstentions are not counted as votes cast.',
  candidate: 'Candidate',
  votes: 'Votes',
  weightedVotes: 'Weighted share',
  seats: 'Seats to fill',
  decision: 'Decision',
  outcomes: {
    adopted: 'The resolution is adopted.',
    rejected: 'The resolution is rejected.',
    no_quorum: 'Quorum not reached: the meeting could not validly decide on this resolution.',
  },
  elected: (names) => `Elected: ${names}.`,
  noneElected: 'No candidate is elected.',
  tie: 'Tie for the last seat: it is decided as the statutes provide.',
  seal: 'Seal of the ballot box (SHA-256 Merkle root)',
  sealNote: 'Each voter can check with their receipt that their ballot is under this seal.',
  annex: (n, title) => `Annex — Attendance sheet, resolution no. ${n}: ${title}`,
  membershipNumber: 'No.',
  member: 'Member',
  participation: 'Participation',
  inPerson: 'in person',
  byProxy: (holder) => `by proxy, given to ${holder}`,
  attendanceTotal: (voters, proxies) => `Number of voters: ${voters}, of whom ${proxies} by proxy.`,
  secretAttendanceNote: 'Secret ballot: this sheet shows who took part in the vote, never how anyone voted.',
  noVoters: 'No voters.',
  certification: 'Minutes drawn from the register of votes and certified true.',
  chair: 'The chair',
  secretary: 'The secretary',
};

export const LABELS: Record<DocumentLanguage, Labels> = { fr, en };
