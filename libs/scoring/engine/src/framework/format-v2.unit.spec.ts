import { evaluateCycle, evaluateUnit } from '../evaluate/evaluate-cycle';
import { conditionalNodesOf, notApplicableProblems } from '../evaluate/unit-problems';
import { reconcileReport } from '../reconcile/reconcile-report';
import { applyRule } from '../rules/apply-rule';
import { sampleFramework } from '../testing/sample-framework';
import { leavesOf } from './framework-nodes';
import type { Framework } from './framework.types';
import { parseFramework, validateFramework } from './validate-framework';

const codes = (fw: unknown) => validateFramework(fw).problems.map((p) => `${p.code} ${p.path}`);
/** Every scored node at its max, then the given overrides. */
const fullScores = (fw: Framework, over: Record<string, { value: number; reason?: string }> = {}) => ({
  ...Object.fromEntries(leavesOf(fw).map((l) => [l.code, { value: l.max }])),
  ...over,
});

/** The sample with criterion 2.1 listing only two of its sub-criteria: 1.5 points remain (schemaVersion 2). */
function withRemainder(): Framework {
  const fw = sampleFramework();
  fw.schemaVersion = 2;
  const c21 = fw.components[1]!.criteria![0]!;
  c21.subCriteria = c21.subCriteria!.filter((s) => s.code !== '2.1.2');
  c21.remainder = { name: 'Các nội dung khác', max: 1.5, method: 'appraised', departments: ['VP'], covers: { subCriteria: 1 } };
  return fw;
}

describe('format v2: partly itemised criteria with an explicit remainder', () => {
  it('is valid when the listed sub-criteria and the remainder add up to the criterion', () => {
    expect(codes(withRemainder())).toEqual([]);
    const leaf = leavesOf(withRemainder()).find((l) => l.kind === 'remainder')!;
    expect(leaf).toMatchObject({ code: '2.1/remainder', max: 1.5, criterionCode: '2.1', departments: ['VP'], rule: { type: 'manual' } });
    // Defaults: the listed sub-criteria's common method, a manual rule, no department.
    const fw = withRemainder();
    const c23 = fw.components[1]!.criteria![2]!;
    c23.subCriteria = c23.subCriteria!.slice(0, 1);
    c23.remainder = { code: '2.3.x', name: 'Các câu hỏi khác', max: 0.5 };
    expect(codes(fw)).toEqual([]);
    expect(leavesOf(fw).find((l) => l.code === '2.3.x')).toMatchObject({ kind: 'remainder', method: 'survey', departments: [] });
  });

  it('reports a remainder that does not fill the gap, has no sub-criteria, no method, a duplicate code, or a v1 file', () => {
    const fw = withRemainder();
    fw.components[1]!.criteria![0]!.remainder!.max = 1;
    expect(codes(fw)).toContain('MAX_SUM_MISMATCH /components/1/criteria/0/max');
    const bare = withRemainder();
    bare.components[0]!.criteria![1]!.remainder = { name: 'Khác', max: 1 };
    expect(codes(bare)).toContain('REMAINDER_WITHOUT_SUBCRITERIA /components/0/criteria/1/remainder');
    const mixed = withRemainder();
    delete mixed.components[1]!.criteria![0]!.remainder!.method; // 2.1.1 appraised, 2.1.3 indicator
    expect(codes(mixed)).toContain('REMAINDER_METHOD_REQUIRED /components/1/criteria/0/remainder/method');
    const dup = withRemainder();
    dup.components[1]!.criteria![0]!.remainder!.code = '2.1.1';
    expect(codes(dup)).toContain('DUPLICATE_CODE /components/1/criteria/0/remainder/code');
    const v1 = withRemainder();
    v1.schemaVersion = 1;
    expect(codes(v1)).toEqual(['NEEDS_SCHEMA_VERSION_2 /components/1/criteria/0/remainder']);
  });

  it('is scored like a leaf: totals, index, lost points with its department, and not applicable when conditional', () => {
    const fw = withRemainder();
    const scores = fullScores(fw, { '2.1/remainder': { value: 1, reason: 'Trễ hạn 5% hồ sơ' } });
    const u = evaluateUnit(fw, { unitId: 'x', scores });
    expect(u.problems).toEqual([]);
    expect(u.components[1]!.total.value).toBe(5.5);
    expect(u.index.value).toBe(95);
    expect(u.byMethod.appraised!.value).toBe(5.5);
    const item = u.lostPoints.items.find((i) => i.code === '2.1/remainder')!;
    expect(item).toMatchObject({ lost: 0.5, achieved: 1, departments: ['VP'], reason: 'Trễ hạn 5% hồ sơ' });
    expect(u.leaves!.find((l) => l.code === '2.1/remainder')).toMatchObject({ kind: 'remainder', value: 1 });
    const conditional = withRemainder(); // a new object: the engine prepares each framework object once
    conditional.components[1]!.criteria![0]!.remainder!.applicability = { mode: 'conditional' };
    const na = evaluateUnit(conditional, {
      unitId: 'x',
      scores: fullScores(conditional, { '2.4': { value: 0 } }),
      notApplicable: ['2.1/remainder'],
    });
    expect(na.problems).toEqual([]);
    expect(na.applicableMax).toBe(8.5);
    expect(na.components[1]!.applicableMax).toBe(4.5);
    expect(na.index.value).toBe(88.24); // 7.5 / 8.5
  });
});

describe('format v2: optional classification', () => {
  /** A file without `classification` (the object parseFramework would read). */
  const unclassified = (): Omit<Framework, 'classification'> => {
    const { classification: _omitted, ...rest } = sampleFramework();
    return { ...rest, schemaVersion: 2 };
  };

  it('is valid without classification in version 2 (read as no bands), not in version 1', () => {
    const r = validateFramework(unclassified());
    expect(r.problems).toEqual([]);
    expect(r.framework!.classification).toEqual({ bands: [] });
    expect(codes({ ...unclassified(), schemaVersion: 1 })).toEqual(['NEEDS_SCHEMA_VERSION_2 /schemaVersion']);
  });

  it('ranks units and leaves their class null', () => {
    const fw = validateFramework(unclassified()).framework!;
    const cycle = evaluateCycle(fw, [
      { unitId: 'a', scores: fullScores(fw) },
      { unitId: 'b', scores: fullScores(fw, { '2.4': { value: 0.5 } }) },
    ]);
    expect(cycle.units.map((u) => [u.rank, u.class])).toEqual([
      [1, null],
      [2, null],
    ]);
  });

  it('reconciliation accepts "không xếp loại" and flags a printed class', () => {
    const fw = validateFramework(unclassified()).framework!;
    const rows = [
      { unit: 'A', score: '9', rank: 1, class: 'Không xếp loại' },
      { unit: 'B', score: '8', rank: 2, class: 'Tốt' },
    ];
    const report = (rs: typeof rows) => ({ sections: [{ kind: 'ranking-table' as const, id: 'T', framework: fw.id, rows: rs }] });
    expect(reconcileReport(report(rows.slice(0, 1)), [fw]).contradictions).toEqual([]);
    const r = reconcileReport(report(rows), [fw]);
    expect(r.contradictions.map((c) => c.code)).toEqual(['CLASS_MISMATCH']);
    expect(r.contradictions[0]!.message).toContain('không xếp loại');
  });
});

describe('format v2: bands on ratios, counts and growth rates', () => {
  const steps = [
    { min: 100, points: 1, label: 'hoàn thành 100%' },
    { min: 90, points: 0.5 },
  ];
  const ratio = { type: 'bands' as const, on: 'ratio' as const, unitLabel: 'thủ tục', bands: steps };

  it('on a ratio: all met → full points, at least 90 % → half, else none, explained in Vietnamese', () => {
    expect(applyRule(ratio, 1, { numerator: 47, denominator: 50 })).toEqual({
      ok: true,
      points: 0.5,
      explanation: '47/50 thủ tục (94%) → 0,5/1 điểm',
    });
    expect(applyRule(ratio, 1, { numerator: 50, denominator: 50 }).explanation).toBe('50/50 thủ tục (100%) (hoàn thành 100%) → 1/1 điểm');
    expect(applyRule(ratio, 1, { numerator: 9, denominator: 10 }).points).toBe(0.5); // exactly 90 %
    expect(applyRule(ratio, 1, { numerator: 44, denominator: 50 })).toMatchObject({
      points: 0,
      explanation: '44/50 thủ tục (88%) (không đạt mức nào) → 0/1 điểm',
    });
    expect(applyRule(ratio, 1, { numerator: 1, denominator: 0 })).toMatchObject({
      ok: false,
      explanation: 'Tử số phải ≥ 0 và mẫu số phải > 0.',
    });
    expect(applyRule(ratio, 1, { measure: 94 })).toMatchObject({ ok: false, explanation: 'Thiếu tử số hoặc mẫu số.' });
  });

  it('on a count with steps', () => {
    const rule = {
      type: 'bands' as const,
      on: 'count' as const,
      unitLabel: 'sáng kiến',
      bands: [
        { min: 3, points: 1 },
        { min: 1, points: 0.5 },
      ],
    };
    expect(applyRule(rule, 1, { measure: 2 }).explanation).toBe('2 sáng kiến → 0,5/1 điểm');
    expect(applyRule(rule, 1, { measure: 0 }).points).toBe(0);
  });

  it('on a growth rate: below the threshold → 0', () => {
    const rule = { type: 'bands' as const, on: 'growth' as const, unitLabel: 'tỷ đồng', bands: [{ min: 5, points: 1 }] };
    expect(applyRule(rule, 1, { current: 103, previous: 100 })).toEqual({
      ok: true,
      points: 0,
      explanation: 'Tăng trưởng 3% (103 tỷ đồng so với 100 tỷ đồng kỳ trước) (không đạt mức nào) → 0/1 điểm',
    });
    expect(applyRule(rule, 1, { current: 105, previous: 100 }).points).toBe(1);
    expect(applyRule(rule, 1, { current: 5, previous: 0 })).toMatchObject({ ok: false });
  });

  it('needs schemaVersion 2 and is checked against the max like any bands rule', () => {
    const fw = sampleFramework();
    fw.components[1]!.criteria![0]!.subCriteria![1]!.rule = { ...ratio, bands: [{ min: 100, points: 2 }] };
    expect(codes(fw)).toEqual([
      'RULE_EXCEEDS_MAX /components/1/criteria/0/subCriteria/1/rule/bands/0/points',
      'NEEDS_SCHEMA_VERSION_2 /components/1/criteria/0/subCriteria/1/rule/on',
    ]);
  });
});

describe('format v2: results', () => {
  it('a value and raw figures together is an error at the unit and node', () => {
    const u = evaluateUnit(sampleFramework(), { unitId: 'x', scores: { '2.1.3': { value: 1, input: { numerator: 9, denominator: 10 } } } });
    expect(u.problems).toEqual([
      {
        path: '/units/x/scores/2.1.3',
        code: 'VALUE_AND_FIGURES',
        message: 'Tiêu chí "2.1.3": có cả điểm (value) và số liệu (input); chỉ được ghi một trong hai.',
        detail: expect.any(String),
      },
    ]);
    expect(u.leaves!.find((l) => l.code === '2.1.3')).toMatchObject({ value: null, origin: 'unknown' });
  });

  it('not applicable: the API lists the conditional nodes and checks a list; the max drops out of the index', () => {
    const fw = sampleFramework();
    expect(conditionalNodesOf(fw).map((l) => l.code)).toEqual(['2.1.1']);
    expect(notApplicableProblems(fw, 'x', ['2.1.1'])).toEqual([]);
    expect(notApplicableProblems(fw, 'x', ['2.4', 'nope']).map((p) => `${p.code} ${p.path}`)).toEqual([
      'NOT_APPLICABLE_NOT_ALLOWED /units/x/notApplicable',
      'UNKNOWN_CODE /units/x/notApplicable',
    ]);
    const scores = fullScores(fw, { '2.4': { value: 0 } });
    delete scores['2.1.1'];
    const u = evaluateUnit(fw, { unitId: 'x', scores, notApplicable: ['2.1.1'] });
    expect(u.problems).toEqual([]);
    expect(u.applicableMax).toBe(9.5);
    expect(u.index.value).toBe(89.47); // 8.5 / 9.5
    expect(u.lostPoints.total.value).toBe(1);
  });
});

describe('parseFramework: problems located by line and column', () => {
  const yaml = [
    'schemaVersion: 2', // 1
    'id: x', // 2
    'name: X', // 3
    'province: p', // 4
    'unitType: commune', // 5
    'period: { from: 2024, to: 2024 }', // 6
    "version: '1'", // 7
    'decision: { number: 1/QĐ }', // 8
    'totalMax: 2', // 9
    'rounding: { decimals: 2, mode: half-up, at: leaf }', // 10
    'departments: []', // 11
    'components:', // 12
    '  - code: "1"', // 13
    '    name: A', // 14
    '    max: 2', // 15
    '    criteria:', // 16
    '      - { code: "1.1", name: B, max: 1, method: appraised, rule: { type: manual } }', // 17
    '        ', // 18
  ].join('\n');

  it('YAML: a sum at its value, a missing field at its object, an unknown field at its key', () => {
    const text = yaml.replace('    max: 2', '    max: 2\n    extra: 1');
    const r = parseFramework(text);
    const at = (code: string) => r.problems.filter((p) => p.code === code).map((p) => `${p.path} ${p.line}:${p.column}`);
    expect(at('SCHEMA_UNKNOWN_FIELD')).toEqual(['/components/0 16:5']);
    expect(at('CRITERION_WITHOUT_SCORING')).toEqual(['/components/0/criteria/0 18:9']);
    expect(at('MAX_SUM_MISMATCH')).toEqual(['/components/0/max 15:10']);
  });

  it('JSON: the same pointers, located in the JSON text', () => {
    const obj = { schemaVersion: 2, id: 'x', extra: true, components: [] };
    const r = parseFramework(JSON.stringify(obj, null, 2), 'json');
    const unknown = r.problems.find((p) => p.code === 'SCHEMA_UNKNOWN_FIELD')!;
    expect([unknown.line, unknown.column]).toEqual([4, 3]);
    const minItems = r.problems.find((p) => p.path === '/components')!;
    expect([minItems.line, minItems.column]).toEqual([5, 17]);
  });

  it('parse errors carry their position (YAML and JSON)', () => {
    const y = parseFramework('id: x\nname: [a\nb: c');
    expect(y.problems[0]).toMatchObject({ code: 'PARSE_ERROR', line: expect.any(Number), column: expect.any(Number) });
    const j = parseFramework('{\n  "id": "x",\n  "name" "a"}', 'json');
    expect(j.problems).toEqual([expect.objectContaining({ code: 'PARSE_ERROR', line: 3, column: 10 })]);
  });
});
