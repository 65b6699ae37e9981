/* The messages of the assemblies pages, French (the source) and English; fr.ts and en.ts spread them. */
export const assembliesFr = {
  'assemblies.title': 'Assemblées',
} as const;

export const assembliesEn: Record<keyof typeof assembliesFr, string> = {
  'assemblies.title': 'Assemblies',
};
