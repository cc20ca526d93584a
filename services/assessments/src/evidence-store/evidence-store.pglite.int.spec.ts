import { provinceId } from '@par/kernel';
import { createPgliteDatabase, type Database } from '@par/database';
import { ASSESSMENTS_SCHEMA } from '../assessments.tokens';
import { evidenceMigrations } from './evidence.migrations';
import { getEvidence, putEvidence, sha256Of } from './evidence-store';

const BAC_KAN = provinceId('bac-kan');
const CAO_BANG = provinceId('cao-bang');
const at = new Date('2025-10-15T03:00:00Z');

describe('evidence store: content-addressed bytes per province, under row-level security (PGlite)', () => {
  let db: Database;
  const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from([0, 1, 2, 255, 254]), Buffer.from('\n%%EOF')]);
  const doc = { sha256: sha256Of(bytes), size: bytes.length, mediaType: 'application/pdf', content: bytes };

  beforeAll(async () => {
    db = await createPgliteDatabase();
    await db.migrate(ASSESSMENTS_SCHEMA, evidenceMigrations());
  });
  afterAll(async () => {
    await db.close();
  });

  it('stores the bytes once and gives them back exactly', async () => {
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await db.withProvince(BAC_KAN, (tx) => putEvidence(tx, BAC_KAN, doc, at))).toEqual({ inserted: true });
    expect(await db.withProvince(BAC_KAN, (tx) => putEvidence(tx, BAC_KAN, doc, at))).toEqual({ inserted: false });
    const read = await db.withProvince(BAC_KAN, (tx) => getEvidence(tx, BAC_KAN, doc.sha256));
    expect(read).toMatchObject({ sha256: doc.sha256, size: bytes.length, mediaType: 'application/pdf' });
    expect(Buffer.compare(read!.content, bytes)).toBe(0);
    expect(sha256Of(read!.content)).toBe(doc.sha256);
    const { rows } = await db.withProvince(BAC_KAN, (tx) =>
      tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${ASSESSMENTS_SCHEMA}.evidence_blobs`),
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('keeps each province to its own documents: another province neither sees them nor writes into them', async () => {
    expect(await db.withProvince(CAO_BANG, (tx) => getEvidence(tx, BAC_KAN, doc.sha256))).toBeUndefined();
    expect(await db.withProvince(CAO_BANG, (tx) => getEvidence(tx, CAO_BANG, doc.sha256))).toBeUndefined();
    // a row stamped with another province than the session's is refused by the policy's WITH CHECK
    await expect(db.withProvince(CAO_BANG, (tx) => putEvidence(tx, BAC_KAN, { ...doc, sha256: 'b'.repeat(64) }, at))).rejects.toThrow();
    // the same bytes in another province are that province's own copy
    expect(await db.withProvince(CAO_BANG, (tx) => putEvidence(tx, CAO_BANG, doc, at))).toEqual({ inserted: true });
  });

  it('refuses a malformed hash', async () => {
    await expect(db.withProvince(BAC_KAN, (tx) => putEvidence(tx, BAC_KAN, { ...doc, sha256: 'not-a-hash' }, at))).rejects.toThrow();
  });
});
