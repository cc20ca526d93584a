import { parseFramework, validateFramework } from './validate-framework';
import { sampleFramework } from '../testing/sample-framework';
import type { Framework } from './framework.types';

const codes = (fw: unknown) => validateFramework(fw).problems.map((p) => `${p.code} ${p.path}`);

describe('validateFramework', () => {
  it('accepts the sample framework', () => {
    const r = validateFramework(sampleFramework());
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.framework?.id).toBe('sample-2024-commune');
  });

  it('reports every problem with its path, in Vietnamese and English', () => {
    const fw = sampleFramework() as Framework & Record<string, unknown>;
    const c1 = fw.components[0]!;
    c1.criteria![0]!.subCriteria![1]!.code = '1.1.1'; // duplicate code
    c1.criteria![0]!.subCriteria![1]!.departments = ['KHONG_CO']; // unknown department
    c1.criteria![1]!.max = 1.5; // component no longer sums to 4; criterion carries points itself
    fw.components[1]!.criteria![0]!.subCriteria![1]!.rule = { type: 'bands', on: 'percentage', bands: [{ min: 100, points: 2 }] }; // exceeds 1.5
    fw.components[1]!.criteria![3]!.rule = { type: 'manual', step: 0.3 }; // 1 is not a multiple of 0.3
    fw.classification.bands[2]!.min = 85; // not descending
    fw.totalMax = 11;
    const r = validateFramework(fw);
    expect(r.ok).toBe(false);
    expect(r.framework).toBeUndefined();
    expect(codes(fw)).toEqual(
      expect.arrayContaining([
        'DUPLICATE_CODE /components/0/criteria/0/subCriteria/1/code',
        'UNKNOWN_DEPARTMENT /components/0/criteria/0/subCriteria/1/departments/0',
        'MAX_SUM_MISMATCH /components/0/max',
        'MAX_SUM_MISMATCH /maxByMethod/appraised',
        'RULE_EXCEEDS_MAX /components/1/criteria/0/subCriteria/1/rule/bands/0/points',
        'STEP_MISMATCH /components/1/criteria/3/rule/step',
        'BANDS_NOT_DESCENDING /classification/bands/2/min',
        'MAX_SUM_MISMATCH /totalMax',
      ]),
    );
    for (const p of r.problems) {
      expect(p.message.length).toBeGreaterThan(5);
      expect(p.detail.length).toBeGreaterThan(5);
    }
  });

  it('reports schema problems and semantic problems together', () => {
    const fw = sampleFramework() as unknown as Record<string, unknown>;
    delete fw['decision'];
    fw['colour'] = 'blue';
    (fw['components'] as Framework['components'])[0]!.criteria![2]!.method = 'telepathy' as never;
    (fw['components'] as Framework['components'])[1]!.max = 7;
    const c = codes(fw);
    expect(c).toEqual(
      expect.arrayContaining([
        'SCHEMA_REQUIRED /',
        'SCHEMA_UNKNOWN_FIELD /',
        'SCHEMA_VALUE /components/0/criteria/2/method',
        'MAX_SUM_MISMATCH /components/1/max',
      ]),
    );
  });

  it('checks criteria without sub-criteria carry a rule, and declared structure counts', () => {
    const fw = sampleFramework();
    delete fw.components[1]!.criteria![3]!.rule;
    fw.components[0]!.declaredCounts = { criteria: 4, subCriteria: 2 };
    expect(codes(fw).sort()).toEqual([
      'COUNT_MISMATCH /components/0/declaredCounts/criteria',
      'CRITERION_WITHOUT_SCORING /components/1/criteria/3',
    ]);
  });

  it('parses YAML and JSON, and reports parse errors', () => {
    expect(parseFramework(JSON.stringify(sampleFramework())).ok).toBe(true);
    expect(parseFramework(JSON.stringify(sampleFramework()), 'json').ok).toBe(true);
    const bad = parseFramework('a: [1, 2', 'yaml');
    expect(bad.ok).toBe(false);
    expect(bad.problems[0]!.code).toBe('PARSE_ERROR');
  });
});
