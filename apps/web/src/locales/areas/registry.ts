/* The messages of the registry pages, French (the source) and English; fr.ts and en.ts spread them. */
export const registryFr = {
  'registry.dashboard.title': 'Tableau de bord',
} as const;

export const registryEn: Record<keyof typeof registryFr, string> = {
  'registry.dashboard.title': 'Dashboard',
};
