import { mapAnnex, type AnnexOptions, type AnnexResult } from './model/map-annex';
import { readWorkbook, type ReadOptions } from './read/read-workbook';

export type ImportOptions = AnnexOptions & ReadOptions;

/**
 * The one entry point for a file: bytes and file name (for messages only; the kind is told by the content) →
 * a framework definition, or every problem by sheet, row and column. Nothing partial is ever returned.
 */
export async function importAnnex(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<AnnexResult> {
  const { maxBytes, ...fields } = options;
  const read = await readWorkbook(bytes, fileName, maxBytes === undefined ? {} : { maxBytes });
  if (!read.ok) return { ok: false, problems: read.problems };
  return mapAnnex(read.workbook, fields);
}
