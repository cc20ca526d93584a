/**
 * A score as typed: decimal comma or point (`1,5`, `1.5`); with a comma, points are thousands separators.
 * NaN when it is not a number (the row says so before anything is sent).
 */
export function parseScore(text: string): number {
  const t = text.trim();
  if (!/^[0-9.,-]+$/.test(t)) return NaN;
  return Number(t.includes(',') ? t.replace(/\./g, '').replace(',', '.') : t);
}
