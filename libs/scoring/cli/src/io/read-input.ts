import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { ValidationError, NotFoundError } from '@par/kernel';
import { parseFramework, type Framework, type Problem, type ScoreEntry, type UnitResults } from '@par/scoring';

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new NotFoundError(
      'FILE_NOT_READABLE',
      code === 'ENOENT' ? `Không tìm thấy tệp "${file}".` : `Không đọc được tệp "${file}" (${code ?? 'lỗi'}).`,
      `Cannot read ${file}: ${code ?? String(e)}`,
    );
  }
}

export function formatOf(file: string): 'yaml' | 'json' | 'csv' {
  const ext = extname(file).toLowerCase();
  return ext === '.json' ? 'json' : ext === '.csv' ? 'csv' : 'yaml';
}

export class InvalidFrameworkError extends ValidationError {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super({
      code: 'FRAMEWORK_INVALID',
      messageVi: `Bộ tiêu chí "${file}" không hợp lệ (${problems.length} lỗi):\n${problems.map((p) => `  ${p.path}  [${p.code}] ${p.message}`).join('\n')}`,
      detail: `${file}: ${problems.length} problems`,
    });
  }
}

export function loadFramework(file: string): Framework {
  const fmt = formatOf(file);
  const r = parseFramework(readText(file), fmt === 'json' ? 'json' : 'yaml');
  if (!r.ok) throw new InvalidFrameworkError(file, r.problems);
  return r.framework!;
}

const num = (s: string | undefined): number | undefined => {
  if (s === undefined || s.trim() === '') return undefined;
  const n = Number(s.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : NaN;
};
const bool = (s: string | undefined): boolean | undefined => {
  if (s === undefined || s.trim() === '') return undefined;
  return ['1', 'true', 'yes', 'có', 'co', 'x'].includes(s.trim().toLowerCase());
};

/**
 * Unit results from JSON (`{ units: UnitResults[] }` or `UnitResults[]`) or CSV, one row per unit and scored node:
 * `unitId,unitName,parentId,code,value,reason,applicable,self,numerator,denominator,measure,occurrences,rate,yes`
 * (only unitId and code are required; `applicable` = no/false/0 marks the node not applicable).
 */
export function loadResults(file: string): UnitResults[] {
  const text = readText(file);
  if (formatOf(file) !== 'csv') {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      throw new ValidationError({
        code: 'RESULTS_UNREADABLE',
        messageVi: `Tệp kết quả "${file}" không phải JSON hợp lệ: ${(e as Error).message}`,
        detail: String(e),
      });
    }
    const units = Array.isArray(doc) ? doc : (doc as { units?: unknown }).units;
    if (!Array.isArray(units) || units.some((u) => typeof u?.unitId !== 'string' || typeof u?.scores !== 'object'))
      throw new ValidationError({
        code: 'RESULTS_INVALID',
        messageVi: `Tệp kết quả "${file}" phải có danh sách "units", mỗi đơn vị có "unitId" và "scores".`,
        detail: 'Expected { units: [{ unitId, scores }] }',
      });
    return units as UnitResults[];
  }
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (e) {
    throw new ValidationError({
      code: 'RESULTS_UNREADABLE',
      messageVi: `Tệp CSV "${file}" không đọc được: ${(e as Error).message}`,
      detail: String(e),
    });
  }
  const byUnit = new Map<string, UnitResults>();
  rows.forEach((r, i) => {
    if (!r['unitId'] || !r['code'])
      throw new ValidationError({
        code: 'RESULTS_INVALID',
        messageVi: `Tệp CSV "${file}", dòng ${i + 2}: thiếu cột "unitId" hoặc "code".`,
        detail: `row ${i + 2}: unitId and code are required`,
      });
    const u = byUnit.get(r['unitId']) ?? { unitId: r['unitId'], scores: {} };
    if (r['unitName']) u.unitName = r['unitName'];
    if (r['parentId']) u.parentId = r['parentId'];
    byUnit.set(u.unitId, u);
    if (bool(r['applicable']) === false && r['applicable'] !== undefined && r['applicable'].trim() !== '') {
      (u.notApplicable ??= []).push(r['code']);
      return;
    }
    const e: ScoreEntry = {};
    const value = num(r['value']);
    if (value !== undefined) e.value = value;
    if (r['reason']) e.reason = r['reason'];
    const self = num(r['self']);
    if (self !== undefined) e.self = self;
    const input = {
      numerator: num(r['numerator']),
      denominator: num(r['denominator']),
      measure: num(r['measure']),
      occurrences: num(r['occurrences']),
      rate: num(r['rate']),
      yes: bool(r['yes']),
    };
    const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    if (Object.keys(given).length > 0) e.input = given;
    u.scores[r['code']] = e;
  });
  return [...byUnit.values()];
}
