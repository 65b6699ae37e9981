#!/usr/bin/env node
// A local mail catcher for development: an SMTP server on loopback that keeps every message
// as a .eml file and prints who it was for. `npm start` runs it so convocations can be read.
const fs = require('node:fs');
const path = require('node:path');
const { SMTPServer } = require('smtp-server');

const port = Number(process.env.MAIL_CATCHER_PORT ?? 1025);
const dir = process.env.MAIL_CATCHER_DIR ?? path.resolve(__dirname, '../.data/mail');
fs.mkdirSync(dir, { recursive: true });
let count = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      const raw = Buffer.concat(chunks);
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${++count}.eml`);
      fs.writeFileSync(file, raw);
      const subject = /^Subject: (.*)$/m.exec(raw.toString('utf8'))?.[1] ?? '';
      console.log(`[mail] to ${session.envelope.rcptTo.map((r) => r.address).join(', ')}: ${subject}  (${file})`);
      callback();
    });
  },
});
server.on('error', (error) => {
  console.error(`[mail] ${error.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () =>
  console.log(`[mail] catching e-mail on smtp://127.0.0.1:${port}, saved in ${dir}`),
);
