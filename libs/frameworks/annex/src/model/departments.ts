import { splitList } from './cells';
import { normalizeKey } from './normalize';

export type Department = { code: string; name: string };

/**
 * Turns the text of a department cell into department codes. A cell names departments by code (`VP`) or by name
 * (`Văn phòng HĐND và UBND`), several separated by `;`, `,` or new lines (the whole cell is tried first, so a
 * name with a comma still matches).
 */
export function resolveDepartments(text: string, list: readonly Department[]): { codes: string[]; unknown: string[] } {
  const byKey = new Map<string, string>();
  for (const d of list) {
    byKey.set(normalizeKey(d.code), d.code);
    byKey.set(normalizeKey(d.name), d.code);
  }
  const whole = byKey.get(normalizeKey(text));
  if (whole) return { codes: [whole], unknown: [] };
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of splitList(text)) {
    const code = byKey.get(normalizeKey(part));
    if (code === undefined) unknown.push(part);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, unknown };
}

/**
 * The department list of an annex that brings none (neither the "Thông tin" sheet nor the options): the names in
 * its department cells, in order of first appearance, each coded by the initials of its words
 * (`Phòng Nội vụ` → `PNV`; a second `PNV` becomes `PNV2`).
 */
export function deriveDepartments(cells: readonly string[]): Department[] {
  const out: Department[] = [];
  for (const text of cells)
    for (const name of splitList(text)) {
      if (out.some((d) => normalizeKey(d.name) === normalizeKey(name))) continue;
      const initials =
        normalizeKey(name)
          .split(' ')
          .filter(Boolean)
          .map((w) => w[0]!.toUpperCase())
          .join('') || 'CQ';
      let code = initials;
      for (let n = 2; out.some((d) => d.code === code); n++) code = `${initials}${n}`;
      out.push({ code, name });
    }
  return out;
}
