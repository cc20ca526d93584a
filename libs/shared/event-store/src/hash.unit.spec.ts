import { createHash } from 'node:crypto';
import { canonicalJson, eventHash, hashTemplate, type HashedEnvelope } from './hash';

const env: HashedEnvelope = {
  id: '0b8f3c1e-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
  streamId: 'unit-1/cycle-2026',
  streamVersion: 12,
  type: 'ScoreRecorded',
  schemaVersion: 2,
  data: { z: [1, 2.5, 'Đã "xong"\n'], a: { y: null, b: true } },
  province: 'tinh-a',
  actor: { id: 'u1', roles: ['unit_officer'], name: 'Nguyễn Văn A' },
  occurredAt: '2026-01-02T03:04:05.678Z',
  recordedAt: '2026-01-02T03:04:06.000Z',
  reason: null,
  correlationId: 'c-1',
  causationId: 'c-0',
};

describe('hashTemplate', () => {
  it.each([null, 'ab'.repeat(32)])('rebuilds the canonical payload of eventHash (prev %s)', (prev) => {
    const [h0, h1, h2, h3] = hashTemplate(env);
    const payload = `${h0}${JSON.stringify(prev)}${h1}${JSON.stringify(env.recordedAt)}${h2}${env.streamVersion}${h3}`;
    expect(payload).toBe(canonicalJson({ ...env, prevHash: prev }));
    expect(createHash('sha256').update(payload, 'utf8').digest('hex')).toBe(eventHash(env, prev));
  });
});
