import { EPS, halfUlp, type Reconciliation } from './reconciliation';

/** The same figure of one unit (a component's points, a total) printed in several tables must agree. */
export function checkCrossTables(r: Reconciliation): number {
  let n = 0;
  for (const [, figs] of r.unitFigures) {
    const byWhat = new Map<string, typeof figs>();
    for (const f of figs) byWhat.set(f.what, [...(byWhat.get(f.what) ?? []), f]);
    for (const [what, list] of byWhat) {
      const a = list[0]!;
      for (let i = 1; i < list.length; i++) {
        const b = list[i]!;
        n++;
        if (Math.abs(a.fig.value - b.fig.value) > halfUlp(a.fw, a.sec) + halfUlp(b.fw, b.sec) + EPS)
          r.contradictions.push({
            code: 'CROSS_TABLE_MISMATCH',
            place: b.place,
            expected: a.fig.value,
            actual: b.fig.value,
            size: Number(Math.abs(a.fig.value - b.fig.value).toFixed(6)),
            message: `Cùng một số liệu (${what}) ghi ${a.fig.text} tại ${a.place} nhưng ${b.fig.text} tại ${b.place}.`,
            detail: `${what}: ${a.fig.value} at ${a.place} vs ${b.fig.value} at ${b.place}`,
          });
      }
    }
  }
  return n;
}
