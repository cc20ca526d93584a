/**
 * How the suite decides that an answer shows another province's data: its markers anywhere in the body or in a
 * file the answer carries (base64 content decoded, DOCX/XLSX unzipped), or its ids in the data outside the fields
 * that only echo the request. And when an answer is "empty": nothing but echoes, nulls, zeros and empty lists.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GqlReply } from './attack-table';

/** Fields that only echo what the attacker sent (or a flag), not data of the other province. */
export const ECHO = new Set(['cycleId', 'unitId', 'campaignId', 'id', '__typename', 'ok', 'code', 'open', 'from', 'to']);
/** File fields: the content is decoded and searched for markers; an empty export still has a size and a hash. */
export const FILE_FIELDS = new Set(['size', 'sizeBytes', 'sha256', 'filename', 'mediaType', 'contentBase64']);

/** True when the data holds nothing but echoes, nulls, zeros, flags and empty lists. */
export function isEmpty(v: unknown, key = ''): boolean {
  if (v === null || v === undefined || ECHO.has(key) || FILE_FIELDS.has(key)) return true;
  if (Array.isArray(v)) return v.every((x) => isEmpty(x));
  if (typeof v === 'object') return Object.entries(v as object).every(([k, x]) => isEmpty(x, k));
  if (typeof v === 'number') return v === 0;
  if (typeof v === 'boolean') return true;
  return v === '';
}

/** The text of a file: every entry of a ZIP (DOCX, XLSX) through `unzip -p`, else the bytes as UTF-8. */
export function fileText(bytes: Buffer): string {
  if (bytes.subarray(0, 2).toString('latin1') !== 'PK') return bytes.toString('utf8');
  const dir = mkdtempSync(join(tmpdir(), 'par-security-'));
  try {
    const file = join(dir, 'f.zip');
    writeFileSync(file, bytes);
    return execFileSync('unzip', ['-p', file], { maxBuffer: 64 << 20 }).toString('utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The data without echoed fields and files; each file's text is pushed to `files`. */
function content(v: unknown, files: string[], key = ''): unknown {
  if (v === null || typeof v !== 'object') {
    if (key === 'contentBase64' && typeof v === 'string') files.push(fileText(Buffer.from(v, 'base64')));
    return ECHO.has(key) || FILE_FIELDS.has(key) ? null : v;
  }
  if (Array.isArray(v)) return v.map((x) => content(x, files));
  return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, content(x, files, k)]));
}

/** Whether the answer shows the other province's data (a file may echo the ids asked for: only markers count there). */
export function leaks(r: Pick<GqlReply, 'text' | 'body'>, other: { markers: RegExp; ids: RegExp }): boolean {
  const files: string[] = [];
  const data = JSON.stringify(content(r.body.data ?? null, files));
  return other.markers.test(r.text) || files.some((f) => other.markers.test(f)) || other.ids.test(data);
}
