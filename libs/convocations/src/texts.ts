import type { DocumentLanguage } from '@socius/documents';

/**
 * How a member votes, as their e-mail or letter tells them: with their account (`{PUBLIC_URL}/o/{slug}/votes`),
 * or with their voting code — the link `{PUBLIC_URL}/vote#code=…` (in the fragment, which no server
 * receives, so no log holds it) or the page `{PUBLIC_URL}/vote` where they type it.
 */
export type VoteAccess = { account: string } | { code: string; link: string; page: string };

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
  /** the letter attached to the e-mails, the same for every member: where their code is */
  voteWithCodeByEmail: (page: string) => string;
  /** a postal letter: the page and the member's code to type there */
  voteWithCode: (page: string) => string;
  codeIsPersonal: string;
  /** how to vote, in an e-mail: with an account, or with the member's code */
  voteLines: (access: VoteAccess) => string[];
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
    vote: string[];
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
    vote: string[];
  }) => string;
  codeSubject: (organization: string, title: string) => string;
  codeBody: (p: { name: string; organization: string; title: string; vote: string[] }) => string;
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
  voteWithCodeByEmail: (page) =>
    `Sans compte : ouvrez le lien personnel de l'e-mail auquel cette lettre est jointe, ou allez sur ${page} et tapez le code de vote que cet e-mail vous donne.`,
  voteWithCode: (page) => `Allez sur ${page} et tapez votre code de vote personnel :`,
  codeIsPersonal:
    "Ce code est personnel et ne vaut que pour cette assemblée : ne le communiquez à personne. Si vous le perdez, demandez-en un nouveau à la coopérative (l'ancien cessera de valoir).",
  voteLines: (a) =>
    'account' in a
      ? [`Pour voter, connectez-vous à votre compte Socius : ${a.account}`]
      : [
          `Pour voter, ouvrez ce lien personnel : ${a.link}`,
          `ou allez sur ${a.page} et tapez votre code de vote : ${a.code}`,
          'Ce code est personnel et ne vaut que pour cette assemblée : ne le communiquez à personne.',
        ],
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
      ...p.vote,
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
      ...p.vote,
      '',
      p.organization,
      '',
    ].join('\n'),
  codeSubject: (org, title) => `${org} : votre code de vote pour l'assemblée générale « ${title} »`,
  codeBody: (p) =>
    [
      `Bonjour ${p.name},`,
      '',
      `Voici votre code de vote pour l'assemblée générale « ${p.title} » de ${p.organization}. Il remplace tout code reçu auparavant pour cette assemblée, qui ne vaut plus.`,
      '',
      ...p.vote,
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
  voteWithCodeByEmail: (page) =>
    `Without an account: open the personal link in the e-mail this letter came with, or go to ${page} and type the voting code that e-mail gives you.`,
  voteWithCode: (page) => `Go to ${page} and type your personal voting code:`,
  codeIsPersonal:
    'This code is yours and good for this meeting only: do not give it to anyone. If you lose it, ask the cooperative for a new one (the old one will stop working).',
  voteLines: (a) =>
    'account' in a
      ? [`To vote, sign in to your Socius account: ${a.account}`]
      : [
          `To vote, open this personal link: ${a.link}`,
          `or go to ${a.page} and type your voting code: ${a.code}`,
          'This code is yours and good for this meeting only: do not give it to anyone.',
        ],
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
      ...p.vote,
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
      ...p.vote,
      '',
      p.organization,
      '',
    ].join('\n'),
  codeSubject: (org, title) => `${org}: your voting code for the general meeting "${title}"`,
  codeBody: (p) =>
    [
      `Hello ${p.name},`,
      '',
      `Here is your voting code for the general meeting "${p.title}" of ${p.organization}. It replaces any code you received before for this meeting, which no longer works.`,
      '',
      ...p.vote,
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
