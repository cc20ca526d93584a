import { ValidationError } from '@par/kernel';
import { parseFramework, type Framework, type ValidationResult } from '@par/scoring';
import { parse as parseYaml } from 'yaml';
import { importAnnex, placeVi, type AnnexProblem } from '@par/frameworks-annex';
import { toDefinitionProblem, type DefinitionProblem } from '../framework-definition/framework-definition';

/** What a framework file reader gives: the validated framework, or every problem found. */
export type FrameworkFileResult = { framework: Framework; problems: [] } | { framework: null; problems: DefinitionProblem[] };

/**
 * One kind of framework file: how to recognise it by its content (never by its name alone), its size bound and
 * how to read it. A new kind is one entry in FRAMEWORK_FILE_READERS.
 */
export interface FrameworkFileReader {
  readonly kind: string;
  readonly maxBytes: number;
  sniff(bytes: Buffer): boolean;
  read(bytes: Buffer, fileName: string, province: string): FrameworkFileResult | Promise<FrameworkFileResult>;
}

const fromValidation = (r: ValidationResult): FrameworkFileResult =>
  r.ok && r.framework ? { framework: r.framework, problems: [] } : { framework: null, problems: r.problems.map(toDefinitionProblem) };

const isText = (bytes: Buffer) =>
  !bytes.includes(0) && new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).indexOf('\uFFFD') < 0;
const firstChar = (bytes: Buffer) =>
  bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()[0];

/** The documented format as JSON. */
const jsonReader: FrameworkFileReader = {
  kind: 'json',
  maxBytes: 2 * 1024 * 1024,
  sniff: (b) => isText(b) && (firstChar(b) === '{' || firstChar(b) === '['),
  read: (b) => fromValidation(parseFramework(b.toString('utf8').replace(/^\uFEFF/, ''), 'json')),
};

/** The documented format as YAML (any text that parses as a YAML mapping). */
const yamlReader: FrameworkFileReader = {
  kind: 'yaml',
  maxBytes: 2 * 1024 * 1024,
  sniff: (b) => {
    if (!isText(b)) return false;
    try {
      const doc: unknown = parseYaml(b.toString('utf8').replace(/^\uFEFF/, ''));
      return typeof doc === 'object' && doc !== null && !Array.isArray(doc);
    } catch {
      return true; // YAML with errors: read() reports them with their line and column
    }
  },
  read: (b) => fromValidation(parseFramework(b.toString('utf8').replace(/^\uFEFF/, ''), 'yaml')),
};

/** An annex problem as a definition problem: the place (sheet, row, column) in `path`, the row as `line`. */
const fromAnnexProblem = (p: AnnexProblem): DefinitionProblem => ({
  path: placeVi(p) || (p.path ?? ''),
  code: p.code,
  message: p.message,
  detail: p.path ? `${p.detail} (${p.path})` : p.detail,
  line: p.row ?? null,
  column: null,
});

/** The province's annex as a spreadsheet (XLSX, a ZIP by its signature), read by `@par/frameworks-annex`. */
const annexReader: FrameworkFileReader = {
  kind: 'xlsx',
  maxBytes: 10 * 1024 * 1024,
  sniff: (b) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04,
  read: async (b, fileName, province) => {
    const result = await importAnnex(b, fileName, { province, maxBytes: 10 * 1024 * 1024 });
    return result.ok ? { framework: result.framework, problems: [] } : { framework: null, problems: result.problems.map(fromAnnexProblem) };
  },
};

/** The framework file types, tried in order. */
export const FRAMEWORK_FILE_READERS: readonly FrameworkFileReader[] = [annexReader, jsonReader, yamlReader];

/** The reader for these bytes, or `FRAMEWORK_FILE_TYPE_UNSUPPORTED`. */
export function readerFor(bytes: Buffer, fileName: string): FrameworkFileReader {
  const reader = FRAMEWORK_FILE_READERS.find((r) => r.sniff(bytes));
  if (reader) return reader;
  throw new ValidationError({
    code: 'FRAMEWORK_FILE_TYPE_UNSUPPORTED',
    messageVi: `Tệp "${fileName}" không phải bộ tiêu chí dạng YAML, JSON hoặc phụ lục XLSX.`,
    detail: `${fileName}: content is neither a YAML mapping nor JSON (${FRAMEWORK_FILE_READERS.map((r) => r.kind).join(', ')} are supported)`,
  });
}
