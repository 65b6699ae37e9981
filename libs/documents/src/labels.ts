import type { DocumentLanguage } from './format';

/** Every fixed text of the documents, in French (the legal language) and English. */
export interface Labels {
  /** "Label :" with French spacing, "Label:" in English */
  colon: (label: string) => string;
  legalForms: Record<string, string>;
  siren: string;
  /** after the legal form of a co-operative (C. com. R123-237) */
  atVariableCapital: string;
  /** "RCS Lyon 732 829 320" */
  rcs: (city: string, siren: string) => string;
  /** "Fait à Lyon, le 5 décembre 2026" */
  signedAt: (place: string | null, date: string) => string;
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
  majorityBase: string;
  majorityBases: Record<string, string>;
  forShareOnBase: string;
  /** loi 47-1775 art. 3 bis: the non-cooperators' shares before the caps, and the factors their votes count for */
  voteCapApplied: (nonCooperators: string, others: string, otherFactor: string, cooperativeFactor: string) => string;
  voteCapWithin: (nonCooperators: string, others: string) => string;
  weightedCounts: string;
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
  meetingDate: string;
  bureau: string;
  chairRole: string;
  secretaryRole: string;
  scrutineers: string;
  documentsSubmitted: string;
  debates: string;
  notRecorded: string;
  addressColumn: string;
  sharesColumn: string;

  // ---- share certificate, receipt, tax certificate, capital statement ----
  certificateTitle: string;
  asAt: (date: string) => string;
  theMember: string;
  memberName: string;
  companyName: string;
  legalRepresentative: string;
  address: string;
  membershipNumberFull: string;
  notYetNumbered: string;
  votingCollege: string;
  noCollege: string;
  /** the admission's date and decision on one line */
  admission: string;
  memberStatus: string;
  memberStatuses: Record<string, string>;
  holdingsAt: (date: string) => string;
  shareClass: string;
  shareCount: string;
  nominalValue: string;
  amount: string;
  total: string;
  noShares: string;
  capitalContribution: string;
  subscribedCapital: string;
  calledCapital: string;
  paidCapital: string;
  certifies: (organization: string, member: string, date: string) => string;
  variableCapital: string;
  variableCapitalStatement: string[];
  forTheCompany: string;

  receiptTitle: string;
  subscription: string;
  reference: string;
  subscribedOn: string;
  decidedOn: (date: string, ref: string | null) => string;
  status: string;
  subscriptionStatuses: Record<string, string>;
  sharesIssuedOn: string;
  unitNominal: string;
  amountSubscribed: string;
  amountCalled: string;
  amountPaid: string;
  stillDue: string;
  notYetCalled: string;
  refunded: string;
  payments: string;
  paymentDate: string;
  paymentMethod: string;
  paymentMethods: Record<string, string>;
  noPayments: string;
  receiptStatement: (organization: string, member: string, amount: string) => string;

  taxTitle: string;
  taxMention: string;
  taxSubtitle: (year: number) => string;
  theCompany: string;
  legalName: string;
  legalFormLabel: string;
  registeredOffice: string;
  theSubscriber: string;
  subscriptionsConcerned: string;
  paymentsOfYear: (year: number) => string;
  totalPaidInYear: (year: number) => string;
  subscriptionRef: string;
  taxConditions: string;
  taxHolding: string;
  taxKeep: string;

  capitalTitle: string;
  capitalSummary: string;
  shareTotal: string;
  memberCount: string;
  byClass: string;
  byCollege: string;
  collegeName: string;
  floorHeading: string;
  floor: string;
  highestCapital: string;
  minimumCapital: string;
  floorNote: (percent: string) => string;
  /** the head of the ledger's hash chain, printed on the capital statement */
  ledgerHeading: string;
  ledgerNote: (sequence: string) => string;
  /** short column headers of the capital statement's tables */
  columns: {
    nominal: string;
    shares: string;
    subscribed: string;
    called: string;
    paid: string;
    members: string;
    weight: string;
  };

  annualMailSubject: (organization: string, date: string) => string;
  annualMailText: (organization: string, date: string, number: string, code: string, url: string) => string;
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
  atVariableCapital: 'à capital variable',
  rcs: (city, siren) => `RCS ${city} ${siren}`,
  signedAt: (place, date) => (place ? `Fait à ${place}, le ${date}` : `Fait le ${date}`),
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
  majorities: {
    simple: 'majorité simple',
    two_thirds: 'majorité des deux tiers',
  },
  abstentionsNote: 'Les abstentions ne sont pas comptées parmi les voix exprimées.',
  majorityBase: 'Base de la majorité',
  majorityBases: {
    expressed: 'voix exprimées, abstentions exclues (C. com. L225-96 et L225-98)',
    present_or_represented: 'voix des associés présents ou représentés, abstentions comprises (loi 78-763)',
    all_votes: 'ensemble des voix des associés (C. com. L223-29)',
  },
  forShareOnBase: 'Pour (sur la base de la majorité)',
  voteCapApplied: (nonCooperators, others, otherFactor, cooperativeFactor) =>
    `Plafonds de l’article 3 bis de la loi n° 47-1775 appliqués : les associés non coopérateurs détenaient ${nonCooperators} des droits de vote (dont ${others} hors sociétés coopératives), au-delà de 49 % (35 % hors sociétés coopératives) ; leurs voix sont réduites en proportion, chacune comptant pour ${otherFactor} (non coopérateurs hors sociétés coopératives) et ${cooperativeFactor} (sociétés coopératives non coopératrices).`,
  voteCapWithin: (nonCooperators, others) =>
    `Plafonds de l’article 3 bis de la loi n° 47-1775 : les associés non coopérateurs détiennent ${nonCooperators} des droits de vote (dont ${others} hors sociétés coopératives), dans les limites de 49 % et 35 % ; aucune réduction.`,
  weightedCounts: 'Voix retenues après plafonds',
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
  meetingDate: 'Date de la réunion',
  bureau: 'Bureau',
  chairRole: 'Président de séance',
  secretaryRole: 'Secrétaire',
  scrutineers: 'Scrutateurs',
  documentsSubmitted: "Documents et rapports soumis à l'assemblée",
  debates: 'Résumé des débats',
  notRecorded: 'non renseigné',
  addressColumn: 'Adresse',
  sharesColumn: 'Parts',

  certificateTitle: 'Attestation de détention de parts sociales',
  asAt: (date) => `au ${date}`,
  theMember: 'Le sociétaire',
  memberName: 'Nom',
  companyName: 'Raison sociale',
  legalRepresentative: 'Représentant légal',
  address: 'Adresse',
  membershipNumberFull: 'Numéro de sociétaire',
  notYetNumbered: 'non encore attribué (candidat)',
  votingCollege: 'Collège de vote',
  noCollege: 'Sans collège',
  admission: 'Admission',
  memberStatus: 'Situation',
  memberStatuses: {
    applicant: 'candidat',
    active: 'sociétaire',
    resigning: 'démission notifiée',
    resigned: 'démissionnaire',
    excluded: 'exclu',
    deceased: 'décédé',
  },
  holdingsAt: (date) => `Parts sociales détenues au ${date}`,
  shareClass: 'Catégorie',
  shareCount: 'Nombre de parts',
  nominalValue: 'Valeur nominale',
  amount: 'Montant',
  total: 'Total',
  noShares: 'Aucune part sociale détenue à cette date.',
  capitalContribution: 'Apport au capital',
  subscribedCapital: 'Capital souscrit',
  calledCapital: 'Capital appelé',
  paidCapital: 'Capital libéré (versé)',
  certifies: (org, member, date) =>
    `${org} certifie que ${member} détient, au ${date}, les parts sociales ci-dessus, inscrites à son nom au registre des mouvements de parts de la société.`,
  variableCapital: 'Capital variable',
  variableCapitalStatement: [
    'La société est à capital variable (articles L231-1 et suivants du code de commerce ; loi n° 47-1775 du 10 septembre 1947 portant statut de la coopération) : le capital augmente et diminue au gré des souscriptions et des retraits, sans modification des statuts.',
    "Les parts sociales sont nominatives et ne sont pas négociables : elles ne peuvent être cédées qu'avec l'agrément de la société, dans les conditions prévues par les statuts. Elles ne donnent droit à aucune plus-value.",
    "En cas de retrait, d'exclusion ou de décès, les parts sont remboursables au plus à leur valeur nominale, diminuée le cas échéant de la quote-part des pertes, dans les conditions et délais prévus par les statuts ; le capital ne peut être réduit au-dessous du plancher légal et statutaire.",
    'Le sociétaire court un risque de perte en capital, dans la limite de son apport.',
  ],
  forTheCompany: 'Pour la société, son représentant légal',

  receiptTitle: 'Reçu de souscription de parts sociales',
  subscription: 'La souscription',
  reference: 'Référence',
  subscribedOn: 'Date de souscription',
  decidedOn: (date, ref) => (ref ? `le ${date} (${ref})` : `le ${date}`),
  status: 'État',
  subscriptionStatuses: {
    pending: 'en attente de décision',
    approved: 'acceptée, en attente de libération',
    rejected: 'refusée',
    issued: 'parts émises',
    cancelled: 'annulée',
    defaulted: 'appel de fonds impayé',
  },
  sharesIssuedOn: 'Parts émises le',
  unitNominal: 'Valeur nominale unitaire',
  amountSubscribed: 'Montant souscrit',
  amountCalled: 'Montant appelé',
  amountPaid: 'Montant versé',
  stillDue: 'Reste à verser',
  notYetCalled: 'Montant non encore appelé',
  refunded: 'Montant remboursé',
  payments: 'Versements',
  paymentDate: 'Date',
  paymentMethod: 'Mode de paiement',
  paymentMethods: {
    transfer: 'virement',
    check: 'chèque',
    card: 'carte bancaire',
    cash: 'espèces',
    direct_debit: 'prélèvement',
    other: 'autre',
  },
  noPayments: 'Aucun versement enregistré.',
  receiptStatement: (org, member, amount) =>
    `${org} reconnaît avoir reçu de ${member} la somme totale de ${amount} au titre de la libération des parts sociales souscrites.`,

  taxTitle: "État individuel de souscription au capital d'une PME",
  taxMention: "application de l'article 199 terdecies-0 A du CGI",
  taxSubtitle: (year) => `Versements de l'année ${year} — application de l'article 199 terdecies-0 A du CGI`,
  theCompany: 'La société',
  legalName: 'Raison sociale',
  legalFormLabel: 'Forme juridique',
  registeredOffice: 'Siège social',
  theSubscriber: 'Le souscripteur',
  subscriptionsConcerned: 'Souscriptions concernées',
  paymentsOfYear: (year) => `Versements effectués en ${year}`,
  totalPaidInYear: (year) => `Total versé en ${year}`,
  subscriptionRef: 'Souscription',
  taxConditions:
    "La société certifie remplir les conditions prévues aux c, d et e du 2° du I de l'article 199 terdecies-0 A du code général des impôts (régime fiscal, activité, petite et moyenne entreprise au sens du droit de l'Union européenne).",
  taxHolding:
    "L'avantage fiscal est subordonné à la conservation des parts jusqu'au 31 décembre de la cinquième année suivant celle de la souscription ; leur remboursement ou leur cession avant ce terme entraîne la reprise de la réduction d'impôt.",
  taxKeep:
    "État à conserver par le souscripteur et à présenter à l'administration fiscale sur sa demande (CGI, annexe III, article 46 AI bis).",

  capitalTitle: 'État du capital social',
  capitalSummary: 'Capital à la date',
  shareTotal: 'Nombre de parts',
  memberCount: 'Nombre de sociétaires',
  byClass: 'Par catégorie de parts',
  byCollege: 'Par collège de vote',
  collegeName: 'Collège',
  floorHeading: 'Plancher du capital',
  floor: 'Plancher',
  highestCapital: 'Capital le plus élevé atteint',
  minimumCapital: 'Capital minimum statutaire',
  columns: {
    nominal: 'Nominal',
    shares: 'Parts',
    subscribed: 'Souscrit',
    called: 'Appelé',
    paid: 'Libéré',
    members: 'Sociétaires',
    weight: 'Poids',
  },
  floorNote: (percent) =>
    `Les remboursements de parts ne peuvent réduire le capital au-dessous du plus élevé du capital minimum statutaire et de ${percent} du capital le plus élevé atteint (loi n° 47-1775, art. 13).`,
  ledgerHeading: 'Registre des mouvements de titres',
  ledgerNote: (sequence) =>
    `Empreinte SHA-256 du mouvement n° ${sequence}, le dernier inscrit à l'émission de cet état. Chaque mouvement est chaîné au précédent par son empreinte : un registre réécrit depuis ne redonnerait pas celle-ci.`,

  annualMailSubject: (org, date) => `${org} : votre attestation de parts sociales au ${date}`,
  annualMailText: (org, date, number, code, url) =>
    `Bonjour,\n\nVeuillez trouver ci-joint l'attestation des parts sociales que vous détenez au ${date} (document n° ${number}).\nSon authenticité se vérifie avec le code ${code} : ${url}\n\n${org}\n`,
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
  atVariableCapital: 'with variable capital',
  rcs: (city, siren) => `RCS ${city} ${siren}`,
  signedAt: (place, date) => (place ? `Signed at ${place} on ${date}` : `Signed on ${date}`),
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
  majorities: { simple: 'simple majority', two_thirds: 'two-thirds majority' },
  abstentionsNote: 'Abstentions are not counted as votes cast.',
  majorityBase: 'Majority counted on',
  majorityBases: {
    expressed: 'votes cast, abstentions excluded (C. com. L225-96 and L225-98)',
    present_or_represented: 'votes of the members present or represented, abstentions included (loi 78-763)',
    all_votes: 'all the members’ votes (C. com. L223-29)',
  },
  forShareOnBase: 'For (on the majority base)',
  voteCapApplied: (nonCooperators, others, otherFactor, cooperativeFactor) =>
    `Caps of article 3 bis of loi 47-1775 applied: non-cooperator members held ${nonCooperators} of the voting rights (${others} excluding cooperative societies), above 49 % (35 % excluding cooperative societies); their votes are reduced in proportion, each counting for ${otherFactor} (non-cooperators other than cooperative societies) and ${cooperativeFactor} (non-cooperator cooperative societies).`,
  voteCapWithin: (nonCooperators, others) =>
    `Caps of article 3 bis of loi 47-1775: non-cooperator members hold ${nonCooperators} of the voting rights (${others} excluding cooperative societies), within the 49 % and 35 % limits; no reduction.`,
  weightedCounts: 'Votes counted after the caps',
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
  meetingDate: 'Date of the meeting',
  bureau: 'Bureau',
  chairRole: 'Chair',
  secretaryRole: 'Secretary',
  scrutineers: 'Scrutineers',
  documentsSubmitted: 'Documents and reports submitted to the assembly',
  debates: 'Summary of the debates',
  notRecorded: 'not recorded',
  addressColumn: 'Address',
  sharesColumn: 'Shares',

  certificateTitle: 'Certificate of cooperative shares held',
  asAt: (date) => `as at ${date}`,
  theMember: 'The member',
  memberName: 'Name',
  companyName: 'Company name',
  legalRepresentative: 'Legal representative',
  address: 'Address',
  membershipNumberFull: 'Membership number',
  notYetNumbered: 'not yet given (applicant)',
  votingCollege: 'Voting college',
  noCollege: 'No college',
  admission: 'Admission',
  memberStatus: 'Standing',
  memberStatuses: {
    applicant: 'applicant',
    active: 'member',
    resigning: 'resignation notified',
    resigned: 'resigned',
    excluded: 'excluded',
    deceased: 'deceased',
  },
  holdingsAt: (date) => `Shares held at ${date}`,
  shareClass: 'Class',
  shareCount: 'Number of shares',
  nominalValue: 'Nominal value',
  amount: 'Amount',
  total: 'Total',
  noShares: 'No shares held at that date.',
  capitalContribution: 'Capital contribution',
  subscribedCapital: 'Subscribed capital',
  calledCapital: 'Called capital',
  paidCapital: 'Paid-up capital',
  certifies: (org, member, date) =>
    `${org} certifies that ${member} holds, at ${date}, the shares above, entered in their name in the company's register of share movements.`,
  variableCapital: 'Variable capital',
  variableCapitalStatement: [
    'The company has variable capital (French Commercial Code, art. L231-1 ff.; loi n° 47-1775 of 10 September 1947 on cooperation): its capital rises and falls as members subscribe and withdraw, without any change to the statutes.',
    'The shares are registered and not negotiable: they may be transferred only with the approval of the company, as the statutes provide. They carry no capital gain.',
    'On withdrawal, exclusion or death, the shares are redeemable at most at their nominal value, less any share of losses, as and when the statutes provide; the capital may not fall below its legal and statutory floor.',
    'The member bears a risk of losing capital, up to the amount contributed.',
  ],
  forTheCompany: 'For the company, its legal representative',

  receiptTitle: 'Receipt for a share subscription',
  subscription: 'The subscription',
  reference: 'Reference',
  subscribedOn: 'Subscribed on',
  decidedOn: (date, ref) => (ref ? `on ${date} (${ref})` : `on ${date}`),
  status: 'Status',
  subscriptionStatuses: {
    pending: 'awaiting decision',
    approved: 'approved, awaiting payment',
    rejected: 'rejected',
    issued: 'shares issued',
    cancelled: 'cancelled',
    defaulted: 'capital call unpaid',
  },
  sharesIssuedOn: 'Shares issued on',
  unitNominal: 'Nominal value per share',
  amountSubscribed: 'Amount subscribed',
  amountCalled: 'Amount called',
  amountPaid: 'Amount paid',
  stillDue: 'Still due',
  notYetCalled: 'Amount not yet called',
  refunded: 'Amount refunded',
  payments: 'Payments',
  paymentDate: 'Date',
  paymentMethod: 'Method',
  paymentMethods: {
    transfer: 'bank transfer',
    check: 'cheque',
    card: 'card',
    cash: 'cash',
    direct_debit: 'direct debit',
    other: 'other',
  },
  noPayments: 'No payment recorded.',
  receiptStatement: (org, member, amount) =>
    `${org} acknowledges receipt from ${member} of ${amount} in total, in payment of the shares subscribed.`,

  taxTitle: 'Individual statement of subscription to the capital of an SME',
  taxMention: "application de l'article 199 terdecies-0 A du CGI",
  taxSubtitle: (year) =>
    `Payments of ${year} — application de l'article 199 terdecies-0 A du CGI (French General Tax Code)`,
  theCompany: 'The company',
  legalName: 'Company name',
  legalFormLabel: 'Legal form',
  registeredOffice: 'Registered office',
  theSubscriber: 'The subscriber',
  subscriptionsConcerned: 'Subscriptions',
  paymentsOfYear: (year) => `Payments made in ${year}`,
  totalPaidInYear: (year) => `Total paid in ${year}`,
  subscriptionRef: 'Subscription',
  taxConditions:
    'The company certifies that it meets the conditions of c, d and e of 2° of I of article 199 terdecies-0 A of the French General Tax Code (tax regime, activity, small or medium-sized enterprise as defined by European Union law).',
  taxHolding:
    'The tax reduction requires the shares to be kept until 31 December of the fifth year after that of the subscription; a redemption or transfer before then claws the reduction back.',
  taxKeep:
    'To be kept by the subscriber and shown to the tax authorities on request (CGI, annex III, article 46 AI bis).',

  capitalTitle: 'Statement of share capital',
  capitalSummary: 'Capital at that date',
  shareTotal: 'Number of shares',
  memberCount: 'Number of members',
  byClass: 'By share class',
  byCollege: 'By voting college',
  collegeName: 'College',
  floorHeading: 'Capital floor',
  floor: 'Floor',
  highestCapital: 'Highest capital reached',
  minimumCapital: 'Statutory minimum capital',
  columns: {
    nominal: 'Nominal',
    shares: 'Shares',
    subscribed: 'Subscribed',
    called: 'Called',
    paid: 'Paid up',
    members: 'Members',
    weight: 'Weight',
  },
  floorNote: (percent) =>
    `Share redemptions may not bring the capital below the larger of the statutory minimum capital and ${percent} of the highest capital reached (loi n° 47-1775, art. 13).`,
  ledgerHeading: 'Register of share movements',
  ledgerNote: (sequence) =>
    `SHA-256 of movement no. ${sequence}, the last one recorded when this statement was issued. Each movement is chained to the one before by its hash: a register rewritten since would not give this one again.`,

  annualMailSubject: (org, date) => `${org}: your certificate of shares held at ${date}`,
  annualMailText: (org, date, number, code, url) =>
    `Hello,\n\nPlease find attached the certificate of the shares you hold at ${date} (document no. ${number}).\nAnyone can check it is genuine with the code ${code}: ${url}\n\n${org}\n`,
};

export const LABELS: Record<DocumentLanguage, Labels> = { fr, en };
