import {
  formatVi,
  methodLabelVi,
  isClassified,
  NOT_CLASSIFIED_VI,
  type CycleEvaluation,
  type Figure,
  type Framework,
  type NodeMethod,
  type UnitEvaluation,
} from '@par/scoring';
import { table } from '../io/output';
import { unlistedLost } from './review-cycle';

const MARK: Partial<Record<Figure['origin'], string>> = { derived: '*', given: '†' };

/** The ranking table (one row per unit, by rank), then each unit's lost points, every method included. */
export function renderTable(cycle: CycleEvaluation, fw: Framework): string {
  const d = cycle.decimals;
  const f = (x: Figure | undefined) => (x?.value === null || x === undefined ? '—' : formatVi(x.value, d) + (MARK[x.origin] ?? ''));
  const codes = fw.components.map((c) => c.code);
  const sorted = [...cycle.units].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const methods = [...new Set(cycle.units.flatMap((u) => Object.keys(u.byMethod)))] as NodeMethod[];
  const main = table(
    [
      'Hạng',
      'Đơn vị',
      ...codes.map((c) => `LV ${c}`),
      ...methods.map((m) => methodLabelVi(m, 'heading')),
      'Tổng điểm',
      'Chỉ số (%)',
      'Xếp loại',
      'Điểm mất',
    ],
    sorted.map((u) => [
      u.rank ?? '—',
      u.unitName ?? u.unitId,
      ...codes.map((c) => f(u.components.find((x) => x.code === c)?.total)),
      ...methods.map((m) => f(u.byMethod[m])),
      f(u.total),
      f(u.index),
      (u.class?.label ?? (isClassified(fw) ? '—' : NOT_CLASSIFIED_VI)) +
        (u.class && u.class.code !== u.class.baseCode ? ` (hạ từ ${u.class.baseLabel})` : ''),
      f(u.lostPoints.total),
    ]),
  );
  const lost = sorted.map((u) => lostTable(u, d)).join('');
  const all = cycle.units.flatMap((u) => [
    u.total,
    u.index,
    u.lostPoints.total,
    ...Object.values(u.byMethod),
    ...u.components.map((c) => c.total),
  ]);
  const notes = [
    all.some((x) => x?.origin === 'derived') ? '* số suy ra (tổng được công bố trừ phần đã biết), không tính trực tiếp từ tiêu chí.' : '',
    all.some((x) => x?.origin === 'given') ? '† số được cung cấp trong tệp kết quả, không tính từ tiêu chí.' : '',
  ].filter(Boolean);
  return main + lost + (notes.length ? '\n' + notes.join('\n') : '');
}

function lostTable(u: UnitEvaluation, d: number): string {
  const unlisted = unlistedLost(u, d);
  if (u.lostPoints.items.length === 0 && !unlisted) return '';
  const rows: string[][] = u.lostPoints.items.flatMap((i) => [
    [
      i.componentCode,
      i.code,
      methodLabelVi(i.method, 'heading'),
      i.name,
      formatVi(i.max, d, false),
      formatVi(i.achieved, d),
      formatVi(i.lost, d),
      i.reason ?? '',
    ],
    ...(i.items ?? []).map((x) => ['', '', '', `• ${x.name}`, '', '', formatVi(x.points, d), x.reason ?? '']),
  ]);
  if (unlisted)
    rows.push([
      '',
      unlisted.codes.join(', '),
      '',
      'Các nút chưa có kết quả: điểm mất không liệt kê được',
      '',
      '',
      unlisted.lost === null ? '—' : formatVi(unlisted.lost, d) + '*',
      'Chưa có kết quả chi tiết',
    ]);
  return (
    `\nĐiểm mất — ${u.unitName ?? u.unitId}:\n` +
    table(['Lĩnh vực', 'Mã', 'Phương thức', 'Tiêu chí', 'Tối đa', 'Đạt', 'Mất', 'Lý do'], rows)
  );
}
