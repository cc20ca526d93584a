import { formatDateVi, formatNumberVi } from '@par/kernel';
import type { ClassBand, Framework } from '@par/scoring';
import { parseFlow } from './cells';
import { cellText, normalizeKey, parseNumberVi } from './normalize';
import { problem, type AnnexProblem, type CellRef, type SheetModel } from './sheet-model';

/** The name of the second sheet, with the framework's fields that the annex table does not carry. */
export const INFO_SHEET = 'Thông tin';

type Draft = Record<string, unknown>;
type Setter = (draft: Draft, v: ReturnType<typeof cellText>, raw: unknown) => string | undefined;

interface InfoField {
  label: string;
  variants?: string[];
  /** JSON pointer of the field in the definition (for locating its problems). */
  pointer: string;
  set: Setter;
  get: (f: Framework) => string | number | undefined;
}

const set = (draft: Draft, pointer: string, value: unknown) => {
  const keys = pointer.split('/').slice(1);
  let o = draft;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Draft;
  o[keys[keys.length - 1]!] = value;
};
const text =
  (pointer: string): Setter =>
  (d, v) => (set(d, pointer, v), undefined);
const integer =
  (pointer: string): Setter =>
  (d, v, raw) => {
    const n = parseNumberVi(raw as never);
    if (typeof n !== 'number' || !Number.isInteger(n)) return `"${v}" không phải là số nguyên.`;
    set(d, pointer, n);
    return undefined;
  };
const number =
  (pointer: string): Setter =>
  (d, v, raw) => {
    const n = parseNumberVi(raw as never);
    if (typeof n !== 'number') return `"${v}" không phải là số (viết 16,5 hoặc 16.5).`;
    set(d, pointer, n);
    return undefined;
  };

/** `07/8/2023` or `2023-08-07` → `2023-08-07`. */
export function parseDateVi(v: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (iso) return v;
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  return vi ? `${vi[3]}-${vi[2]!.padStart(2, '0')}-${vi[1]!.padStart(2, '0')}` : undefined;
}

const CLASS_OF_LABEL: Record<string, string> = {
  'xuat sac': 'excellent',
  tot: 'good',
  kha: 'fair',
  'trung binh': 'average',
  yeu: 'weak',
  kem: 'poor',
};

/** `Xuất sắc (excellent) ≥ 90; Tốt ≥ 80; …; Yếu` → bands, highest first. */
export function parseBands(v: string): ClassBand[] | string {
  const bands: ClassBand[] = [];
  for (const part of v
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^(.+?)\s*(?:\(([A-Za-z0-9_-]+)\))?\s*(?:(?:≥|>=|từ)\s*([\d.,]+)\s*(?:điểm|%)?)?$/u.exec(part);
    const cls = m?.[2] ?? CLASS_OF_LABEL[normalizeKey(m?.[1] ?? '')];
    const min = m?.[3] === undefined ? undefined : parseNumberVi(m[3]);
    if (!m || !cls || min === null) return `không đọc được mức "${part}" (viết "Tốt ≥ 80" hoặc "Tốt (good) ≥ 80").`;
    bands.push({ class: cls, label: m[1]!.trim(), ...(min !== undefined && { min }) });
  }
  return bands.length ? bands : 'chưa có mức xếp loại nào.';
}

export function formatBands(bands: ClassBand[]): string {
  return bands.map((b) => `${b.label} (${b.class})${b.min !== undefined ? ` ≥ ${formatNumberVi(b.min, 6, false)}` : ''}`).join('; ');
}

const choice =
  (pointer: string, words: Record<string, string>): Setter =>
  (d, v) => {
    const key = normalizeKey(v);
    const value = Object.values(words).includes(key) ? key : words[key];
    if (!value) return `"${v}" không phải là một trong: ${[...new Set(Object.values(words))].join(', ')}.`;
    set(d, pointer, value);
    return undefined;
  };
const BASIS = { 'tong diem': 'total', 'chi so': 'index', total: 'total', index: 'index' };

export const INFO_FIELDS: readonly InfoField[] = [
  { label: 'Mã bộ tiêu chí', pointer: '/id', set: text('/id'), get: (f) => f.id },
  { label: 'Tên bộ tiêu chí', pointer: '/name', set: text('/name'), get: (f) => f.name },
  { label: 'Tỉnh', variants: ['Mã tỉnh'], pointer: '/province', set: text('/province'), get: (f) => f.province },
  { label: 'Loại đơn vị', variants: ['Đối tượng áp dụng'], pointer: '/unitType', set: text('/unitType'), get: (f) => f.unitType },
  { label: 'Từ năm', pointer: '/period/from', set: integer('/period/from'), get: (f) => f.period?.from },
  { label: 'Đến năm', pointer: '/period/to', set: integer('/period/to'), get: (f) => f.period?.to },
  { label: 'Năm áp dụng', pointer: '/year', set: integer('/year'), get: (f) => f.year },
  { label: 'Phiên bản', pointer: '/version', set: text('/version'), get: (f) => f.version },
  { label: 'Số quyết định', pointer: '/decision/number', set: text('/decision/number'), get: (f) => f.decision?.number },
  {
    label: 'Ngày quyết định',
    pointer: '/decision/date',
    set: (d, v) => {
      const iso = parseDateVi(v);
      if (!iso) return `"${v}" không phải là ngày (viết dd/mm/yyyy).`;
      set(d, '/decision/date', iso);
      return undefined;
    },
    get: (f) => (f.decision?.date ? formatDateVi(f.decision.date) : undefined),
  },
  { label: 'Cơ quan ban hành', pointer: '/decision/issuer', set: text('/decision/issuer'), get: (f) => f.decision?.issuer },
  { label: 'Trích yếu', pointer: '/decision/summary', set: text('/decision/summary'), get: (f) => f.decision?.summary },
  { label: 'Tổng điểm tối đa', pointer: '/totalMax', set: number('/totalMax'), get: (f) => f.totalMax },
  { label: 'Số chữ số thập phân', pointer: '/rounding/decimals', set: integer('/rounding/decimals'), get: (f) => f.rounding?.decimals },
  {
    label: 'Cách làm tròn',
    pointer: '/rounding/mode',
    set: choice('/rounding/mode', {
      'half up': 'half-up',
      'half even': 'half-even',
      down: 'down',
      'lam tron len': 'half-up',
      'lam tron xuong': 'down',
    }),
    get: (f) => f.rounding?.mode,
  },
  {
    label: 'Làm tròn ở',
    pointer: '/rounding/at',
    set: choice('/rounding/at', { 'tieu chi': 'leaf', 'linh vuc': 'component', 'tong diem': 'total' }),
    get: (f) => f.rounding?.at,
  },
  {
    label: 'Xếp loại theo',
    pointer: '/classification/basis',
    set: choice('/classification/basis', BASIS),
    get: (f) => f.classification?.basis,
  },
  {
    label: 'Mức xếp loại',
    pointer: '/classification/bands',
    set: (d, v) => {
      const bands = parseBands(v);
      if (typeof bands === 'string') return bands;
      set(d, '/classification/bands', bands);
      return undefined;
    },
    get: (f) => (f.classification?.bands ? formatBands(f.classification.bands) : undefined),
  },
  { label: 'Xếp hạng theo', pointer: '/ranking/basis', set: choice('/ranking/basis', BASIS), get: (f) => f.ranking?.basis },
  {
    label: 'Cơ quan phụ trách',
    variants: ['Danh sách cơ quan phụ trách'],
    pointer: '/departments',
    set: (d, v) => {
      const parts = v
        .split(/[;\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
      const deps = parts.map((p) => /^([^:]+):\s*(.+)$/.exec(p));
      if (deps.some((m) => !m)) return 'mỗi cơ quan viết "MÃ: Tên cơ quan", cách nhau bằng dấu chấm phẩy.';
      set(
        d,
        '/departments',
        deps.map((m) => ({ code: m![1]!.trim(), name: m![2]!.trim() })),
      );
      return undefined;
    },
    get: (f) => f.departments?.map((d) => `${d.code}: ${d.name}`).join('; '),
  },
  { label: 'Thuộc tính khác', pointer: '', set: () => undefined, get: () => undefined },
];

const FIELD_BY_KEY = new Map(INFO_FIELDS.flatMap((f) => [f.label, ...(f.variants ?? [])].map((l) => [normalizeKey(l), f] as const)));

/** Deep merge of plain objects (arrays and values replace). */
export function deepMerge(base: Draft, over: Draft): Draft {
  const out: Draft = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isPlain(b) && isPlain(v) ? deepMerge(b, v) : v;
  }
  return out;
}
const isPlain = (v: unknown): v is Draft => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The "Thông tin" sheet: one field a row, label in column A and value in column B (a first row "Thông tin | Giá trị"
 * is skipped). Returns the top-level fields it sets, where each came from, and its problems.
 */
export function readInfoSheet(sheet: SheetModel): { draft: Draft; places: Map<string, CellRef>; problems: AnnexProblem[] } {
  let draft: Draft = {};
  const places = new Map<string, CellRef>();
  const problems: AnnexProblem[] = [];
  sheet.rows.forEach((row, i) => {
    const label = cellText(row[0]);
    const value = cellText(row[1]);
    const at = { sheet: sheet.name, row: i + 1, column: 'B' };
    if (label === '' || (i === 0 && normalizeKey(label) === 'thong tin')) return;
    const field = FIELD_BY_KEY.get(normalizeKey(label));
    if (!field) {
      problems.push(
        problem(
          'INFO_FIELD_UNKNOWN',
          `Thông tin "${label}" không thuộc mẫu (dùng: ${INFO_FIELDS.map((f) => f.label).join('; ')}).`,
          `Unknown info field "${label}"`,
          { ...at, column: 'A' },
        ),
      );
      return;
    }
    if (value === '') return;
    places.set(field.pointer, at);
    if (field.pointer === '') {
      const extra = parseFlow(value);
      if (extra.ok) draft = deepMerge(draft, extra.value);
      else problems.push(problem('EXTRA_UNREADABLE', extra.message, extra.detail, at));
      return;
    }
    const error = field.set(draft, value, row[1]);
    if (error) problems.push(problem('INFO_VALUE_INVALID', `"${field.label}": ${error}`, `Invalid value for ${field.pointer}`, at));
  });
  return { draft, places, problems };
}

/**
 * What the title block above the header says: the framework's name (the line with "BỘ TIÊU CHÍ") and the decision
 * ("Ban hành kèm theo Quyết định số 1416/QĐ-UBND ngày 07/8/2023 của UBND tỉnh Bắc Kạn").
 */
export function readTitleBlock(sheet: SheetModel, headerRow: number): Draft {
  const lines = sheet.rows.slice(0, headerRow - 1).flatMap((r) => r.map(cellText).filter(Boolean));
  const draft: Draft = {};
  const name = lines.find((l) => normalizeKey(l).startsWith('bo tieu chi'));
  if (name) draft.name = name.replace(/\s+/g, ' ');
  const decision = lines
    .map((l) =>
      /Quyết định\s+(?:số\s+)?([0-9]+\/[^\s,;)]+)(?:\s+ngày\s+(\d{1,2}\/\d{1,2}\/\d{4}))?(?:\s+của\s+([^)]+))?/iu.exec(l.normalize('NFC')),
    )
    .find(Boolean);
  if (decision) {
    const date = decision[2] ? parseDateVi(decision[2]) : undefined;
    draft.decision = { number: decision[1], ...(date && { date }), ...(decision[3] && { issuer: decision[3].trim() }) };
  }
  return draft;
}
