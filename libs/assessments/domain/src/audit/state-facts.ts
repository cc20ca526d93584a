/**
 * The folded Assessment state as flat facts, generically: a top-level object of the state is read as a record
 * keyed by item code (`scores['1.1.1'].self` → item 1.1.1, field `scores.self`; `notApplicable['1.1.2']` → item
 * 1.1.2, field `notApplicable`), anything else as a unit-wide fact (code null). Fields a new event adds to the
 * state appear without a change here.
 */
export interface Fact {
  code: string | null;
  field: string;
  value: string | null;
}

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as the audit trail prints it: numbers in JS form (`1.5`), strings as they are, other values as JSON. */
export function factValue(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** Facts of a state, keyed `<state key>/<code>/<field>`; with `onlyCode`, only that item's (and no unit-wide ones). */
export function stateFacts(state: unknown, onlyCode?: string | null): Map<string, Fact> {
  const out = new Map<string, Fact>();
  if (!isRecord(state)) return out;
  for (const [key, v] of Object.entries(state)) {
    if (!isRecord(v)) {
      if (onlyCode === undefined || onlyCode === null) out.set(key, { code: null, field: key, value: factValue(v) });
      continue;
    }
    const items: [string, unknown][] =
      onlyCode === undefined || onlyCode === null ? Object.entries(v) : Object.hasOwn(v, onlyCode) ? [[onlyCode, v[onlyCode]]] : [];
    for (const [code, x] of items) {
      if (isRecord(x)) {
        for (const [f, y] of Object.entries(x)) out.set(`${key}/${code}/${f}`, { code, field: `${key}.${f}`, value: factValue(y) });
      } else out.set(`${key}/${code}`, { code, field: key, value: factValue(x) });
    }
  }
  return out;
}

export interface FactChange {
  code: string | null;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/** The facts that differ between two states (absent = null), in field order per item. */
export function changedFacts(before: unknown, after: unknown, onlyCode?: string | null): FactChange[] {
  const a = stateFacts(before, onlyCode);
  const b = stateFacts(after, onlyCode);
  const changes: FactChange[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    const oldValue = x?.value ?? null;
    const newValue = y?.value ?? null;
    if (oldValue !== newValue) changes.push({ code: (x ?? y)!.code, field: (x ?? y)!.field, oldValue, newValue });
  }
  return changes;
}
