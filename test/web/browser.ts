import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startApi, type TestApi } from '../support/app';

/** page.waitForFunction's callbacks run in the browser, where `document` is. */
declare const document: { documentElement: { lang: string }; cookie: string };

/** Where the runs leave their screenshots (1280 and 360 px wide, French and English). */
export const SCREENSHOTS = path.resolve(__dirname, '../../.data/screenshots');

/** Debian's Chromium, headless, without the background calls this machine's closed network refuses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The serious and critical WCAG 2.1 AA violations axe-core finds on the page (there should be none). */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** `SCREENSHOTS=0` (CI, where nobody opens them) skips the files; the accessibility checks still run. */
const TAKE_SCREENSHOTS = process.env.SCREENSHOTS !== '0';

/**
 * Screenshots of the page as it is, at 1280 and 360 px, in French then English (switching the
 * language with the header's control, as a person would), checked by axe-core in each; back to
 * French at the end. Answers the accessibility problems found.
 */
export async function lookAt(page: Page, name: string): Promise<string[]> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const problems: string[] = [];
  // the pointer left on a button just clicked would show its hover colour, not the page's
  await page.mouse.move(0, 0);
  for (const locale of ['fr', 'en'] as const) {
    if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction((l) => document.documentElement.lang === l, locale);
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      if (TAKE_SCREENSHOTS)
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}-${locale}.png`), fullPage: true });
      problems.push(...(await accessibilityProblems(page)).map((p) => `${name} ${width}px ${locale}: ${p}`));
    }
  }
  await page.getByRole('button', { name: 'Français' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  await page.setViewportSize({ width: 1280, height: 900 });
  return problems;
}

/** The API listening on a loopback port, and Chromium. */
export interface BrowserStack {
  api: TestApi;
  browser: Browser;
  /** `http://127.0.0.1:{port}`, where the browser opens the app. */
  base: string;
  /** A new 1280 px page signed in as this account (test accounts share one password). */
  signedIn(email: string): Promise<Page>;
  close(): Promise<void>;
}

/** Starts the API (with `env`) on a loopback port and Chromium, for a browser test's `beforeAll`. */
export async function openBrowserStack(env: Record<string, string> = {}): Promise<BrowserStack> {
  const api = await startApi(env);
  await api.app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    api,
    browser,
    base,
    async signedIn(email) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${base}/login`);
      await page.getByLabel('Adresse e-mail').fill(email);
      await page.getByLabel('Mot de passe').fill('correct horse battery');
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.waitForURL((url) => url.pathname !== '/login');
      return page;
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await api.close();
    },
  };
}
