import type { ComponentTableSection, Framework, NodeMethod, Printed, RankingTableSection, ReportSection } from '@par/scoring';

/** A hand-typed table as read from a CSV file or an XLSX sheet: every cell as text (numbers as printed). */
export interface TableSheet {
  name: string;
  rows: (string | number | null)[][];
}

export interface TableProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  code: string;
  message: string;
  detail: string;
}

const norm = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[.,:;]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

type Role = 'order' | 'unit' | 'unitId' | 'score' | 'rank' | 'class' | 'index' | { component: string; max?: string };

/** What a header cell is: a known column, or a component (by code, short name or name) with its printed maximum. */
function columnRole(header: string, fw: Framework): Role | null {
  const h = norm(header);
  if (['stt', 'tt', 'số tt'].includes(h)) return 'order';
  if (['đơn vị', 'tên đơn vị'].includes(h)) return 'unit';
  if (['mã đơn vị', 'unitid', 'mã'].includes(h)) return 'unitId';
  if (['điểm', 'tổng điểm', 'tổng', 'điểm thẩm định'].includes(h)) return 'score';
  if (h === 'xếp hạng' || h === 'thứ hạng') return 'rank';
  if (h === 'xếp loại' || h === 'phân loại') return 'class';
  if (h.startsWith('chỉ số') || h === '%' || h === 'tỷ lệ') return 'index';
  const max = /\(([^)]*)\)/.exec(header)?.[1]?.trim();
  const c = fw.components.find((x) => [x.code, x.shortName ?? '', x.name, `lĩnh vực ${x.code}`].some((n) => n && norm(n) === h));
  return c ? { component: c.code, ...(max && { max }) } : null;
}

const printed = (v: string | number | null | undefined): Printed | undefined =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '') ? undefined : typeof v === 'number' ? v : v.trim();

function headerRowIndex(sheet: TableSheet): number {
  return sheet.rows.findIndex((r) => r.some((c) => typeof c === 'string' && ['đơn vị', 'tên đơn vị'].includes(norm(c))));
}

/**
 * A published table (ranking table: STT, Đơn vị, Điểm, Xếp hạng, Xếp loại, Chỉ số; or a per-component table whose
 * headers name components with their printed maxima, e.g. "Chỉ đạo điều hành (2,00)") → the sections the scoring
 * engine's `reconcileReport` checks. Figures are kept as printed. Unknown headers are reported, not guessed.
 */
export function publishedTableSections(
  sheet: TableSheet,
  fw: Framework,
  opts: { method?: NodeMethod | 'total' } = {},
): { sections: ReportSection[]; problems: TableProblem[] } {
  const problems: TableProblem[] = [];
  const h = headerRowIndex(sheet);
  if (h < 0) {
    const detail = 'No header row with a column "Đơn vị"';
    return {
      sections: [],
      problems: [
        {
          sheet: sheet.name,
          row: null,
          column: null,
          code: 'TABLE_NO_HEADER',
          message: 'Không tìm thấy dòng tiêu đề có cột "Đơn vị".',
          detail,
        },
      ],
    };
  }
  const headers = sheet.rows[h]!.map((c) => (c === null ? '' : String(c)));
  const roles = headers.map((x, i) => {
    const r = x.trim() ? columnRole(x, fw) : null;
    if (x.trim() && !r)
      problems.push({
        sheet: sheet.name,
        row: h + 1,
        column: x,
        code: 'TABLE_UNKNOWN_COLUMN',
        message: `Cột "${x}" không phải cột của bảng kết quả hay lĩnh vực của bộ tiêu chí "${fw.id}".`,
        detail: `Unknown column ${i + 1}: ${x}`,
      });
    return r;
  });
  const idx = (role: string) => roles.findIndex((r) => r === role);
  const comps = roles.flatMap((r, i) => (r && typeof r === 'object' ? [{ ...r, i }] : []));
  const body = sheet.rows.slice(h + 1).filter((r) => printed(r[idx('unit')]) !== undefined);
  const id = sheet.name;
  const get = (r: (string | number | null)[], role: string) => (idx(role) < 0 ? undefined : printed(r[idx(role)]));
  const sections: ReportSection[] = [];
  if (comps.length) {
    const header = Object.fromEntries(comps.filter((c) => c.max).map((c) => [c.component, c.max!]));
    const table: ComponentTableSection = {
      kind: 'component-table',
      id,
      framework: fw.id,
      method: opts.method ?? 'survey',
      ...(Object.keys(header).length && { header }),
      rows: body.map((r) => {
        const total = get(r, 'score');
        const unitId = get(r, 'unitId');
        return {
          unit: String(get(r, 'unit')),
          ...(unitId !== undefined && { unitId: String(unitId) }),
          parts: Object.fromEntries(comps.flatMap((c) => (printed(r[c.i]) === undefined ? [] : [[c.component, printed(r[c.i])!]]))),
          ...(total !== undefined && { total }),
        };
      }),
    };
    sections.push(table);
  }
  if (!comps.length || idx('rank') >= 0 || idx('class') >= 0) sections.push(rankingSection(body, get, id, fw));
  return { sections, problems };
}

function rankingSection(
  body: (string | number | null)[][],
  get: (r: (string | number | null)[], role: string) => Printed | undefined,
  id: string,
  fw: Framework,
): RankingTableSection {
  const int = (v: Printed | undefined) => (v === undefined ? undefined : Number(String(v).trim()));
  return {
    kind: 'ranking-table',
    id,
    framework: fw.id,
    rows: body.map((r) => {
      const [order, rank, cls, index, unitId] = [
        int(get(r, 'order')),
        int(get(r, 'rank')),
        get(r, 'class'),
        get(r, 'index'),
        get(r, 'unitId'),
      ];
      return {
        unit: String(get(r, 'unit')),
        score: get(r, 'score') ?? '',
        ...(order !== undefined && Number.isInteger(order) && { order }),
        ...(unitId !== undefined && { unitId: String(unitId) }),
        ...(rank !== undefined && Number.isInteger(rank) && { rank }),
        ...(cls !== undefined && { class: String(cls) }),
        ...(index !== undefined && { index }),
      };
    }),
  };
}
