import { parse as parseYaml } from 'yaml';
import { METHOD_LABELS_VI, methodLabelVi, type Applicability, type NodeMethod, type ScoringRule } from '@par/scoring';
import { normalizeKey, parseNumberVi, viDecimal } from './normalize';

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; detail: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(message: string, detail: string): Parsed<T> => ({ ok: false, message, detail });

const METHOD_WORDS: Record<string, NodeMethod> = {
  ...Object.fromEntries(Object.entries(METHOD_LABELS_VI).map(([m, label]) => [normalizeKey(label), m as NodeMethod])),
  'tu danh gia': 'appraised',
  'tu cham tham dinh': 'appraised',
  'tu danh gia tham dinh': 'appraised',
  'tham dinh danh gia': 'appraised',
  'dieu tra': 'survey',
  xhh: 'survey',
  'dieu tra xa hoi hoc': 'survey',
  'chi so hai long': 'satisfaction',
  'hai long': 'satisfaction',
  'do luong su hai long': 'satisfaction',
  'tinh tu so lieu': 'indicator',
  'so lieu': 'indicator',
  'hon hop': 'mixed',
  ...Object.fromEntries(Object.keys(METHOD_LABELS_VI).map((m) => [m, m as NodeMethod])),
};

/** `Thẩm định`, `Điều tra XHH`, `SIPAS`, `Chỉ tiêu`, `Tổng hợp` (or the method codes); empty → `appraised`. */
export function parseMethod(text: string): Parsed<NodeMethod> {
  if (text === '') return ok('appraised');
  const m = METHOD_WORDS[normalizeKey(text)];
  if (m) return ok(m);
  const labels = Object.keys(METHOD_LABELS_VI).map((k) => `"${methodLabelVi(k as NodeMethod, 'heading')}"`);
  return bad(`Phương pháp đánh giá "${text}" không rõ: dùng một trong ${labels.join(', ')}.`, `Unknown method "${text}"`);
}

export const formatMethod = (m: NodeMethod): string => methodLabelVi(m, 'heading');

/**
 * The scoring rule: empty or `Chấm trực tiếp` → manual; `Chấm trực tiếp, bước 0,5`; `Có/Không`; `Tỷ lệ` or
 * `Tỷ lệ (thủ tục)`; `Tỷ lệ đạt` (rate × max, survey and satisfaction); any rule as a JSON/YAML mapping `{ type: … }`.
 */
export function parseRule(text: string): Parsed<ScoringRule> {
  const key = normalizeKey(text);
  if (key === '' || key === 'cham truc tiep' || key === 'thu cong') return ok({ type: 'manual' });
  const step = /^(?:cham truc tiep|thu cong) buoc (\d+(?: \d+)?)$/.exec(key);
  if (step) {
    const n = parseNumberVi(step[1]!.replace(' ', ','));
    if (typeof n === 'number' && n > 0) return ok({ type: 'manual', step: n });
  }
  if (key === 'co/khong' || key === 'co khong') return ok({ type: 'yes-no' });
  if (key === 'ty le dat') return ok({ type: 'rate' });
  const ratio = /^tỷ lệ(?:\s*\((.+)\))?$/iu.exec(text.trim());
  if (key === 'ty le' || (ratio && key.startsWith('ty le ')))
    return ok(ratio?.[1] ? { type: 'ratio', unitLabel: ratio[1].trim() } : { type: 'ratio' });
  if (text.trim().startsWith('{')) {
    const doc = parseFlow(text);
    if (doc.ok && typeof doc.value === 'object' && doc.value !== null && 'type' in doc.value) return ok(doc.value as ScoringRule);
  }
  return bad(
    `Quy tắc chấm "${text}" không rõ: dùng "Chấm trực tiếp", "Chấm trực tiếp, bước 0,5", "Có/Không", "Tỷ lệ (thủ tục)", "Tỷ lệ đạt" hoặc một quy tắc dạng { type: … }.`,
    `Unknown rule "${text}"`,
  );
}

export function formatRule(rule: ScoringRule): string {
  const keys = Object.keys(rule).sort().join(',');
  if (rule.type === 'manual' && keys === 'type') return 'Chấm trực tiếp';
  if (rule.type === 'manual' && keys === 'step,type' && rule.step !== undefined) return `Chấm trực tiếp, bước ${viDecimal(rule.step)}`;
  if (rule.type === 'yes-no') return 'Có/Không';
  if (rule.type === 'rate') return 'Tỷ lệ đạt';
  if (rule.type === 'ratio' && keys === 'type') return 'Tỷ lệ';
  if (rule.type === 'ratio' && keys === 'type,unitLabel' && rule.unitLabel && !/[()]/.test(rule.unitLabel))
    return `Tỷ lệ (${rule.unitLabel})`;
  return JSON.stringify(rule);
}

/** Empty → not stated (always); `Luôn áp dụng`; `Có điều kiện` or `Có điều kiện: <khi nào không áp dụng>`. */
export function parseApplicability(text: string): Parsed<Applicability | undefined> {
  const key = normalizeKey(text);
  if (key === '') return ok(undefined);
  if (key.startsWith('luon ap dung')) {
    const condition = text.includes(':') ? text.slice(text.indexOf(':') + 1).trim() : '';
    return ok(condition ? { mode: 'always', condition } : { mode: 'always' });
  }
  if (key.startsWith('co dieu kien')) {
    const condition = text.includes(':') ? text.slice(text.indexOf(':') + 1).trim() : '';
    return ok(condition ? { mode: 'conditional', condition } : { mode: 'conditional' });
  }
  return bad(`Ô "Áp dụng" phải là "Luôn áp dụng" hoặc "Có điều kiện: …", không phải "${text}".`, `Unknown applicability "${text}"`);
}

export function formatApplicability(a: Applicability | undefined): string {
  if (!a) return '';
  if (a.mode === 'always') return a.condition ? `Luôn áp dụng: ${a.condition}` : 'Luôn áp dụng';
  return a.condition ? `Có điều kiện: ${a.condition}` : 'Có điều kiện';
}

/** A JSON or YAML flow mapping, e.g. `{ covers: { subCriteria: 6 } }`. */
export function parseFlow(text: string): Parsed<Record<string, unknown>> {
  try {
    const doc: unknown = parseYaml(text);
    if (typeof doc === 'object' && doc !== null && !Array.isArray(doc)) return ok(doc as Record<string, unknown>);
  } catch {
    // reported below
  }
  return bad(
    `Ô "Thuộc tính khác" phải là một bảng dạng { khóa: giá trị } (JSON/YAML), không đọc được "${text.slice(0, 60)}".`,
    'Not a JSON/YAML mapping',
  );
}

/** Department cells: names or codes separated by `,` `;` or new lines. */
export function splitList(text: string): string[] {
  return text
    .split(/[;\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
