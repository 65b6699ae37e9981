/**
 * An amount in words, as the cerfa 11580 asks for it ("somme en toutes lettres"): French spelling
 * rules of 1990 left aside, the traditional form: "mille deux cent trente-quatre euros et cinquante
 * centimes", "quatre-vingts euros", "vingt et un euros".
 */
const UNITS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix-sept',
  'dix-huit',
  'dix-neuf',
];
const TENS = [
  '',
  'dix',
  'vingt',
  'trente',
  'quarante',
  'cinquante',
  'soixante',
  'soixante',
  'quatre-vingt',
  'quatre-vingt',
];

function below100(n: number): string {
  if (n < 20) return UNITS[n];
  const t = Math.floor(n / 10);
  let u = n % 10;
  if (t === 7 || t === 9) u += 10;
  if (u === 0) return t === 8 ? 'quatre-vingts' : TENS[t];
  if ((u === 1 || u === 11) && t !== 8 && t !== 9) return `${TENS[t]} et ${UNITS[u]}`;
  return `${TENS[t]}-${UNITS[u]}`;
}

function below1000(n: number): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const hundreds = h === 0 ? '' : h === 1 ? 'cent' : `${UNITS[h]} cent${rest === 0 ? 's' : ''}`;
  if (!rest) return hundreds;
  return hundreds ? `${hundreds} ${below100(rest)}` : below100(rest);
}

/** A whole number in French words (up to the billions). */
export function frenchNumber(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`cannot spell ${n}`);
  if (n === 0) return 'zéro';
  const parts: string[] = [];
  const scales: [number, string, string][] = [
    [1e9, 'milliard', 'milliards'],
    [1e6, 'million', 'millions'],
  ];
  let rest = n;
  for (const [size, one, many] of scales) {
    const q = Math.floor(rest / size);
    if (q) parts.push(`${frenchNumber(q)} ${q > 1 ? many : one}`);
    rest %= size;
  }
  const thousands = Math.floor(rest / 1000);
  // "quatre-vingts" and "deux cents" lose their s before "mille"
  if (thousands) parts.push(thousands === 1 ? 'mille' : `${below1000(thousands).replace(/s$/, '')} mille`);
  rest %= 1000;
  if (rest) parts.push(below1000(rest));
  return parts.join(' ');
}

/** 123456 → "mille deux cent trente-quatre euros et cinquante-six centimes". */
export function euroAmountInWords(cents: number): string {
  const euros = Math.floor(cents / 100);
  const c = cents % 100;
  const euroWords = `${frenchNumber(euros)} euro${euros > 1 ? 's' : ''}`;
  // "un million d'euros", "deux milliards d'euros"
  const text = /(?:million|milliard)s?$/.test(frenchNumber(euros)) ? `${frenchNumber(euros)} d'euros` : euroWords;
  return c ? `${text} et ${frenchNumber(c)} centime${c > 1 ? 's' : ''}` : text;
}
