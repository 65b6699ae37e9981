/* The messages of the admin console's frame and the accountant workspace's frame. */
export const consoleFr = {
  'console.open': 'Administration',
  'console.accounting': 'Comptabilité',
  'console.nav.label': 'Administration de la coopérative',
  'console.accountingNav.label': 'Espace comptable',
  'console.notAllowed':
    'Vous n’avez pas accès à cette page : elle est réservée aux {role, select, admin {administrateur·rices} other {expert-comptables et administrateur·rices}} de la coopérative.',
  'console.backToSpace': 'Revenir à mon espace',
  'console.sections': 'Rubriques',
  'console.area.registry': 'Sociétariat',
  'console.area.shares': 'Parts et capital',
  'console.area.assemblies': 'Assemblées',
  'console.area.organization': 'La coopérative',
} as const;

export const consoleEn: Record<keyof typeof consoleFr, string> = {
  'console.open': 'Administration',
  'console.accounting': 'Accounting',
  'console.nav.label': 'Co-op administration',
  'console.accountingNav.label': 'Accounting workspace',
  'console.notAllowed':
    'You are not allowed to see this page: it is for the co-op’s {role, select, admin {administrators} other {accountants and administrators}}.',
  'console.backToSpace': 'Back to my space',
  'console.sections': 'Sections',
  'console.area.registry': 'Membership',
  'console.area.shares': 'Shares and capital',
  'console.area.assemblies': 'Assemblies',
  'console.area.organization': 'The co-op',
};
