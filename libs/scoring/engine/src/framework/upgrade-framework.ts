import { isScalar, parseDocument } from 'yaml';
import { CURRENT_SCHEMA_VERSION, type Problem } from './framework.types';
import { parseFramework } from './validate-framework';

/** One change `upgradeFramework` made, at a JSON pointer. */
export interface FrameworkChange {
  path: string;
  /** Vietnamese, for users. */
  message: string;
  /** English, for developers. */
  detail: string;
}

export interface UpgradeResult {
  /** False when the file is not a valid framework of any version (`problems` says why; nothing is rewritten). */
  ok: boolean;
  /** The file in the current format: the input text with only the changed places rewritten (comments kept). */
  text?: string;
  fromVersion?: number;
  toVersion: typeof CURRENT_SCHEMA_VERSION;
  /** Empty when the file already is in the current format (then `text` is the input unchanged). */
  changes: FrameworkChange[];
  problems: Problem[];
}

/**
 * Rewrites a framework file of an older format version into the current one. Version 1 → 2: every version 1 file
 * is a valid version 2 file (version 2 only adds constructs), so the only change is `schemaVersion: 2`; the text is
 * edited in place (YAML comments, key order and JSON layout kept) and the result is validated again.
 */
export function upgradeFramework(text: string, format?: 'yaml' | 'json'): UpgradeResult {
  const base = { toVersion: CURRENT_SCHEMA_VERSION, changes: [] as FrameworkChange[] };
  const before = parseFramework(text, format);
  if (!before.ok) return { ...base, ok: false, problems: before.problems };
  const from = before.framework!.schemaVersion;
  if (from === CURRENT_SCHEMA_VERSION) return { ...base, ok: true, text, fromVersion: from, problems: [] };
  const upgraded = withSchemaVersion(text, CURRENT_SCHEMA_VERSION);
  const after = parseFramework(upgraded, format);
  if (!after.ok) return { ...base, ok: false, fromVersion: from, problems: after.problems };
  const change: FrameworkChange = {
    path: '/schemaVersion',
    message: `Đổi phiên bản định dạng từ ${from} sang ${CURRENT_SCHEMA_VERSION} (schemaVersion: ${CURRENT_SCHEMA_VERSION}); nội dung bộ tiêu chí giữ nguyên vì mọi tệp phiên bản ${from} đều hợp lệ ở phiên bản ${CURRENT_SCHEMA_VERSION}.`,
    detail: `schemaVersion ${from} -> ${CURRENT_SCHEMA_VERSION}; the content is unchanged (a version ${from} file is a valid version ${CURRENT_SCHEMA_VERSION} file)`,
  };
  return { ...base, ok: true, text: upgraded, fromVersion: from, changes: [change], problems: [] };
}

/** The text with the value of the top-level `schemaVersion` replaced where it stands (YAML and JSON alike). */
function withSchemaVersion(text: string, version: number): string {
  const node = parseDocument(text).get('schemaVersion', true);
  if (!isScalar(node) || !node.range) throw new Error('schemaVersion not found in a valid framework');
  const [start, end] = node.range;
  return text.slice(0, start) + String(version) + text.slice(end);
}
