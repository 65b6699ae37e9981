import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  from: string;
  to: string[];
  raw: string;
  subject: string;
}

/** A real SMTP server on loopback that keeps what it receives. */
export async function startSmtp(): Promise<{ url: string; mails: CapturedMail[]; close(): Promise<void> }> {
  const mails: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const subject = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          subject,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The attachments of a captured e-mail: filename → decoded bytes. */
export function attachments(mail: CapturedMail): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const boundary = /boundary="?([^"\r\n;]+)"?/i.exec(mail.raw)?.[1];
  if (!boundary) return found;
  for (const part of mail.raw.split(`--${boundary}`)) {
    const [head, ...rest] = part.split('\r\n\r\n');
    const filename = /filename="?([^"\r\n;]+)"?/i.exec(head)?.[1];
    if (!filename) continue;
    const body = rest.join('\r\n\r\n');
    found.set(
      filename,
      /Content-Transfer-Encoding: base64/i.test(head)
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
        : Buffer.from(body),
    );
  }
  return found;
}

/** The MIME parts of a message nodemailer wrote: headers and body of each. */
export function parts(raw: string): { headers: string; body: string }[] {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  if (!boundary) return [];
  return raw
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((p) => {
      const at = p.indexOf('\r\n\r\n');
      return { headers: p.slice(0, at), body: p.slice(at + 4) };
    });
}

export function decodeQuotedPrintable(body: string): string {
  const bytes: number[] = [];
  const text = body.replace(/=\r\n/g, '');
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** A header of a message, unfolded, its encoded words (RFC 2047) decoded. */
export function header(raw: string, name: string): string {
  const head = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
  const value = new RegExp(`^${name}: (.*)$`, 'mi').exec(head)?.[1] ?? '';
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

/** The text of a message, decoded (a single-part one or the text/plain part). */
export function textOf(mail: CapturedMail): string {
  const part = parts(mail.raw).find((p) => /content-type: text\/plain/i.test(p.headers)) ?? {
    headers: mail.raw.slice(0, mail.raw.indexOf('\r\n\r\n')),
    body: mail.raw.slice(mail.raw.indexOf('\r\n\r\n') + 4),
  };
  if (/quoted-printable/i.test(part.headers)) return decodeQuotedPrintable(part.body);
  if (/base64/i.test(part.headers)) return Buffer.from(part.body, 'base64').toString('utf8');
  return part.body;
}
