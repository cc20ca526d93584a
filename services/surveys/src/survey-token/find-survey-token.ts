import { createHash } from 'node:crypto';
import type { Database } from '@par/database';
import { provinceId, ValidationError, type ProvinceId } from '@par/kernel';

export interface SurveyTokenRecord {
  province: ProvinceId;
  campaignId: string;
  tokenHash: string;
}

/** A token's secret is 32 random bytes, base64url: 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const hashSurveyToken = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

export const invalidTokenError = () =>
  new ValidationError({
    code: 'TOKEN_INVALID',
    messageVi: 'Đường dẫn khảo sát không hợp lệ.',
    detail: 'Unknown or malformed survey token',
  });

/**
 * The record of a token, looked up by the hash of its secret across provinces (system role: the caller has no
 * province yet). The province of everything that follows comes from this record, never from the request.
 */
export async function findSurveyToken(db: Database, schema: string, secret: string): Promise<SurveyTokenRecord> {
  if (typeof secret !== 'string' || !TOKEN.test(secret)) throw invalidTokenError();
  const tokenHash = hashSurveyToken(secret);
  const { rows } = await db.asSystem((tx) =>
    tx.query<{ province: string; campaign_id: string }>(`SELECT province, campaign_id FROM ${schema}.survey_tokens WHERE token_hash = $1`, [
      tokenHash,
    ]),
  );
  if (!rows[0]) throw invalidTokenError();
  return { province: provinceId(rows[0].province), campaignId: rows[0].campaign_id, tokenHash };
}
