import { Ajv, type ErrorObject } from 'ajv';
import { frameworkJsonSchema } from './framework.schema';
import type { Framework, Problem, ValidationResult } from './framework.types';
import { problem } from './checks/framework-check';
import { semanticChecks } from './checks/semantic-checks';
import { parseSource } from './source-positions';

/** Schema problems about a field of the object at their path (unknown fields): located at that field's key. */
const keyHints = new WeakMap<Problem, string>();

const ajv = new Ajv({ allErrors: true, strict: false });
const checkSchema = ajv.compile(frameworkJsonSchema);

function schemaProblem(e: ErrorObject): Problem {
  const path = e.instancePath || '/';
  switch (e.keyword) {
    case 'required':
      return problem(
        path,
        'SCHEMA_REQUIRED',
        `Thiếu trường bắt buộc "${String(e.params['missingProperty'])}".`,
        `Missing required property ${String(e.params['missingProperty'])}`,
      );
    case 'additionalProperties': {
      const field = String(e.params['additionalProperty']);
      const p = problem(
        path,
        'SCHEMA_UNKNOWN_FIELD',
        `Trường "${field}" không có trong định dạng bộ tiêu chí.`,
        `Unknown property ${field}`,
      );
      keyHints.set(p, field);
      return p;
    }
    case 'enum':
    case 'const':
      return problem(
        path,
        'SCHEMA_VALUE',
        `Giá trị không hợp lệ; các giá trị được phép: ${JSON.stringify(e.params['allowedValues'] ?? e.params['allowedValue'])}.`,
        `${e.message ?? 'invalid value'}`,
      );
    case 'type':
      return problem(path, 'SCHEMA_TYPE', `Sai kiểu dữ liệu (cần ${String(e.params['type'])}).`, e.message ?? 'wrong type');
    default:
      return problem(path, 'SCHEMA_' + e.keyword.toUpperCase(), `Giá trị không hợp lệ: ${e.message ?? ''}.`, e.message ?? e.keyword);
  }
}

/**
 * Parses a framework document (YAML or JSON, guessed from the first character when omitted) and validates it.
 * Every problem carries the `line` and `column` (1-based) of its node in the text, or of the nearest node that exists
 * (a missing field: the object that lacks it; an unknown field: its key).
 */
export function parseFramework(text: string, format?: 'yaml' | 'json'): ValidationResult {
  const fmt = format ?? (/^\s*[{[]/.test(text) ? 'json' : 'yaml');
  const source = parseSource(text, fmt);
  if (source.problems) return { ok: false, problems: source.problems };
  const result = validateFramework(source.value);
  const located = result.problems.map((p) => ({ ...p, ...source.locate(p.path, keyHints.get(p)) }));
  return { ...result, problems: located };
}

/**
 * Validates a framework object: JSON Schema shape (ajv) and the semantic rules (sums, duplicate codes,
 * departments, rule bounds, bands, declared structure counts). Every problem is reported with its path.
 */
export function validateFramework(obj: unknown): ValidationResult {
  const problems: Problem[] = [];
  if (!checkSchema(obj)) problems.push(...(checkSchema.errors ?? []).map(schemaProblem));
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
    if (problems.length === 0) problems.push(problem('/', 'SCHEMA_TYPE', 'Bộ tiêu chí phải là một đối tượng.', 'Not an object'));
    return { ok: false, problems };
  }
  try {
    semanticChecks(obj as Framework, problems);
  } catch (e) {
    // Only reachable when the shape is already broken (reported above); never hide the schema problems.
    if (problems.length === 0) throw e;
  }
  const ok = problems.length === 0;
  return ok ? { ok, framework: normalised(obj as Framework), problems } : { ok, problems };
}

/** A framework without classification (schemaVersion 2) is read with no bands: ranked, not classified. */
function normalised(fw: Framework): Framework {
  return fw.classification === undefined ? { ...fw, classification: { bands: [] } } : fw;
}
