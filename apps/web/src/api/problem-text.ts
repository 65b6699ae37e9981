/**
 * The API writes its problems in English (for developers and logs); a person reading the app in
 * French reads them in French. Field messages follow a few shapes (class-validator's and ours),
 * translated here by pattern; problems are known by their type. Anything unknown stays as the
 * API wrote it rather than being hidden.
 */

type Rule = [RegExp, (...groups: string[]) => string];

/** A field's message, its field name first when the API repeats it ("quantity must not be …"). */
const FIELD_RULES: Rule[] = [
  [/must not be greater than (\S+)$/, (n) => `ne doit pas dépasser ${n}`],
  [/must not be less than (\S+)$/, (n) => `doit valoir au moins ${n}`],
  [/would exceed the maximum of (\d+) per member$/, (n) => `dépasserait le maximum de ${n} parts par sociétaire`],
  [
    /^a first subscription of class (\S+) must reach the minimum of (\d+) shares$/,
    (c, n) => `une première souscription de parts ${c} doit atteindre le minimum de ${n} parts`,
  ],
  [/must be an integer number( of cents)?$/, () => 'doit être un nombre entier'],
  [/must be a(?:n)? (?:positive )?number.*$/, () => 'doit être un nombre'],
  [/must be an? e-?mail(?: address)?$/, () => 'doit être une adresse e-mail valide'],
  [/(?:should not be empty|must not be blank|is required.*)$/, () => 'est obligatoire'],
  [/must be shorter than or equal to (\d+) characters$/, (n) => `doit faire au plus ${n} caractères`],
  [/must be longer than or equal to (\d+) characters$/, (n) => `doit faire au moins ${n} caractères`],
  [/must be a UUID$/, () => 'n’est pas un identifiant valable'],
  [/must be a (?:valid )?(?:calendar )?date.*$/, () => 'doit être une date (AAAA-MM-JJ)'],
  [/cannot be in the future$/, () => 'ne peut pas être dans le futur'],
  [/must be in the future$/, () => 'doit être dans le futur'],
  [/must be a phone number$/, () => 'doit être un numéro de téléphone'],
  [/must be a two-letter ISO code such as FR$/, () => 'doit être un code pays de deux lettres, comme FR'],
  [/must be a share class code$/, () => 'n’est pas une catégorie de parts'],
  [/is not a known field$/, () => 'n’est pas un champ attendu'],
  [/must be one of the following values: (.+)$/, (v) => `doit être l’une de ces valeurs : ${v}`],
  // the rows of a members CSV import
  [/^no college has the code (\S+)$/, (c) => `aucun collège n’a le code ${c}`],
  [/^appears already on line (\d+)$/, (n) => `figure déjà à la ligne ${n}`],
  [/^column is missing$/, () => 'colonne manquante'],
  [/^is not a known column.*$/, () => 'n’est pas une colonne connue'],
  [/is set by the cooperative.*$/, () => 'est fixé par la coopérative'],
  [
    /^is too easy to guess.*$/,
    () => 'est trop facile à deviner : choisissez une phrase plus longue, de mots sans rapport entre eux',
  ],
  [
    /must be the 6 digits shown by your authenticator app.*$/,
    () => 'doit être le code à 6 chiffres de votre application',
  ],
  // an identity provider's issuer
  [
    /^its discovery document \((.+)\) could not be used: (.*)$/s,
    (url, why) => `son document de découverte (${url}) n’a pas pu être lu : ${why}`,
  ],
  [/^is not an absolute URL$/, () => 'n’est pas une adresse complète (https://…)'],
  [/^must start with https:\/\/$/, () => 'doit commencer par https://'],
  [/^has no query, fragment or user$/, () => 'ne doit contenir ni « ? », ni « # », ni utilisateur'],
];

/** The problem as a whole, by the last part of its type. */
const PROBLEMS: Record<string, string> = {
  'validation-error': 'Certains champs sont à corriger.',
  'not-found': 'Introuvable : cet élément n’existe pas, ou plus, ou vous n’y avez pas accès.',
  forbidden: 'Votre rôle ne permet pas cette action.',
  unauthorized: 'Votre session a pris fin : reconnectez-vous.',
  'csrf-token-missing': 'Votre session a changé : rechargez la page et recommencez.',
  'too-many-requests': 'Trop de tentatives : patientez un peu avant de réessayer.',
  'database-busy': 'Le service est très sollicité : réessayez dans un instant.',
  'database-unavailable': 'Le service est momentanément indisponible : réessayez dans un instant.',
  'already-voted': 'Un vote a déjà été enregistré pour ce bulletin.',
  'grantor-voted': 'La personne qui vous a donné pouvoir a voté elle-même : son vote prévaut.',
  'not-eligible': 'Vous n’êtes pas inscrit·e sur la liste des votants de cette résolution.',
  'resolution-not-open': 'Le vote sur cette résolution n’est pas ouvert.',
  'no-proxy': 'Vous ne détenez pas de pouvoir de ce sociétaire pour cette assemblée.',
  'not-a-member': 'Votre compte n’est lié à aucun sociétaire de cette coopérative : seuls les sociétaires votent.',
  'proxy-cap': 'Ce sociétaire détient déjà le nombre maximal de pouvoirs.',
  'share-maximum': 'Ce nombre de parts dépasserait le maximum que les statuts permettent par sociétaire.',
  'share-minimum': 'Ce nombre de parts n’atteint pas le minimum que fixent les statuts.',
  'insufficient-shares': 'Vous ne détenez pas autant de parts de cette catégorie.',
  'member-cannot-subscribe': 'Votre statut ne permet pas de souscrire des parts.',
  'member-cannot-redeem': 'Votre statut ne permet pas de demander un remboursement.',
  'contribution-closed': 'Cette campagne ne reçoit plus de contributions.',
  'already-accepted': 'Vous avez déjà accepté cette version.',
  'invalid-transition': 'Cette action n’est plus possible dans l’état actuel.',
  'sso-not-used':
    'Connectez-vous d’abord par l’un des fournisseurs d’identité de l’organisation : sinon, exiger l’authentification unique de tout le monde vous enfermerait dehors s’il ne fonctionnait pas.',
  'last-identity-provider':
    'L’organisation exige l’authentification unique : c’est son dernier fournisseur actif. Désactivez d’abord l’exigence, ou ajoutez un autre fournisseur.',
};

/** A field's message in French, or as the API wrote it when it has no known shape. */
export function frenchFieldMessage(message: string): string {
  for (const [pattern, write] of FIELD_RULES) {
    const match = pattern.exec(message);
    if (match) return write(...match.slice(1));
  }
  return message;
}

/** A problem's message in French: by its type, else its detail as written. */
export function frenchProblem(code: string, detail: string): string {
  return PROBLEMS[code] ?? detail;
}
