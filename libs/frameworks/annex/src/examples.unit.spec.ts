import { readFileSync } from 'node:fs';
import { parseFramework, type Framework } from '@par/scoring';
import { importAnnex } from './import-annex';

const file = (p: string) => readFileSync(new URL(`../../../../examples/frameworks/${p}`, import.meta.url));

/** The tree as officials check it: components → criteria → sub-criteria (and aggregates) with what scores them. */
function tree(f: Framework) {
  const node = (n: { code: string; name: string; max: number; method?: string; departments?: string[] }) => ({
    code: n.code,
    name: n.name,
    max: n.max,
    method: n.method,
    departments: n.departments ?? [],
  });
  return f.components.map((c) => ({
    ...node(c),
    criteria: (c.criteria ?? []).map((k) => ({ ...node(k), subCriteria: (k.subCriteria ?? []).map(node) })),
    aggregates: (c.aggregates ?? []).map(node),
  }));
}

describe.each(['bac-kan-2023-district', 'bac-kan-2023-commune'])('examples/frameworks/%s.annex.xlsx', (name) => {
  const yaml = parseFramework(file(`${name}.yaml`).toString('utf8'), 'yaml').framework!;

  it('imports to the same tree as the YAML file (and the same definition, field for field)', async () => {
    const r = await importAnnex(file(`${name}.annex.xlsx`), `${name}.annex.xlsx`);
    expect(r.problems).toEqual([]);
    if (!r.ok) return;
    expect(tree(r.framework)).toEqual(tree(yaml));
    const { $schema: _, ...expected } = yaml as Framework & { $schema?: string };
    expect(r.framework).toEqual(expected); // field for field, beyond the tree
  });

  it('is deterministic: importing the same file twice gives the same definition', async () => {
    const bytes = file(`${name}.annex.xlsx`);
    const [a, b] = [await importAnnex(bytes, 'a.xlsx'), await importAnnex(bytes, 'b.xlsx')];
    expect(a.ok).toBe(true);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
