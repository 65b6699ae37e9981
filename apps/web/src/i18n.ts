import { i18n } from '@lingui/core';
import { useLingui } from '@lingui/react';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { en } from './locales/en';
import { fr, type MessageId } from './locales/fr';

export type Locale = 'fr' | 'en';

const STORAGE_KEY = 'socius.locale';

// the catalogs are plain ICU strings, compiled as they are first used
i18n.setMessagesCompiler(compileMessage);
i18n.load({ fr, en });

/** French unless the person chose English (kept in this browser). */
export function initialLocale(): Locale {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr';
}

export function activate(locale: Locale): void {
  i18n.activate(locale);
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

/** The message `id` in the active language, with its values. */
export function t(id: MessageId, values?: Record<string, unknown>): string {
  return i18n._(id, values);
}

/**
 * `t`, for components: using it makes the component render again when the language changes.
 */
export function useT(): typeof t {
  useLingui();
  return t;
}

export { i18n };
