/* The messages of the shares pages, French (the source) and English; fr.ts and en.ts spread them. */
export const sharesFr = {
  'shares.title': 'Parts et capital',
} as const;

export const sharesEn: Record<keyof typeof sharesFr, string> = {
  'shares.title': 'Shares and capital',
};
