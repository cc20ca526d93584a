/** One field of a framework node that differs between two versions (values as JSON, e.g. `4` → `5`). */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export type DiffNodeKind = 'framework' | 'component' | 'criterion' | 'sub-criterion' | 'aggregate' | 'band';

export interface NodeChange {
  kind: DiffNodeKind;
  code: string;
  change: 'added' | 'removed' | 'changed';
  name: string;
  fields: FieldChange[];
}

interface Node {
  kind: DiffNodeKind;
  code: string;
  name: string;
  fields: Record<string, unknown>;
}

type Obj = Record<string, unknown>;
const CHILDREN = new Set(['components', 'criteria', 'subCriteria', 'aggregates']);
const asArray = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);

function own(node: Obj, skip: string[] = []): Record<string, unknown> {
  return Object.fromEntries(Object.entries(node).filter(([k]) => !CHILDREN.has(k) && !skip.includes(k)));
}

/** Every node of a definition by kind and code, with its own fields (children excluded). */
function nodesOf(definition: unknown): Map<string, Node> {
  const def = (definition ?? {}) as Obj;
  const out = new Map<string, Node>();
  const put = (kind: DiffNodeKind, code: string, name: unknown, fields: Record<string, unknown>) =>
    out.set(`${kind}:${code}`, { kind, code, name: String(name ?? ''), fields });
  put('framework', String(def['id'] ?? ''), def['name'], own(def, ['classification']));
  for (const band of asArray((def['classification'] as Obj | undefined)?.['bands']))
    put('band', String(band['class']), band['label'], band);
  for (const c of asArray(def['components'])) {
    put('component', String(c['code']), c['name'], own(c));
    for (const a of asArray(c['aggregates'])) put('aggregate', String(a['code']), a['name'], own(a));
    for (const cr of asArray(c['criteria'])) {
      put('criterion', String(cr['code']), cr['name'], own(cr));
      for (const s of asArray(cr['subCriteria'])) put('sub-criterion', String(s['code']), s['name'], own(s));
    }
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Pure: what changed from one framework definition to another, node by node (components, criteria,
 * sub-criteria, aggregates, classification bands, and the framework's own fields), with each changed field
 * old → new. Nodes are matched by kind and code.
 */
export function diffFrameworks(from: unknown, to: unknown): NodeChange[] {
  const a = nodesOf(from);
  const b = nodesOf(to);
  const changes: NodeChange[] = [];
  for (const [key, old] of a) {
    const now = b.get(key);
    if (!now) {
      changes.push({ kind: old.kind, code: old.code, change: 'removed', name: old.name, fields: [] });
      continue;
    }
    const names = [...new Set([...Object.keys(old.fields), ...Object.keys(now.fields)])].sort();
    const fields = names
      .filter((f) => !same(old.fields[f], now.fields[f]))
      .map((field) => ({ field, from: old.fields[field] ?? null, to: now.fields[field] ?? null }));
    if (fields.length) changes.push({ kind: old.kind, code: old.code, change: 'changed', name: now.name, fields });
  }
  for (const [key, node] of b) {
    if (!a.has(key)) changes.push({ kind: node.kind, code: node.code, change: 'added', name: node.name, fields: [] });
  }
  return changes;
}
