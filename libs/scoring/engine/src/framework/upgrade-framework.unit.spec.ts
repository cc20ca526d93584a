import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { upgradeFramework } from './upgrade-framework';

const commune = readFileSync(new URL('../../../../../examples/frameworks/bac-kan-2023-commune.yaml', import.meta.url), 'utf8');

describe('upgradeFramework', () => {
  it('rewrites a version 1 YAML file to version 2 in place, comments and layout kept', () => {
    const r = upgradeFramework(commune);
    expect(r.ok).toBe(true);
    expect(r.fromVersion).toBe(1);
    expect(r.changes.map((c) => c.path)).toEqual(['/schemaVersion']);
    expect(r.changes[0]!.message).toContain('từ 1 sang 2');
    expect(r.text).toBe(commune.replace('schemaVersion: 1', 'schemaVersion: 2'));
    expect(upgradeFramework(r.text!)).toMatchObject({ ok: true, changes: [], text: r.text });
  });

  it('rewrites JSON the same way', () => {
    const json = JSON.stringify(parse(commune), null, 2);
    const r = upgradeFramework(json, 'json');
    expect(r.ok).toBe(true);
    expect(JSON.parse(r.text!).schemaVersion).toBe(2);
    expect(r.text).toBe(json.replace('"schemaVersion": 1', '"schemaVersion": 2'));
  });

  it('refuses an invalid file with every problem located, and writes nothing', () => {
    const r = upgradeFramework(commune.replace('totalMax: 100', 'totalMax: 90'));
    expect(r.ok).toBe(false);
    expect(r.text).toBeUndefined();
    expect(r.problems).toEqual([expect.objectContaining({ code: 'MAX_SUM_MISMATCH', path: '/totalMax', line: 28, column: 11 })]);
  });
});
