import { formatDateVi } from '@par/kernel';
import type { AggregateNode, Component, Criterion, Framework, SubCriterion } from '@par/scoring';
import { formatApplicability, formatMethod, formatRule } from '../model/cells';
import { COLUMNS, type ColumnField } from '../model/columns';
import { INFO_FIELDS, INFO_SHEET } from '../model/info';
import type { CellValue } from '../model/sheet-model';

/** The columns of our fill-in template, in order, with their widths (characters). */
export const TEMPLATE_COLUMNS: { field: ColumnField; width: number }[] = [
  { field: 'code', width: 12 },
  { field: 'name', width: 60 },
  { field: 'shortName', width: 22 },
  { field: 'max', width: 12 },
  { field: 'method', width: 18 },
  { field: 'rule', width: 24 },
  { field: 'departments', width: 28 },
  { field: 'applicability', width: 24 },
  { field: 'guidance', width: 40 },
  { field: 'extra', width: 40 },
];

export interface TemplateSheet {
  title: string[];
  header: string[];
  /** One row per node, then the total row; `level` 0 component, 1 criterion, 2 sub-criterion or aggregate; -1 total. */
  rows: { level: number; cells: CellValue[] }[];
}

const CORE = new Set([
  'code',
  'name',
  'shortName',
  'max',
  'method',
  'rule',
  'departments',
  'applicability',
  'note',
  'criteria',
  'subCriteria',
  'aggregates',
]);

type AnyNode = Component | Criterion | SubCriterion | AggregateNode;

function nodeCells(node: AnyNode, depName: (code: string) => string): CellValue[] {
  const n = node as Partial<SubCriterion> & Partial<Component> & AnyNode;
  const extra = Object.fromEntries(Object.entries(n).filter(([k, v]) => !CORE.has(k) && v !== undefined));
  const values: Partial<Record<ColumnField, CellValue>> = {
    code: n.code,
    name: n.name,
    shortName: n.shortName ?? null,
    max: n.max,
    method: n.method ? formatMethod(n.method) : null,
    rule: n.rule ? formatRule(n.rule) : null,
    departments: n.departments ? n.departments.map(depName).join('; ') : null,
    applicability: formatApplicability(n.applicability) || null,
    guidance: n.note ?? null,
    extra: Object.keys(extra).length ? JSON.stringify(extra) : null,
  };
  return TEMPLATE_COLUMNS.map((c) => values[c.field] ?? null);
}

/** The annex sheet of the template: title block, header, one row per node (components → criteria → sub-criteria, aggregates), total. */
export function annexSheet(f: Framework): TemplateSheet {
  const depName = (code: string) => f.departments.find((d) => d.code === code)?.name ?? code;
  const rows: TemplateSheet['rows'] = [];
  for (const c of f.components) {
    rows.push({ level: 0, cells: nodeCells(c, depName) });
    for (const k of c.criteria ?? []) {
      rows.push({ level: 1, cells: nodeCells(k, depName) });
      for (const s of k.subCriteria ?? []) rows.push({ level: 2, cells: nodeCells(s, depName) });
    }
    for (const a of c.aggregates ?? []) rows.push({ level: 2, cells: nodeCells(a, depName) });
  }
  const total: CellValue[] = TEMPLATE_COLUMNS.map((c) => (c.field === 'code' ? 'Tổng cộng' : c.field === 'max' ? f.totalMax : null));
  rows.push({ level: -1, cells: total });
  const d = f.decision;
  const decision = d?.number
    ? `(Ban hành kèm theo Quyết định số ${d.number}${d.date ? ` ngày ${formatDateVi(d.date)}` : ''}${d.issuer ? ` của ${d.issuer}` : ''})`
    : '';
  return {
    title: ['PHỤ LỤC', f.name.toLocaleUpperCase('vi'), decision].filter(Boolean),
    header: TEMPLATE_COLUMNS.map((c) => COLUMNS.find((x) => x.field === c.field)!.header),
    rows,
  };
}

/** The "Thông tin" sheet: label | value, and the fields without a row of their own as JSON under "Thuộc tính khác". */
export function infoSheet(f: Framework): { name: string; rows: CellValue[][] } {
  const handled = INFO_FIELDS.map((x) => x.pointer).filter(Boolean);
  const rows: CellValue[][] = [['Thông tin', 'Giá trị']];
  for (const field of INFO_FIELDS) {
    if (field.pointer === '') {
      const extra = leftover(f as unknown as Record<string, unknown>, '', [...handled, '/components', '/schemaVersion', '/$schema']);
      rows.push([field.label, Object.keys(extra).length ? JSON.stringify(extra) : null]);
    } else rows.push([field.label, field.get(f) ?? null]);
  }
  return { name: INFO_SHEET, rows };
}

function leftover(o: Record<string, unknown>, at: string, handled: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    const p = `${at}/${k}`;
    if (v === undefined || handled.includes(p)) continue;
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && handled.some((h) => h.startsWith(p + '/'))) {
      const rest = leftover(v as Record<string, unknown>, p, handled);
      if (Object.keys(rest).length) out[k] = rest;
    } else out[k] = v;
  }
  return out;
}
