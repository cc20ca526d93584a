import { validateFramework, type Framework, type Problem } from '@par/scoring';
import { findHeader } from './columns';
import { deriveDepartments, type Department } from './departments';
import { deepMerge, INFO_SHEET, readInfoSheet, readTitleBlock } from './info';
import { cellText, normalizeKey, parseNumberVi } from './normalize';
import { readBody, type AnnexBody } from './rows';
import { columnLetter, problem, sortProblems, type AnnexProblem, type CellRef, type SheetModel, type WorkbookModel } from './sheet-model';
import { buildTree, type NodePlaces } from './tree';

/** Framework fields the annex does not carry (or that override what it says): id, name, unit type, period, rounding, bands… */
export type AnnexOptions = Partial<Omit<Framework, 'components' | 'schemaVersion'>>;

/** Either a valid framework definition, or every problem of the file (then no definition at all). */
export type AnnexResult = { ok: true; framework: Framework; problems: [] } | { ok: false; problems: AnnexProblem[] };

const KEY_ORDER = [
  'schemaVersion',
  'id',
  'name',
  'province',
  'unitType',
  'period',
  'year',
  'version',
  'decision',
  'amendments',
  'totalMax',
  'maxByMethod',
  'declaredCounts',
  'detail',
  'detailNote',
  'rounding',
  'departments',
  'classification',
  'ranking',
];

/**
 * Pure: an annex sheet model (+ an optional "Thông tin" sheet) → a framework definition checked by
 * `validateFramework`, or every problem located by sheet, row and column. Precedence of the top-level fields:
 * `options` over the "Thông tin" sheet over the title block.
 */
export function mapAnnex(workbook: WorkbookModel, options: AnnexOptions = {}): AnnexResult {
  const order = workbook.sheets.map((s) => s.name);
  const info = workbook.sheets.find((s) => normalizeKey(s.name) === normalizeKey(INFO_SHEET));
  const candidates = workbook.sheets.filter((s) => s !== info);
  if (candidates.length === 0)
    return {
      ok: false,
      problems: [problem('SHEET_MISSING', 'Tệp không có trang nào chứa bảng tiêu chí.', 'No annex sheet in the workbook')],
    };
  const found = candidates.map((s) => ({ sheet: s, ...findHeader(s) }));
  const chosen = found.find((f) => f.header) ?? found[0]!;
  if (!chosen.header) return { ok: false, problems: chosen.problems };
  const sheet = chosen.sheet;
  const infoRead = info ? readInfoSheet(info) : { draft: {}, places: new Map<string, CellRef>(), problems: [] };
  if (chosen.problems.some((p) => p.code === 'COLUMN_MISSING'))
    return { ok: false, problems: sortProblems([...chosen.problems, ...infoRead.problems], order) };
  const body = readBody(sheet, chosen.header);
  const given = deepMerge(deepMerge(readTitleBlock(sheet, chosen.header.row), infoRead.draft), options as Record<string, unknown>);
  const departments =
    (given.departments as Department[] | undefined) ?? deriveDepartments(body.rows.map((r) => cellText(r.cells.departments)));
  const tree = buildTree(body.rows, sheet.name, chosen.header, departments);
  const inBlocked = (p: AnnexProblem) =>
    p.column !== undefined && body.blocked.has(`${p.row}:${p.column}`) && !p.code.startsWith('MERGED_');
  const problems = [...chosen.problems, ...body.problems, ...infoRead.problems, ...tree.problems].filter((p) => !inBlocked(p));
  const totalMax = totalOf(given, body, tree.components, sheet, chosen.header.columns.max, problems);
  const draft = ordered({ schemaVersion: 1, ...given, totalMax, departments, components: tree.components });
  const checked = validateFramework(draft);
  const hasMaxProblem = problems.some((p) =>
    ['NUMBER_UNREADABLE', 'MAX_MISSING', 'PARENT_MISSING', 'DUPLICATE_CODE', 'MERGED_SCORE_CELL'].includes(p.code),
  );
  const rowsWithProblems = new Set([...problems, ...body.problems].filter((p) => p.row !== undefined).map((p) => `${p.sheet}:${p.row}`));
  for (const p of checked.problems) {
    if (hasMaxProblem && p.code === 'MAX_SUM_MISMATCH') continue; // sums over an unreadable cell say nothing more
    if (p.code === 'SCHEMA_MINITEMS' && p.path.endsWith('/departments')) continue; // DEPARTMENT_MISSING, by row
    const located = locate(p, tree.places, infoRead.places, body, sheet, info, chosen.header.columns.max);
    if (located.row !== undefined && (rowsWithProblems.has(`${located.sheet}:${located.row}`) || inBlocked(located))) continue; // that row's own problem says it
    problems.push(located);
  }
  if (problems.length > 0 || !checked.ok) return { ok: false, problems: sortProblems(problems, order) };
  return { ok: true, framework: checked.framework!, problems: [] };
}

function totalOf(
  given: Record<string, unknown>,
  body: AnnexBody,
  components: { max: number }[],
  sheet: SheetModel,
  maxCol: number | undefined,
  problems: AnnexProblem[],
): number {
  const declared = typeof given.totalMax === 'number' ? given.totalMax : undefined;
  if (body.total && cellText(body.total.value) !== '') {
    const at = { sheet: sheet.name, row: body.total.row, ...(maxCol && { column: columnLetter(maxCol) }) };
    const n = parseNumberVi(body.total.value);
    if (typeof n !== 'number')
      problems.push(problem('NUMBER_UNREADABLE', `Tổng điểm "${cellText(body.total.value)}" không phải là số.`, 'Unreadable total', at));
    else if (declared !== undefined && n !== declared)
      problems.push(
        problem(
          'TOTAL_MISMATCH',
          `Dòng tổng cộng ghi ${n} điểm nhưng "Tổng điểm tối đa" khai báo ${declared} điểm.`,
          `Total row ${n} ≠ declared ${declared}`,
          at,
        ),
      );
    else return n;
  }
  return declared ?? Number(components.reduce((s, c) => s + c.max, 0).toFixed(9));
}

function ordered(draft: Record<string, unknown>): Record<string, unknown> {
  const keys = [
    ...KEY_ORDER.filter((k) => k in draft),
    ...Object.keys(draft).filter((k) => !KEY_ORDER.includes(k) && k !== 'components'),
    'components',
  ];
  return Object.fromEntries(keys.map((k) => [k, draft[k]]));
}

/** A validation problem of the definition, placed at the row and column it was read from. */
function locate(
  p: Problem,
  nodes: NodePlaces,
  infoPlaces: Map<string, CellRef>,
  body: AnnexBody,
  sheet: SheetModel,
  info: SheetModel | undefined,
  maxCol: number | undefined,
): AnnexProblem {
  const base = { code: p.code, message: p.message, detail: p.detail, path: p.path };
  const segments = p.path.split('/');
  for (let n = segments.length; n > 1; n--) {
    const node = nodes.nodes.get(segments.slice(0, n).join('/'));
    if (!node) continue;
    const field = segments[n];
    const column = field === undefined ? undefined : (nodes.fieldColumns[field] ?? nodes.fieldColumns['*']);
    return { ...base, sheet: node.sheet, row: node.row, ...(column && { column }) };
  }
  if (p.path === '/totalMax' && body.total)
    return { ...base, sheet: sheet.name, row: body.total.row, ...(maxCol && { column: columnLetter(maxCol) }) };
  for (let n = segments.length; n > 1; n--) {
    const at = infoPlaces.get(segments.slice(0, n).join('/'));
    if (at) return { ...base, ...at };
  }
  const hint = ` (khai báo ở trang "${INFO_SHEET}" hoặc bằng tùy chọn khi nhập)`;
  return { ...base, message: p.message + hint, sheet: info?.name ?? INFO_SHEET };
}
