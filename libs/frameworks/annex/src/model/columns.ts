import { cellText, normalizeKey } from './normalize';
import { columnLetter, problem, type AnnexProblem, type SheetModel } from './sheet-model';

/** The columns of an annex sheet; `code`, `name` and `max` are required. */
export type ColumnField =
  | 'code'
  | 'name'
  | 'shortName'
  | 'max'
  | 'method'
  | 'rule'
  | 'departments'
  | 'applicability'
  | 'guidance'
  | 'evidence'
  | 'remark'
  | 'extra';

export interface ColumnSpec {
  field: ColumnField;
  /** The header our template writes. */
  header: string;
  /** Other headers provinces use (compared without case, diacritics, punctuation or extra spaces). */
  variants: string[];
  required?: boolean;
}

export const COLUMNS: readonly ColumnSpec[] = [
  { field: 'code', header: 'Mã', variants: ['STT', 'Số TT', 'TT', 'Mã số', 'Mã tiêu chí', 'Số thứ tự'], required: true },
  {
    field: 'name',
    header: 'Lĩnh vực, tiêu chí, tiêu chí thành phần',
    variants: [
      'Nội dung',
      'Tên tiêu chí',
      'Lĩnh vực/tiêu chí/tiêu chí thành phần',
      'Lĩnh vực, tiêu chí và tiêu chí thành phần',
      'Tiêu chí, tiêu chí thành phần',
      'Nội dung tiêu chí',
    ],
    required: true,
  },
  { field: 'shortName', header: 'Tên viết tắt', variants: ['Tên ngắn'] },
  { field: 'max', header: 'Điểm tối đa', variants: ['Điểm chuẩn', 'Thang điểm', 'Điểm', 'Điểm tối đa (điểm)'], required: true },
  {
    field: 'method',
    header: 'Phương pháp đánh giá',
    variants: ['Cách chấm', 'Phương thức đánh giá', 'Phương pháp chấm', 'Hình thức đánh giá'],
  },
  { field: 'rule', header: 'Quy tắc chấm', variants: ['Cách tính điểm', 'Quy tắc tính điểm'] },
  {
    field: 'departments',
    header: 'Cơ quan phụ trách',
    variants: [
      'Cơ quan chủ trì',
      'Cơ quan theo dõi',
      'Đơn vị phụ trách',
      'Phòng ban phụ trách',
      'Cơ quan, đơn vị phụ trách',
      'Cơ quan thẩm định',
    ],
  },
  { field: 'applicability', header: 'Áp dụng', variants: ['Phạm vi áp dụng', 'Điều kiện áp dụng'] },
  { field: 'guidance', header: 'Hướng dẫn chấm', variants: ['Hướng dẫn chấm điểm', 'Hướng dẫn đánh giá', 'Cách đánh giá'] },
  { field: 'evidence', header: 'Tài liệu kiểm chứng', variants: ['Tài liệu kiểm chứng, minh chứng', 'Minh chứng'] },
  { field: 'remark', header: 'Ghi chú', variants: [] },
  { field: 'extra', header: 'Thuộc tính khác', variants: ['Thuộc tính bổ sung'] },
];

const BY_KEY = new Map<string, ColumnField>(
  COLUMNS.flatMap((c) => [c.header, ...c.variants].map((h) => [normalizeKey(h), c.field] as const)),
);

/** The field of a header cell, or `undefined`. */
export function fieldOfHeader(text: string): ColumnField | undefined {
  return BY_KEY.get(normalizeKey(text));
}

export interface HeaderMap {
  /** 1-based row of the header. */
  row: number;
  /** Field → 1-based column. */
  columns: Partial<Record<ColumnField, number>>;
}

/** Rows searched for the header below the title block. */
const HEADER_SEARCH_ROWS = 30;

/**
 * The header row: the first of the first 30 rows where at least two of the required columns are recognised.
 * Missing required columns, unknown headers and a column given twice are problems of that row.
 */
export function findHeader(sheet: SheetModel): { header?: HeaderMap; problems: AnnexProblem[] } {
  const at = (row: number, col?: number) => ({ sheet: sheet.name, row, ...(col && { column: columnLetter(col) }) });
  for (let r = 1; r <= Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r++) {
    const cells = (sheet.rows[r - 1] ?? []).map(cellText);
    const fields = cells.map((t) => (t ? fieldOfHeader(t) : undefined));
    if (COLUMNS.filter((c) => c.required && fields.includes(c.field)).length < 2) continue;
    const problems: AnnexProblem[] = [];
    const columns: HeaderMap['columns'] = {};
    cells.forEach((text, i) => {
      const field = fields[i];
      if (!text) return;
      if (!field)
        problems.push(
          problem(
            'COLUMN_UNKNOWN',
            `Tiêu đề cột "${text}" không thuộc mẫu phụ lục (các cột dùng được: ${COLUMNS.map((c) => c.header).join('; ')}).`,
            `Unknown column header "${text}"`,
            at(r, i + 1),
          ),
        );
      else if (columns[field] !== undefined)
        problems.push(
          problem(
            'COLUMN_DUPLICATE',
            `Cột "${text}" trùng với cột ${columnLetter(columns[field])} (cùng là "${headerOf(field)}").`,
            `Column ${field} given twice`,
            at(r, i + 1),
          ),
        );
      else columns[field] = i + 1;
    });
    for (const c of COLUMNS.filter((c) => c.required && columns[c.field] === undefined))
      problems.push(
        problem(
          'COLUMN_MISSING',
          `Thiếu cột "${c.header}" (hoặc ${c.variants
            .slice(0, 2)
            .map((v) => `"${v}"`)
            .join(', ')}) ở dòng tiêu đề.`,
          `Missing required column ${c.field}`,
          at(r),
        ),
      );
    return { header: { row: r, columns }, problems };
  }
  const required = COLUMNS.filter((c) => c.required).map((c) => `"${c.header}"`);
  return {
    problems: [
      problem(
        'HEADER_NOT_FOUND',
        `Không tìm thấy dòng tiêu đề cột trong ${HEADER_SEARCH_ROWS} dòng đầu: cần các cột ${required.join(', ')}.`,
        `No header row with the required columns in the first ${HEADER_SEARCH_ROWS} rows`,
        { sheet: sheet.name },
      ),
    ],
  };
}

export function headerOf(field: ColumnField): string {
  return COLUMNS.find((c) => c.field === field)!.header;
}
