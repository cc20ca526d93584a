import { FIVE_CLASS_BANDS } from '../classification/standard-bands';
import fc from 'fast-check';
import type { Framework, MeasurementMethod } from '../framework/framework.types';
import { validateFramework } from '../framework/validate-framework';
import { leavesOf } from '../framework/framework-nodes';
import { toScaled } from '../numbers/decimal';
import { evaluateCycle, type UnitResults } from './evaluate-cycle';

const METHODS: MeasurementMethod[] = ['appraised', 'survey', 'satisfaction', 'indicator'];
const leafArb = fc.record({ k: fc.integer({ min: 1, max: 400 }), method: fc.constantFrom(...METHODS), conditional: fc.boolean() });
const shapeArb = fc.record({
  decimals: fc.integer({ min: 0, max: 3 }),
  at: fc.constantFrom('leaf' as const, 'component' as const, 'total' as const),
  mode: fc.constantFrom('half-up' as const, 'half-even' as const, 'down' as const),
  // components → criteria → sub-criteria (an empty list = the criterion carries points itself)
  tree: fc.array(fc.array(fc.tuple(leafArb, fc.array(leafArb, { maxLength: 3 })), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 4,
  }),
});
const valuesArb = fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 40, maxLength: 40 }), {
  minLength: 1,
  maxLength: 8,
});

type Shape = typeof shapeArb extends fc.Arbitrary<infer T> ? T : never;

function buildFramework(s: Shape): Framework {
  const unit = 10 ** -s.decimals;
  const pts = (k: number) => Number((k * unit).toFixed(s.decimals));
  const sumPts = (ks: number[]) => pts(ks.reduce((a, b) => a + b, 0));
  let totalK = 0;
  const components = s.tree.map((crits, ci) => {
    let compK = 0;
    const criteria = crits.map(([own, subs], ri) => {
      const code = `${ci + 1}.${ri + 1}`;
      const applicability = { mode: own.conditional ? ('conditional' as const) : ('always' as const) };
      if (subs.length === 0) {
        compK += own.k;
        return {
          code,
          name: `TC ${code}`,
          max: pts(own.k),
          method: own.method,
          rule: { type: 'manual' as const },
          departments: ['D'],
          applicability,
        };
      }
      // One criterion in three lists only some of its sub-criteria: the rest of its max is an explicit remainder.
      const remainder =
        own.k % 3 === 0 ? { name: `Các nội dung khác của ${code}`, max: pts(own.k), method: own.method, applicability } : undefined;
      const ks = [...subs.map((x) => x.k), ...(remainder ? [own.k] : [])];
      compK += ks.reduce((a, b) => a + b, 0);
      return {
        code,
        name: `TC ${code}`,
        max: sumPts(ks),
        ...(remainder && { remainder }),
        subCriteria: subs.map((x, si) => ({
          code: `${code}.${si + 1}`,
          name: `TCTP ${code}.${si + 1}`,
          max: pts(x.k),
          method: x.method,
          rule: { type: 'manual' as const },
          departments: ['D'],
          applicability: { mode: x.conditional ? ('conditional' as const) : ('always' as const) },
        })),
      };
    });
    totalK += compK;
    return { code: String(ci + 1), name: `Lĩnh vực ${ci + 1}`, max: pts(compK), criteria };
  });
  const fw: Framework = {
    schemaVersion: 2,
    id: 'gen',
    name: 'Sinh ngẫu nhiên',
    province: 'p',
    unitType: 'commune',
    period: { from: 2024, to: 2024 },
    version: '1',
    decision: { number: '1/QĐ' },
    totalMax: pts(totalK),
    rounding: { decimals: s.decimals, mode: s.mode, at: s.at },
    departments: [{ code: 'D', name: 'Phòng' }],
    classification: { bands: FIVE_CLASS_BANDS.map((b) => ({ ...b })) },
    components,
  };
  return fw;
}

function results(fw: Framework, values: number[][], dropNa = false): UnitResults[] {
  const leaves = leavesOf(fw).map((l) => ({ code: l.code, max: l.max, conditional: l.applicability?.mode === 'conditional' }));
  return values.map((vs, u) => ({
    unitId: `u${u}`,
    scores: Object.fromEntries(leaves.map((l, i) => [l.code, { value: vs[i % vs.length]! * l.max }])),
    notApplicable: dropNa ? leaves.filter((l, i) => l.conditional && (i + u) % 3 === 0).map((l) => l.code) : [],
  }));
}

const S = (x: number | null, d: number) => toScaled(x ?? NaN, d);

describe('evaluateCycle properties', () => {
  it('generated frameworks are valid', () => {
    fc.assert(fc.property(shapeArb, (s) => validateFramework(buildFramework(s)).problems.length === 0));
  });

  it('totals equal the sum of the shown parts after rounding; lost points and index follow', () => {
    fc.assert(
      fc.property(shapeArb, valuesArb, fc.boolean(), (s, values, na) => {
        const fw = buildFramework(s);
        const d = s.decimals;
        for (const u of evaluateCycle(fw, results(fw, values, na)).units) {
          expect(u.problems).toEqual([]);
          for (const c of u.components) {
            const parts = Object.values(c.byMethod).reduce((a, f) => a + S(f!.value, d), 0);
            expect(S(c.total.value, d)).toBe(parts);
            expect(S(c.total.value, d) + S(c.lost.value, d)).toBe(S(c.applicableMax, d));
          }
          expect(S(u.total.value, d)).toBe(u.components.reduce((a, c) => a + S(c.total.value, d), 0));
          expect(S(u.total.value, d)).toBe(Object.values(u.byMethod).reduce((a, f) => a + S(f!.value, d), 0));
          expect(S(u.total.value, d)).toBeLessThanOrEqual(S(u.applicableMax, d));
          expect(S(u.lostPoints.total.value, d)).toBe(S(u.applicableMax, d) - S(u.total.value, d));
          if (u.applicableMax > 0)
            expect(Math.abs(u.index.value! - (u.total.value! / u.applicableMax) * 100)).toBeLessThanOrEqual(
              (s.mode === 'down' ? 1 : 0.5) * 10 ** -d + 1e-9,
            );
          if (s.at === 'leaf') {
            const lostSum = u.lostPoints.items.reduce((a, i) => a + S(i.lost, d), 0);
            expect(lostSum).toBe(S(u.lostPoints.total.value, d));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('ranks follow the scores (competition ranking) and classes are monotone in the score', () => {
    fc.assert(
      fc.property(shapeArb, valuesArb, (s, values) => {
        const fw = buildFramework(s);
        const units = evaluateCycle(fw, results(fw, values)).units;
        const di = s.decimals;
        const order = fw.classification.bands.map((b) => b.class);
        for (const a of units) {
          const greater = units.filter((b) => S(b.index.value, di) > S(a.index.value, di)).length;
          expect(a.rank).toBe(greater + 1);
          for (const b of units) {
            if (S(a.index.value, di) >= S(b.index.value, di)) {
              expect(a.rank!).toBeLessThanOrEqual(b.rank!);
              expect(order.indexOf(a.class!.code)).toBeLessThanOrEqual(order.indexOf(b.class!.code));
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('adjusting one score changes only what depends on it', () => {
    fc.assert(
      fc.property(shapeArb, valuesArb, fc.nat(), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (s, values, uPick, lPick, frac) => {
        const fw = buildFramework(s);
        const before = results(fw, values);
        const u = uPick % before.length;
        const codes = Object.keys(before[u]!.scores);
        const code = codes[lPick % codes.length]!;
        const after = structuredClone(before);
        const max = leavesOf(fw).find((x) => x.code === code)!.max;
        after[u]!.scores[code] = { value: frac * max };
        const e1 = evaluateCycle(fw, before).units;
        const e2 = evaluateCycle(fw, after).units;
        const compCode = code.split('.')[0]!;
        e1.forEach((x, i) => {
          const y = e2[i]!;
          if (i !== u) {
            expect(y.total).toEqual(x.total);
            expect(y.components).toEqual(x.components);
            expect(Math.abs(y.rank! - x.rank!)).toBeLessThanOrEqual(1);
          } else {
            x.components.forEach((c, ci) => {
              if (c.code !== compCode) expect(y.components[ci]).toEqual(c);
            });
          }
        });
      }),
      { numRuns: 150 },
    );
  });
});
