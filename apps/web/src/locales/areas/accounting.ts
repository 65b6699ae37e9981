/* The messages of the accounting pages, French (the source) and English; fr.ts and en.ts spread them. */
export const accountingFr = {
  'accounting.exports.title': 'Exports comptables',
} as const;

export const accountingEn: Record<keyof typeof accountingFr, string> = {
  'accounting.exports.title': 'Accounting exports',
};
