import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@socius/core';
import * as nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; content: Buffer; contentType?: string }[];
  /** stable Message-ID, so a receiving system can spot a duplicate */
  messageId?: string;
}

/** Sends e-mail through SMTP_URL (a local mail catcher in development, a relay in production). */
@Injectable()
export class MailerService implements OnApplicationShutdown {
  private transporter?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(message: MailMessage): Promise<void> {
    this.transporter ??= nodemailer.createTransport(pooledUrl(this.config.SMTP_URL));
    await this.transporter.sendMail({ from: this.config.MAIL_FROM, ...message });
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}

/**
 * Transport options go in the URL (nodemailer reads a second argument as message defaults): a pool
 * of connections as wide as the mail queue's concurrency, unless SMTP_URL says otherwise.
 */
export function pooledUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  if (!url.searchParams.has('maxConnections')) url.searchParams.set('maxConnections', '16');
  return url.toString();
}
