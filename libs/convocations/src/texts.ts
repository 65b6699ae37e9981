import type { DocumentLanguage } from '@socius/documents';

/**
 * The fixed words of convocations, reminders and result notices, in French (the legal language)
 * and English. The words shared with other documents (agenda, assembly kinds, vote choices,
 * outcomes) come from the documents library's labels.
 */
export interface ConvocationTexts {
  letterTitle: (kind: string) => string;
  salutation: string;
  convened: (memberNumber: string | null, organization: string, kind: string, title: string) => string;
  place: (place: string) => string;
  remoteVote: string;
  agendaColumns: { number: string; resolution: string; opens: string; closes: string };
  howToVote: string;
  voteWithAccount: (link: string) => string;
  voteWithCode: string;
  proxies: string;
  signature: (organization: string) => string;
  nobodyByPost: string;
  emailSubject: (organization: string, title: string) => string;
  emailBody: (p: {
    name: string;
    organization: string;
    kind: string;
    title: string;
    place: string | null;
    agenda: string[];
    link: string;
    proxies: boolean;
  }) => string;
  agendaLine: (number: number, title: string, opens: string, closes: string) => string;
  reminderSubject: (organization: string, number: number, closes: string) => string;
  reminderBody: (p: {
    name: string;
    organization: string;
    assembly: string;
    number: number;
    title: string;
    closes: string;
    link: string;
  }) => string;
  resultSubject: (organization: string, number: number, title: string) => string;
  resultBody: (p: {
    name: string;
    organization: string;
    assembly: string;
    number: number;
    title: string;
    closed: string;
    lines: string[];
    link: string;
  }) => string;
  participation: (voters: string, eligible: string) => string;
  quorum: (reached: boolean) => string;
  forShare: (percent: string) => string;
  seal: (hash: string) => string;
}

const fr: ConvocationTexts = {
  letterTitle: (kind) => `Convocation à l'assemblée générale ${kind}`,
  salutation: 'Madame, Monsieur,',
  convened: (n, org, kind, title) =>
    `En votre qualité de sociétaire${n ? ` n° ${n}` : ''} de ${org}, vous êtes convoqué·e à l'assemblée générale ${kind} « ${title} ».`,
  place: (place) => `Elle se tient : ${place}.`,
  remoteVote: 'Le vote a lieu à distance, en ligne, pendant la période indiquée pour chaque résolution.',
  agendaColumns: { number: 'N°', resolution: 'Résolution', opens: 'Vote ouvert le', closes: 'Clos le' },
  howToVote: 'Comment voter',
  voteWithAccount: (link) => `Avec votre compte Socius : ${link}`,
  voteWithCode:
    'Sans compte : avec le code de vote personnel que la coopérative vous remet pour cette assemblée (en-tête X-Voting-Code).',
  proxies: 'Vous pouvez aussi donner pouvoir à un autre sociétaire de voter pour vous.',
  signature: (org) => `Pour ${org}, le conseil`,
  nobodyByPost: 'Aucun sociétaire à convoquer par courrier.',
  emailSubject: (org, title) => `${org} : convocation à l'assemblée générale « ${title} »`,
  emailBody: (p) =>
    [
      `Bonjour ${p.name},`,
      '',
      `Vous êtes convoqué·e à l'assemblée générale ${p.kind} « ${p.title} » de ${p.organization}.`,
      p.place ? `Lieu : ${p.place}.` : 'Le vote a lieu à distance, en ligne.',
      '',
      'Ordre du jour :',
      ...p.agenda,
      '',
      `Pour voter : avec votre compte Socius (${p.link}), ou sans compte avec le code de vote personnel que la coopérative vous remet pour cette assemblée.`,
      ...(p.proxies ? ['Vous pouvez aussi donner pouvoir à un autre sociétaire.'] : []),
      '',
      'La lettre de convocation est jointe à ce message (PDF).',
      '',
      p.organization,
      '',
    ].join('\n'),
  agendaLine: (n, title, opens, closes) => `  ${n}. ${title} — vote du ${opens} au ${closes}`,
  reminderSubject: (org, n, closes) =>
    `${org} : la résolution n° ${n} se clôt le ${closes}, vous n'avez pas encore voté`,
  reminderBody: (p) =>
    [
      `Bonjour ${p.name},`,
      '',
      `Le vote sur la résolution n° ${p.number} « ${p.title} » (assemblée « ${p.assembly} ») se clôt le ${p.closes}.`,
      "Vous n'avez pas encore voté, ni personne pour vous par procuration.",
      '',
      `Pour voter : avec votre compte Socius (${p.link}), ou sans compte avec votre code de vote personnel.`,
      '',
      p.organization,
      '',
    ].join('\n'),
  resultSubject: (org, n, title) => `${org} : résultat de la résolution n° ${n} « ${title} »`,
  resultBody: (p) =>
    [
      `Bonjour ${p.name},`,
      '',
      `Le vote sur la résolution n° ${p.number} « ${p.title} » (assemblée « ${p.assembly} ») a été clos le ${p.closed}.`,
      '',
      ...p.lines,
      '',
      `Le détail et le procès-verbal : ${p.link}`,
      '',
      p.organization,
      '',
    ].join('\n'),
  participation: (voters, eligible) => `Votants : ${voters} sur ${eligible} inscrits.`,
  quorum: (reached) => `Quorum : ${reached ? 'atteint' : 'non atteint'}.`,
  forShare: (percent) => `Pour (voix exprimées) : ${percent}.`,
  seal: (hash) => `Scellement de l'urne : ${hash}`,
};

const en: ConvocationTexts = {
  letterTitle: (kind) => `Notice of the ${kind} general meeting`,
  salutation: 'Dear member,',
  convened: (n, org, kind, title) =>
    `As member${n ? ` no. ${n}` : ''} of ${org}, you are convened to the ${kind} general meeting "${title}".`,
  place: (place) => `It is held at: ${place}.`,
  remoteVote: 'Voting takes place remotely, online, during the period shown for each resolution.',
  agendaColumns: { number: 'No.', resolution: 'Resolution', opens: 'Vote opens', closes: 'Closes' },
  howToVote: 'How to vote',
  voteWithAccount: (link) => `With your Socius account: ${link}`,
  voteWithCode:
    'Without an account: with the personal voting code the cooperative gives you for this meeting (header X-Voting-Code).',
  proxies: 'You may also give another member a proxy to vote for you.',
  signature: (org) => `For ${org}, the board`,
  nobodyByPost: 'No member to convene by post.',
  emailSubject: (org, title) => `${org}: notice of the general meeting "${title}"`,
  emailBody: (p) =>
    [
      `Hello ${p.name},`,
      '',
      `You are convened to the ${p.kind} general meeting "${p.title}" of ${p.organization}.`,
      p.place ? `Place: ${p.place}.` : 'Voting takes place remotely, online.',
      '',
      'Agenda:',
      ...p.agenda,
      '',
      `How to vote: with your Socius account (${p.link}), or without an account with the personal voting code the cooperative gives you for this meeting.`,
      ...(p.proxies ? ['You may also give another member a proxy.'] : []),
      '',
      'The notice of meeting is attached (PDF).',
      '',
      p.organization,
      '',
    ].join('\n'),
  agendaLine: (n, title, opens, closes) => `  ${n}. ${title} — vote from ${opens} to ${closes}`,
  reminderSubject: (org, n, closes) => `${org}: resolution no. ${n} closes on ${closes} and you have not voted yet`,
  reminderBody: (p) =>
    [
      `Hello ${p.name},`,
      '',
      `The vote on resolution no. ${p.number} "${p.title}" (meeting "${p.assembly}") closes on ${p.closes}.`,
      'You have not voted yet, and nobody has voted for you by proxy.',
      '',
      `How to vote: with your Socius account (${p.link}), or without an account with your personal voting code.`,
      '',
      p.organization,
      '',
    ].join('\n'),
  resultSubject: (org, n, title) => `${org}: result of resolution no. ${n} "${title}"`,
  resultBody: (p) =>
    [
      `Hello ${p.name},`,
      '',
      `The vote on resolution no. ${p.number} "${p.title}" (meeting "${p.assembly}") closed on ${p.closed}.`,
      '',
      ...p.lines,
      '',
      `Details and minutes: ${p.link}`,
      '',
      p.organization,
      '',
    ].join('\n'),
  participation: (voters, eligible) => `Voters: ${voters} of ${eligible} entitled to vote.`,
  quorum: (reached) => `Quorum: ${reached ? 'reached' : 'not reached'}.`,
  forShare: (percent) => `For (votes cast): ${percent}.`,
  seal: (hash) => `Seal of the ballot box: ${hash}`,
};

export const TEXTS: Record<DocumentLanguage, ConvocationTexts> = { fr, en };
