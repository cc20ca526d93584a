import { readFileSync } from 'node:fs';
import { evaluateCycle, parseFramework, subordinatesOf, type Framework, type UnitResults } from '../index';

const root = new URL('../../../../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
function load(p: string): Framework {
  const r = parseFramework(read(p));
  if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 2));
  return r.framework!;
}

const district = load('examples/frameworks/bac-kan-2023-district.yaml');
const commune = load('examples/frameworks/bac-kan-2023-commune.yaml');
const districtResults = JSON.parse(read('examples/results/bac-kan-2023-districts.json')).units as UnitResults[];
const communeResults: UnitResults[] = read('examples/results/bac-kan-2023-communes.csv')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [unitId, unitName, parentId, code, value] = line.split(',');
    return { unitId: unitId!, unitName: unitName!, parentId: parentId!, scores: { [code!]: { value: Number(value) } } };
  });

const communes = evaluateCycle(commune, communeResults);
const districts = evaluateCycle(district, districtResults, { subordinates: subordinatesOf(communes) });
const byId = (id: string) => districts.units.find((u) => u.unitId === id)!;

describe('Bắc Kạn 2023 seed (118/BC-PNV)', () => {
  it('both example frameworks validate', () => {
    expect(district.components).toHaveLength(7);
    expect(district.maxByMethod).toEqual({ appraised: 86, survey: 14 });
    expect(commune.classification.bands[0]).toMatchObject({ class: 'excellent', min: 90 });
  });

  it('has no problems in the results', () => {
    expect(districts.units.flatMap((u) => u.problems)).toEqual([]);
    expect(communes.units.flatMap((u) => u.problems)).toEqual([]);
  });

  const table: [string, number, number, number, string][] = [
    ['tp-bac-kan', 12.071, 87.461, 1, 'Tốt'],
    ['ngan-son', 12.688, 87.109, 2, 'Tốt'],
    ['cho-moi', 12.285, 83.289, 3, 'Tốt'],
    ['cho-don', 13.214, 82.791, 4, 'Tốt'],
    ['bach-thong', 12.396, 82.697, 5, 'Tốt'],
    ['pac-nam', 12.098, 79.274, 6, 'Khá'],
    ['na-ri', 12.209, 79.206, 7, 'Khá'],
    ['ba-be', 11.852, 79.041, 8, 'Khá'],
  ];
  it.each(table)('%s: survey %d, total %d, rank %d, class %s', (id, survey, total, rank, cls) => {
    const u = byId(id);
    expect(u.byMethod.survey).toEqual({ value: survey, origin: 'computed' });
    expect(u.total.value).toBe(total);
    expect(u.rank).toBe(rank);
    expect(u.class?.label).toBe(cls);
  });

  it('says which district figures are given and which derived', () => {
    const ns = byId('ngan-son');
    expect(ns.total.origin).toBe('given');
    expect(ns.byMethod.appraised).toEqual({ value: 74.421, origin: 'derived' });
    expect(ns.components[0]!.byMethod.appraised).toEqual({ value: null, origin: 'unknown' });
    expect(ns.components[0]!.byMethod.survey).toEqual({ value: 2.063, origin: 'computed' });
    // TP Bắc Kạn's total is computed from its parts and agrees with the published one.
    expect(byId('tp-bac-kan').total.origin).toBe('computed');
  });

  it("reproduces TP Bắc Kạn's appraised, survey and lost points per component", () => {
    const tp = byId('tp-bac-kan');
    const appraised = [13.94, 9, 13.25, 5, 9.5, 8, 16.7];
    const survey = [2.052, 1.895, 2.036, 0.877, 2.191, 1.332, 1.688];
    const lostAppraised = [0.06, 0, 5.75, 0, 1.5, 2, 1.3];
    tp.components.forEach((c, i) => {
      expect(c.byMethod.appraised?.value).toBe(appraised[i]);
      expect(c.byMethod.survey?.value).toBe(survey[i]);
      expect(c.lostByMethod.appraised?.value).toBe(lostAppraised[i]);
    });
    const self = tp.leaves!.filter((l) => l.method === 'appraised').map((l) => l.self);
    expect(self).toEqual([12.48, 9, 16.5, 5, 9.5, 10, 16.9]);
    expect(tp.byMethod.appraised?.value).toBe(75.39);
    expect(tp.total).toEqual({ value: 87.461, origin: 'computed' });
    // Appraised lost points are fully itemised by the seed.
    const appraisedLost = tp.lostPoints.items.filter((i) => i.method === 'appraised');
    expect(appraisedLost.map((i) => [i.componentCode, i.lost, i.notItemised])).toEqual([
      ['1', 0.06, 0],
      ['3', 5.75, 0],
      ['5', 1.5, 0],
      ['6', 2, 0],
      ['7', 1.3, 0],
    ]);
    expect(tp.lostPoints.total.value).toBe(12.539);
  });

  const communeTable: [string, number, number, string][] = [
    ['nguyen-thi-minh-khai', 90.6, 1, 'Xuất sắc'],
    ['song-cau', 89.77, 2, 'Tốt'],
    ['xuat-hoa', 88.12, 3, 'Tốt'],
    ['nong-thuong', 85.63, 4, 'Tốt'],
    ['huyen-tung', 84.21, 5, 'Tốt'],
    ['duc-xuan', 83.66, 6, 'Tốt'],
    ['phung-chi-kien', 80.78, 7, 'Tốt'],
    ['duong-quang', 77.25, 8, 'Khá'],
  ];
  it.each(communeTable)('commune %s: %d → rank %d (recomputed), class %s', (id, total, rank, cls) => {
    const u = communes.units.find((x) => x.unitId === id)!;
    expect(u.total.value).toBe(total);
    expect(u.rank).toBe(rank);
    expect(u.class?.label).toBe(cls);
  });

  it('applies the 2/3 subordinate rule to TP Bắc Kạn (7 of 8 communes Tốt or better) and says it cannot for others', () => {
    const adj = byId('tp-bac-kan').class!.adjustments[0]!;
    expect(adj).toMatchObject({ status: 'kept', reached: 7, of: 8 });
    expect(byId('ba-be').class!.adjustments[0]!.status).toBe('not-evaluable');
  });
});
