/*
 * What fills a V8 heap snapshot (.heapsnapshot JSON), by constructor: self size and count per (node type, name),
 * biggest first. Not a dominator tree (retained sizes need one), but enough to see which kind of object holds
 * the memory: strings, arrays, compiled code, a cache's entries.
 */
import { readFileSync } from 'node:fs';

export interface HeapGroup {
  name: string;
  count: number;
  selfBytes: number;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** The `top` biggest groups of the snapshot at `path`, and the total self size. */
export function summarizeHeapSnapshot(path: string, top = 12): { total: number; groups: HeapGroup[] } {
  const snap = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const groups = new Map<string, HeapGroup>();
  let total = 0;
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + iType]!]!;
    const size = snap.nodes[i + iSize]!;
    total += size;
    // objects group by constructor; strings, code, arrays by their type
    const name = type === 'object' || type === 'native' || type === 'closure' ? `${type} ${snap.strings[snap.nodes[i + iName]!]!}` : type;
    const g = groups.get(name) ?? { name, count: 0, selfBytes: 0 };
    g.count++;
    g.selfBytes += size;
    groups.set(name, g);
  }
  return { total, groups: [...groups.values()].sort((a, b) => b.selfBytes - a.selfBytes).slice(0, top) };
}
