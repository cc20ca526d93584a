import { readFileSync } from 'node:fs';
import { parseFramework, type Framework } from '@par/scoring';
import { itemisedFramework } from '../testing/itemised-framework';
import { exportAnnexTemplate } from './export-template';
import { importAnnex } from '../import-annex';

const example = (name: string): Framework => {
  const r = parseFramework(readFileSync(new URL(`../../../../../examples/frameworks/${name}.yaml`, import.meta.url), 'utf8'), 'yaml');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const { $schema: _, ...f } = r.framework as Framework & { $schema?: string }; // an editor hint, not part of the definition
  return f as Framework;
};

describe('export → import round trip', () => {
  it.each(['bac-kan-2023-district', 'bac-kan-2023-commune'])('%s: the template reads back to the same definition', async (name) => {
    const f = example(name);
    const bytes = await exportAnnexTemplate(f);
    const r = await importAnnex(bytes, `${name}.xlsx`);
    expect(r.problems).toEqual([]);
    expect(r.ok && r.framework).toEqual(f);
  });

  it('an itemised framework (criteria, sub-criteria, rules, departments, applicability, notes) reads back the same', async () => {
    const f = itemisedFramework();
    const r = await importAnnex(await exportAnnexTemplate(f), 'mau.xlsx');
    expect(r.problems).toEqual([]);
    expect(r.ok && r.framework).toEqual(f);
  });
});
