import { createHash } from 'node:crypto';
import type { Sql } from '@par/database';
import type { ProvinceId } from '@par/kernel';
import { ASSESSMENTS_SCHEMA } from '../assessments.tokens';

export interface StoredEvidence {
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: string;
  readonly content: Buffer;
}

/** The hex SHA-256 of a document's bytes: its address in the store and its reference in the event. */
export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Stores a document's bytes once per province (content-addressed): the same bytes again change nothing.
 * Returns whether this call inserted them. Runs inside `db.withProvince(...)` (RLS).
 */
export async function putEvidence(tx: Sql, province: ProvinceId, doc: StoredEvidence, at: Date): Promise<{ inserted: boolean }> {
  const { rowCount } = await tx.query(
    `INSERT INTO ${ASSESSMENTS_SCHEMA}.evidence_blobs (province, sha256, size, media_type, content, stored_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (province, sha256) DO NOTHING`,
    [province, doc.sha256, doc.size, doc.mediaType, doc.content, at.toISOString()],
  );
  return { inserted: rowCount > 0 };
}

/** One stored document of the province, or undefined. */
export async function getEvidence(tx: Sql, province: ProvinceId, sha256: string): Promise<StoredEvidence | undefined> {
  const { rows } = await tx.query<{ sha256: string; size: number; mediaType: string; content: Uint8Array }>(
    `SELECT sha256, size, media_type AS "mediaType", content FROM ${ASSESSMENTS_SCHEMA}.evidence_blobs WHERE province = $1 AND sha256 = $2`,
    [province, sha256],
  );
  const r = rows[0];
  return r && { ...r, content: Buffer.from(r.content.buffer, r.content.byteOffset, r.content.byteLength) };
}
