/** Letters NFKD does not split into base + accent. */
const SPECIAL: Record<string, string> = { ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** "Łukasz Müller-Straße" → "lukasz muller-strasse": what search and sorting compare. */
export function foldText(value: string | null | undefined): string {
  if (!value) return '';
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łßæœøđðþı]/g, (c) => SPECIAL[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SearchableMember {
  kind: string;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  email: string | null;
  membershipNumber: number | null;
  externalRef: string | null;
}

export function searchTextOf(m: SearchableMember): string {
  return foldText(
    [
      m.firstName,
      m.lastName,
      m.companyName,
      m.email,
      m.externalRef,
      m.membershipNumber ? `#${m.membershipNumber}` : null,
    ]
      .filter(Boolean)
      .join(' '),
  );
}

export function sortNameOf(m: SearchableMember): string {
  return (
    m.kind === 'legal_entity' ? foldText(m.companyName) : foldText(`${m.lastName ?? ''} ${m.firstName ?? ''}`)
  ).slice(0, 300);
}

/** Escapes LIKE wildcards so that a search for "50%" means the text "50%". */
export function likePattern(query: string): string {
  return `%${escapeLike(foldText(query))}%`;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
