import type { AggregateNode, Component, Criterion, SubCriterion } from '@par/scoring';
import { parseApplicability, parseFlow, parseMethod, parseRule } from './cells';
import type { ColumnField, HeaderMap } from './columns';
import { resolveDepartments, type Department } from './departments';
import { cellText, parseNumberVi } from './normalize';
import type { AnnexRow } from './rows';
import { columnLetter, problem, type AnnexProblem, type CellRef } from './sheet-model';

/** Where each node of the built tree came from: JSON pointer of the node → its row, plus the column of each field. */
export interface NodePlaces {
  nodes: Map<string, CellRef>;
  /** Definition field → annex column (`max` → `C`). */
  fieldColumns: Partial<Record<string, string>>;
}

type Node = Record<string, unknown>;

interface Ctx {
  sheet: string;
  header: HeaderMap;
  departments: readonly Department[];
  problems: AnnexProblem[];
}

/** The components → criteria → sub-criteria (and aggregates) of the annex rows, with every problem of a row. */
export function buildTree(rows: AnnexRow[], sheet: string, header: HeaderMap, departments: readonly Department[]) {
  const ctx: Ctx = { sheet, header, departments, problems: [] };
  const at = (r: AnnexRow, field?: ColumnField) => ({
    sheet,
    row: r.row,
    ...(field && header.columns[field] && { column: columnLetter(header.columns[field]) }),
  });
  const seen = new Map<string, AnnexRow>();
  const unique: AnnexRow[] = [];
  for (const r of rows) {
    const first = seen.get(r.code);
    if (first)
      ctx.problems.push(
        problem(
          'DUPLICATE_CODE',
          `Mã "${r.code}" trùng với mã ở dòng ${first.row}.`,
          `Code ${r.code} already used on row ${first.row}`,
          at(r, 'code'),
        ),
      );
    else {
      seen.set(r.code, r);
      unique.push(r);
    }
  }
  const hasChildren = new Set(unique.filter((r) => r.kind === 'subCriterion').map((r) => r.parent!));
  const nodes = new Map<string, Node>();
  const components: Node[] = [];
  for (const r of unique) {
    const parent = r.parent === undefined ? undefined : seen.get(r.parent);
    const expected = r.kind === 'subCriterion' ? 'criterion' : 'component';
    if (r.parent !== undefined && (!parent || parent.kind !== expected)) {
      const what = expected === 'criterion' ? 'tiêu chí' : 'lĩnh vực';
      ctx.problems.push(
        problem(
          'PARENT_MISSING',
          `Mã "${r.code}" thuộc ${what} "${r.parent}" nhưng bảng không có ${what} này.`,
          `Parent ${r.parent} of ${r.code} is missing`,
          at(r, 'code'),
        ),
      );
      continue;
    }
    const node = buildNode(
      r,
      r.kind === 'subCriterion' || r.kind === 'aggregate' || (r.kind === 'criterion' && !hasChildren.has(r.code)),
      ctx,
      at,
    );
    nodes.set(r.code, node);
    if (r.kind === 'component') components.push(node);
    else {
      const list = r.kind === 'subCriterion' ? 'subCriteria' : r.kind === 'aggregate' ? 'aggregates' : 'criteria';
      const p = nodes.get(r.parent!)!;
      ((p[list] ??= []) as Node[]).push(node);
    }
  }
  return {
    components: components as unknown as Component[],
    places: placesOf(components as unknown as Component[], seen, sheet, header),
    problems: ctx.problems,
  };
}

function buildNode(r: AnnexRow, scored: boolean, ctx: Ctx, at: (r: AnnexRow, f?: ColumnField) => CellRef): Node {
  const node: Node = { code: r.code, name: cellText(r.cells.name) };
  if (node.name === '')
    ctx.problems.push(problem('NAME_MISSING', `Mã "${r.code}" thiếu tên lĩnh vực/tiêu chí.`, `Row ${r.code} has no name`, at(r, 'name')));
  const shortName = cellText(r.cells.shortName);
  if (r.kind === 'component' && shortName) node.shortName = shortName;
  const max = parseNumberVi(r.cells.max);
  if (max === undefined)
    ctx.problems.push(problem('MAX_MISSING', `Mã "${r.code}" thiếu điểm tối đa.`, `Row ${r.code} has no maximum`, at(r, 'max')));
  else if (max === null)
    ctx.problems.push(
      problem(
        'NUMBER_UNREADABLE',
        `Điểm tối đa "${cellText(r.cells.max)}" của mã "${r.code}" không phải là số (viết 16,5 hoặc 16.5).`,
        `Unreadable number "${cellText(r.cells.max)}"`,
        at(r, 'max'),
      ),
    );
  else if (max < 0)
    ctx.problems.push(problem('MAX_NEGATIVE', `Điểm tối đa của mã "${r.code}" không được âm.`, `Negative maximum ${max}`, at(r, 'max')));
  node.max = typeof max === 'number' ? max : 0;
  if (scored) Object.assign(node, scoringFields(r, ctx, at));
  const note = [cellText(r.cells.guidance), prefixed('Tài liệu kiểm chứng', r.cells.evidence), prefixed('Ghi chú', r.cells.remark)]
    .filter(Boolean)
    .join('\n');
  if (note) node.note = note;
  const extra = cellText(r.cells.extra);
  if (extra) {
    const parsed = parseFlow(extra);
    if (parsed.ok) for (const [k, v] of Object.entries(parsed.value)) if (!(k in node) || k === 'note') node[k] = v;
    if (!parsed.ok) ctx.problems.push(problem('EXTRA_UNREADABLE', parsed.message, parsed.detail, at(r, 'extra')));
  }
  return node;
}

const prefixed = (label: string, v: AnnexRow['cells'][ColumnField]) => (cellText(v) ? `${label}: ${cellText(v)}` : '');

function scoringFields(r: AnnexRow, ctx: Ctx, at: (r: AnnexRow, f?: ColumnField) => CellRef): Node {
  const out: Node = {};
  const method = parseMethod(cellText(r.cells.method));
  if (method.ok) out.method = method.value;
  else ctx.problems.push(problem('METHOD_UNKNOWN', method.message, method.detail, at(r, 'method')));
  const rule = parseRule(cellText(r.cells.rule));
  if (rule.ok) out.rule = rule.value;
  else ctx.problems.push(problem('RULE_UNREADABLE', rule.message, rule.detail, at(r, 'rule')));
  const deps = cellText(r.cells.departments);
  const { codes, unknown } = resolveDepartments(deps, ctx.departments);
  for (const u of unknown)
    ctx.problems.push(
      problem(
        'DEPARTMENT_UNKNOWN',
        `Cơ quan phụ trách "${u}" không có trong danh sách cơ quan của bộ tiêu chí (trang "Thông tin").`,
        `Unknown department "${u}"`,
        at(r, 'departments'),
      ),
    );
  if (r.kind !== 'aggregate' && codes.length === 0 && unknown.length === 0)
    ctx.problems.push(
      problem(
        'DEPARTMENT_MISSING',
        `Mã "${r.code}" được chấm điểm nhưng thiếu cơ quan phụ trách.`,
        `Scored node ${r.code} has no department`,
        at(r, 'departments'),
      ),
    );
  if (r.kind !== 'aggregate' || codes.length > 0) out.departments = codes;
  const applicability = parseApplicability(cellText(r.cells.applicability));
  if (!applicability.ok)
    ctx.problems.push(problem('APPLICABILITY_UNREADABLE', applicability.message, applicability.detail, at(r, 'applicability')));
  else if (applicability.value) out.applicability = applicability.value;
  return out;
}

/** Field of the definition → the annex column it is read from. */
const FIELD_COLUMN: Record<string, ColumnField> = {
  code: 'code',
  name: 'name',
  shortName: 'shortName',
  max: 'max',
  method: 'method',
  rule: 'rule',
  departments: 'departments',
  applicability: 'applicability',
  note: 'guidance',
};

function placesOf(components: Component[], rows: Map<string, AnnexRow>, sheet: string, header: HeaderMap): NodePlaces {
  const nodes = new Map<string, CellRef>();
  const put = (pointer: string, code: string) => nodes.set(pointer, { sheet, row: rows.get(code)!.row });
  components.forEach((c, i) => {
    put(`/components/${i}`, c.code);
    (c.criteria ?? []).forEach((k: Criterion, j) => {
      put(`/components/${i}/criteria/${j}`, k.code);
      (k.subCriteria ?? []).forEach((s: SubCriterion, l) => put(`/components/${i}/criteria/${j}/subCriteria/${l}`, s.code));
    });
    (c.aggregates ?? []).forEach((a: AggregateNode, l) => put(`/components/${i}/aggregates/${l}`, a.code));
  });
  const fieldColumns: NodePlaces['fieldColumns'] = {};
  for (const [field, col] of Object.entries(FIELD_COLUMN)) if (header.columns[col]) fieldColumns[field] = columnLetter(header.columns[col]);
  if (header.columns.extra) fieldColumns['*'] = columnLetter(header.columns.extra);
  return { nodes, fieldColumns };
}
