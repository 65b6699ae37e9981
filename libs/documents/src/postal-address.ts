/** A member's postal address on one line: "12 rue des Lilas, Bât. B, 69001 Lyon" (+ country outside France). */
export function postalAddress(m: {
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
}): string | null {
  const town = [m.postalCode, m.city].filter(Boolean).join(' ');
  const parts = [
    m.addressLine1,
    m.addressLine2,
    town,
    m.country && m.country.trim() !== 'FR' ? m.country.trim() : null,
  ].filter((p): p is string => !!p && !!p.trim());
  return parts.length ? parts.join(', ') : null;
}
