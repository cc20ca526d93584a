import { formatNumberVi } from '@par/kernel';
import { leavesOf, type Framework, type UnitEvaluation } from '@par/scoring';
import { heading, para, type Block, type Cell, type TableBlock } from '../model/report-document';
import { lostAppraisedItems, type LostRow } from '../ranking-report/report-input';

export const UNASSIGNED_VI = 'Chưa xác định phòng/sở phụ trách';

interface DepartmentGroup {
  code: string;
  name: string;
  max: number;
  lost: number;
  items: LostRow[];
}

const fix = (n: number, d: number) => Number(n.toFixed(d));

/**
 * Lost points of the appraised part by the lead (first) responsible department of each criterion, so that the
 * subtotals add up to the unit's lost points; each department's maximum is the applicable appraised maximum it leads.
 */
export function departmentGroups(fw: Framework, u: UnitEvaluation): DepartmentGroup[] {
  const d = fw.rounding.decimals;
  const lead = new Map(leavesOf(fw).map((l) => [l.code, l.departments?.[0] ?? '']));
  const names = new Map(fw.departments.map((x) => [x.code, x.name]));
  const groups = new Map<string, DepartmentGroup>();
  const group = (code: string) => {
    let g = groups.get(code);
    if (!g) groups.set(code, (g = { code, name: names.get(code) ?? UNASSIGNED_VI, max: 0, lost: 0, items: [] }));
    return g;
  };
  for (const l of u.leaves ?? []) if (l.method === 'appraised' && l.applicable) group(lead.get(l.code) ?? '').max += l.max;
  for (const i of lostAppraisedItems(u)) {
    const g = group(lead.get(i.nodeCode) ?? '');
    g.items.push(i);
    g.lost += i.lost;
  }
  const order = [...fw.departments.map((x) => x.code), ''];
  return [...groups.values()]
    .map((g) => ({ ...g, max: fix(g.max, d), lost: fix(g.lost, d) }))
    .sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
}

/** Section III of the unit analysis: every criterion where points were lost, by department, with subtotals. */
export function lostByDepartmentBlocks(fw: Framework, u: UnitEvaluation): Block[] {
  const d = fw.rounding.decimals;
  const out: Block[] = [heading(1, 'III. CÁC TIÊU CHÍ MẤT ĐIỂM THEO PHÒNG/SỞ PHỤ TRÁCH')];
  const groups = departmentGroups(fw, u);
  const totalLost = fix(
    groups.reduce((s, g) => s + g.lost, 0),
    d,
  );
  if (fw.departments.length === 0) {
    out.push(
      para(
        'Bộ tiêu chí chưa xác định phòng/sở phụ trách các tiêu chí, nên các tiêu chí mất điểm được liệt kê chung (theo lĩnh vực), không chia theo phòng/sở.',
      ),
    );
  } else {
    out.push(
      para(
        'Mỗi tiêu chí được tính cho phòng/sở chủ trì (phòng/sở đầu tiên trong bộ tiêu chí); tỷ lệ mất điểm là điểm mất trên điểm tối đa phòng/sở phụ trách.',
      ),
    );
  }
  if (totalLost === 0) return [...out, para('Đơn vị không bị mất điểm ở phần tự đánh giá, thẩm định.')];
  const rows: Cell[][] = [];
  for (const g of groups.filter((x) => x.items.length > 0)) {
    for (const i of g.items) rows.push([g.name, i.code ? `${i.code} ${i.name}` : i.name, i.max, i.achieved, i.lost, i.reason]);
    rows.push([
      `Cộng ${g.name}`,
      `${g.items.length} tiêu chí; mất ${formatNumberVi(g.lost, d, false)}/${formatNumberVi(g.max, d, false)} điểm (${formatNumberVi(g.max ? (g.lost / g.max) * 100 : 0, 1)}%), ${formatNumberVi((g.lost / totalLost) * 100, 1)}% tổng điểm mất`,
      g.max,
      null,
      g.lost,
      null,
    ]);
  }
  const table: TableBlock = {
    kind: 'table',
    sheet: 'Mất điểm theo phòng sở',
    title: 'Bảng 2. Các tiêu chí mất điểm theo phòng/sở phụ trách',
    columns: [
      { header: 'Phòng/sở phụ trách', kind: 'text', width: 1.6 },
      { header: 'Tiêu chí', kind: 'text', width: 3 },
      { header: 'Điểm tối đa', kind: 'number', decimals: d, trim: true },
      { header: 'Đạt', kind: 'number', decimals: d },
      { header: 'Mất', kind: 'number', decimals: d },
      { header: 'Lý do', kind: 'text', width: 2 },
    ],
    rows,
    footer: ['Tổng cộng', '', null, null, totalLost, null],
  };
  return [...out, table];
}
