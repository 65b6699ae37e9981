/* The messages of the settings pages, French (the source) and English; fr.ts and en.ts spread them. */
export const settingsFr = {
  'settings.title': 'Réglages',
} as const;

export const settingsEn: Record<keyof typeof settingsFr, string> = {
  'settings.title': 'Settings',
};
