import { DocumentFormat, DocumentLanguage, DocumentStamp, LABELS, PdfWriter } from '@socius/documents';
import { TEXTS, VoteAccess } from './texts';

/** What every convocation of an assembly shows, read when the job runs (payloads carry ids only). */
export interface Convocation {
  organization: {
    id: string;
    name: string;
    slug: string;
    legalForm: string;
    siren: string | null;
    address: string | null;
    rcsCity: string | null;
    language: DocumentLanguage;
    timezone: string;
    eConvocation: boolean;
  };
  assembly: { id: string; title: string; kind: string; place: string | null; proxiesAllowed: boolean };
  /** the resolutions still to be voted on (draft or open), by number */
  agenda: AgendaItem[];
  /** where members vote: `account` with their account (`{PUBLIC_URL}/o/{slug}/votes`), `page` with a code (`{PUBLIC_URL}/vote`) */
  links: { account: string; page: string };
}

export interface AgendaItem {
  id: string;
  number: number;
  title: string;
  opensAt: Date;
  closesAt: Date;
}

/** A member as a letter or an e-mail addresses them. */
export interface Addressee {
  id: string;
  membershipNumber: number | null;
  name: string;
  legalRepresentative: string | null;
  email: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
  country: string;
  /** linked to an account of the organization: votes with it, and gets no voting code */
  hasAccount: boolean;
}

export interface Mail {
  subject: string;
  text: string;
}

/** The purpose of a convocation in the deliveries table: one e-mail per (assembly, member), ever. */
export const convocationPurpose = (assemblyId: string) => `convocation:${assemblyId}`;

/** The purpose of the e-mail of a code issued again: one per issue. */
export const votingCodePurpose = (codeId: string) => `voting-code:${codeId}`;

/** How a member votes: their account, or their code (null: a member with an account). */
export function voteAccess(links: { account: string; page: string }, code: string | null): VoteAccess {
  return code === null ? { account: links.account } : { code, link: `${links.page}#code=${code}`, page: links.page };
}

/**
 * A stable Message-ID per purpose and member: a message sent again after a crash between the
 * SMTP server's acceptance and the delivery's mark carries the same id, so a receiving system can
 * drop it (and the reliability test counts distinct ids).
 */
export const messageId = (kind: string, subjectId: string, memberId: string) =>
  `<${kind}.${subjectId}.${memberId}@socius>`;

const mm = (n: number) => (n * 72) / 25.4;
/**
 * Where the address goes for a C5/6 or DL envelope with a window on the right (100 × 45 mm, 20 mm
 * from the right edge, 50 mm from the top once the A4 sheet is folded in three): inside the window
 * with a margin on every side.
 */
const ADDRESS_BOX = { x: mm(100), y: mm(55), width: mm(85), height: mm(36) };
const BELOW_WINDOW = mm(100);
const LEFT = 56; // the writer's margin

/** The postal lines of an address, as La Poste reads them (name, attention line, street, town, country). */
export function addressLines(to: Addressee, language: DocumentLanguage): string[] {
  const attention = to.legalRepresentative
    ? language === 'fr'
      ? `À l'attention de ${to.legalRepresentative}`
      : `Attn: ${to.legalRepresentative}`
    : null;
  const town = [to.postalCode, to.city?.toUpperCase()].filter(Boolean).join(' ');
  return [
    to.name,
    attention,
    to.addressLine1,
    to.addressLine2,
    town,
    to.country && to.country !== 'FR' ? to.country : null,
  ].filter((l): l is string => !!l && l.trim() !== '');
}

/**
 * Convocation letters are not registered documents (the registry has no kind for them yet): the
 * foot prints a reference number and no verification code, rather than a code that would not verify.
 */
export function letterStamp(c: Convocation): DocumentStamp {
  return {
    number: `CONV-${c.assembly.id.slice(0, 8).toUpperCase()}`,
    verificationCode: '—',
    issuedAt: new Date(),
    verifyUrl: '—',
  };
}

export function newLetterWriter(c: Convocation, stamp: DocumentStamp): PdfWriter {
  const language = c.organization.language;
  const t = TEXTS[language];
  const labels = LABELS[language];
  const org = c.organization;
  return new PdfWriter(
    labels,
    new DocumentFormat(language, org.timezone),
    { name: org.name, legalForm: org.legalForm, siren: org.siren, address: org.address, rcsCity: org.rcsCity },
    stamp,
    t.letterTitle(labels.assemblyKinds[c.assembly.kind] ?? c.assembly.kind),
  );
}

/**
 * One convocation letter, starting on the writer's current page. A postal letter carries the
 * member's address in the envelope window, their number and how they vote (their account, or the
 * page and their voting code); the letter attached to the e-mails is the same for every member
 * (drawn once per run: drawing a PDF costs far more than sending it) and sends them to their e-mail.
 */
export function writeLetter(w: PdfWriter, c: Convocation, to: Addressee | null, code: string | null = null): void {
  const language = c.organization.language;
  const t = TEXTS[language];
  const labels = w.labels;
  const f = w.format;
  const kind = labels.assemblyKinds[c.assembly.kind] ?? c.assembly.kind;
  const doc = w.doc;

  if (to) {
    doc.font('regular').fontSize(10.5).text(addressLines(to, language).join('\n'), ADDRESS_BOX.x, ADDRESS_BOX.y, {
      width: ADDRESS_BOX.width,
      height: ADDRESS_BOX.height,
      lineGap: 1.5,
      ellipsis: true,
    });
    doc.x = LEFT;
    doc.y = BELOW_WINDOW;
  }

  w.title(t.letterTitle(kind), c.assembly.title);
  w.paragraph(t.salutation);
  w.paragraph(
    t.convened(to?.membershipNumber ? f.count(to.membershipNumber) : null, c.organization.name, kind, c.assembly.title),
  );
  w.paragraph(c.assembly.place ? t.place(c.assembly.place) : t.remoteVote);
  w.heading(labels.agenda);
  const cols = t.agendaColumns;
  w.table(
    [
      { header: cols.number, width: 0.6 },
      { header: cols.resolution, width: 4 },
      { header: cols.opens, width: 1.9 },
      { header: cols.closes, width: 1.9 },
    ],
    c.agenda.map((r) => [String(r.number), r.title, f.dateTime(r.opensAt), f.dateTime(r.closesAt)]),
  );
  w.heading(t.howToVote);
  if (!to) {
    w.paragraph(t.voteWithAccount(c.links.account));
    w.paragraph(t.voteWithCodeByEmail(c.links.page));
  } else if (code === null) w.paragraph(t.voteWithAccount(c.links.account));
  else {
    w.paragraph(t.voteWithCode(c.links.page));
    doc.font('regular').fontSize(16).text(code, { align: 'center' });
    doc.fontSize(10).moveDown(0.5);
    w.paragraph(t.codeIsPersonal);
  }
  if (c.assembly.proxiesAllowed) w.paragraph(t.proxies);
  w.doc.moveDown(1);
  w.paragraph(t.signature(c.organization.name));
}

/** The convocation letter attached to every e-mail of a run. */
export function emailLetterPdf(c: Convocation): Promise<Buffer> {
  const w = newLetterWriter(c, letterStamp(c));
  writeLetter(w, c, null);
  return w.finish();
}

/** One letter per member to convene by post, each on its own page(s), in one printable file, with their codes. */
export function postalLettersPdf(c: Convocation, members: Addressee[], codes: Map<string, string>): Promise<Buffer> {
  const w = newLetterWriter(c, letterStamp(c));
  members.forEach((m, i) => {
    if (i > 0) w.newPage();
    writeLetter(w, c, m, m.hasAccount ? null : (codes.get(m.id) ?? null));
  });
  if (members.length === 0) w.paragraph(TEXTS[c.organization.language].nobodyByPost);
  return w.finish();
}

/**
 * The convocation e-mail of a run: the agenda and how to vote in the body — the member's own code
 * link when they have no account (the letter is attached by the job). Everything but the name and
 * the code is written once per run, not once per member.
 */
export function convocationMail(c: Convocation): (to: Addressee, code: string | null) => Mail {
  const language = c.organization.language;
  const t = TEXTS[language];
  const f = new DocumentFormat(language, c.organization.timezone);
  const kind = LABELS[language].assemblyKinds[c.assembly.kind] ?? c.assembly.kind;
  const subject = t.emailSubject(c.organization.name, c.assembly.title);
  const agenda = c.agenda.map((r) => t.agendaLine(r.number, r.title, f.dateTime(r.opensAt), f.dateTime(r.closesAt)));
  return (to, code) => ({
    subject,
    text: t.emailBody({
      name: to.name,
      organization: c.organization.name,
      kind,
      title: c.assembly.title,
      place: c.assembly.place,
      agenda,
      vote: t.voteLines(voteAccess(c.links, code)),
      proxies: c.assembly.proxiesAllowed,
    }),
  });
}

/** The e-mail of a voting code issued again (it revoked the member's previous one). */
export function votingCodeMail(c: Convocation, to: Addressee, code: string): Mail {
  const t = TEXTS[c.organization.language];
  return {
    subject: t.codeSubject(c.organization.name, c.assembly.title),
    text: t.codeBody({
      name: to.name,
      organization: c.organization.name,
      title: c.assembly.title,
      vote: t.voteLines(voteAccess(c.links, code)),
    }),
  };
}

/** Ordinary and extraordinary assemblies are convened at least 15 days ahead (C. com. R225-69, R223-20). */
export const NOTICE_DAYS = 15;

/** What an admin should know before convening: a notice shorter than the legal one is sent, but said. */
export function noticeWarnings(kind: string, agenda: AgendaItem[], now: Date, language: DocumentLanguage): string[] {
  if (kind === 'permanent' || agenda.length === 0) return [];
  const first = Math.min(...agenda.map((r) => r.opensAt.getTime()));
  const days = Math.floor((first - now.getTime()) / 86_400_000);
  if (days >= NOTICE_DAYS) return [];
  return [
    language === 'fr'
      ? `Le premier vote s'ouvre dans ${Math.max(0, days)} jour(s) : une assemblée ordinaire ou extraordinaire est convoquée au moins ${NOTICE_DAYS} jours à l'avance (sauf seconde convocation ou statuts).`
      : `The first vote opens in ${Math.max(0, days)} day(s): an ordinary or extraordinary meeting is convened at least ${NOTICE_DAYS} days ahead (unless on second convocation or as the statutes say).`,
  ];
}
