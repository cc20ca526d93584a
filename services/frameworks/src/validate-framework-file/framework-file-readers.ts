import { ValidationError } from '@par/kernel';
import { parseFramework, type Framework, type ValidationResult } from '@par/scoring';
import { parse as parseYaml } from 'yaml';
import { toDefinitionProblem, type DefinitionProblem } from '../framework-definition/framework-definition';

/** What a framework file reader gives: the validated framework, or every problem found. */
export type FrameworkFileResult = { framework: Framework; problems: [] } | { framework: null; problems: DefinitionProblem[] };

/**
 * One kind of framework file: how to recognise it by its content (never by its name alone), its size bound and
 * how to read it. To add the XLSX annex (`@par/frameworks-annex`), add one entry here: `sniff` the ZIP signature
 * (`PK\x03\x04`), then `readFrameworkAnnex(bytes, fileName)` → `{ definition }` through `validateFramework` (`@par/scoring`), or
 * `{ problems }` mapped to `DefinitionProblem` (sheet/row/column in `path`).
 */
export interface FrameworkFileReader {
  readonly kind: string;
  readonly maxBytes: number;
  sniff(bytes: Buffer): boolean;
  read(bytes: Buffer, fileName: string): FrameworkFileResult;
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

/** The framework file types, tried in order. */
export const FRAMEWORK_FILE_READERS: readonly FrameworkFileReader[] = [jsonReader, yamlReader];

/** The reader for these bytes, or `FRAMEWORK_FILE_TYPE_UNSUPPORTED`. */
export function readerFor(bytes: Buffer, fileName: string): FrameworkFileReader {
  const reader = FRAMEWORK_FILE_READERS.find((r) => r.sniff(bytes));
  if (reader) return reader;
  throw new ValidationError({
    code: 'FRAMEWORK_FILE_TYPE_UNSUPPORTED',
    messageVi: `Tệp "${fileName}" không phải bộ tiêu chí dạng YAML hoặc JSON.`,
    detail: `${fileName}: content is neither a YAML mapping nor JSON (${FRAMEWORK_FILE_READERS.map((r) => r.kind).join(', ')} are supported)`,
  });
}
