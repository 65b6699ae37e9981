import { i18n } from '@lingui/core';
import { accountingEn, accountingFr } from './accounting';
import { assembliesEn, assembliesFr } from './assemblies';
import { registryEn, registryFr } from './registry';
import { settingsEn, settingsFr } from './settings';
import { sharesEn, sharesFr } from './shares';

/**
 * Adds the console's and the accountant workspace's messages to the catalogs (Lingui merges them).
 * Imported by their layouts, so they come with those pages and stay out of the first download.
 */
i18n.load({
  fr: { ...registryFr, ...sharesFr, ...assembliesFr, ...settingsFr, ...accountingFr },
  en: { ...registryEn, ...sharesEn, ...assembliesEn, ...settingsEn, ...accountingEn },
});
