import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { ValidationError } from '@par/kernel';
import { parseFramework, type Framework, type Problem, type UnitResults } from '@par/scoring';
import { decodeText } from './decode-text';
import { problemLine } from './framework-command';
import { failureError } from './exit-codes';
import { loadCsvResults } from './csv-results';
import { emptyResults, type LoadedResults } from './results';

/** The text of a file (UTF-8 with or without BOM, UTF-16 with BOM); exit 3 when it cannot be read. */
export function readText(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw failureError(
      'FILE_NOT_READABLE',
      code === 'ENOENT'
        ? `Không tìm thấy tệp "${file}".`
        : code === 'EISDIR'
          ? `"${file}" là thư mục, không phải tệp.`
          : `Không đọc được tệp "${file}" (${code ?? 'lỗi'}).`,
      `Cannot read ${file}: ${code ?? String(e)}`,
      e,
    );
  }
  return decodeText(bytes, file);
}

export function formatOf(file: string): 'yaml' | 'json' | 'csv' | 'tsv' {
  const ext = extname(file).toLowerCase();
  return ext === '.json' ? 'json' : ext === '.csv' || ext === '.txt' ? 'csv' : ext === '.tsv' ? 'tsv' : 'yaml';
}

export class InvalidFrameworkError extends ValidationError {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super({
      code: 'FRAMEWORK_INVALID',
      messageVi: `Bộ tiêu chí "${file}" không hợp lệ (${problems.length} lỗi):\n${problems.map((p) => `  ${problemLine(file, p)}`).join('\n')}`,
      detail: `${file}: ${problems.length} problems`,
      meta: { problems },
    });
  }
}

export function loadFramework(file: string): Framework {
  const fmt = formatOf(file);
  const r = parseFramework(readText(file), fmt === 'json' ? 'json' : 'yaml');
  if (!r.ok) throw new InvalidFrameworkError(file, r.problems);
  return r.framework!;
}

/** Unit results from JSON (`{ units: UnitResults[] }` or `UnitResults[]`) or CSV (see `loadCsvResults`). */
export function loadResults(file: string): LoadedResults {
  const text = readText(file);
  const fmt = formatOf(file);
  if (fmt === 'csv' || fmt === 'tsv') return loadCsvResults(text, file);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw failureError('RESULTS_UNREADABLE', `Tệp kết quả "${file}" không phải JSON hợp lệ (${(e as Error).message}).`, String(e), e);
  }
  const units = Array.isArray(doc) ? doc : (doc as { units?: unknown } | null)?.units;
  if (!Array.isArray(units) || units.some((u) => typeof u?.unitId !== 'string' || typeof u?.scores !== 'object'))
    throw new ValidationError({
      code: 'RESULTS_INVALID',
      messageVi: `Tệp kết quả "${file}" phải có danh sách "units", mỗi đơn vị có "unitId" và "scores".`,
      detail: 'Expected { units: [{ unitId, scores }] }',
    });
  if (units.length === 0) throw emptyResults(file);
  return { units: units as UnitResults[], warnings: [] };
}
