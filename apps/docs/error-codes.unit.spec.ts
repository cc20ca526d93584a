import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectErrorCodes } from './error-codes';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('error codes (docs/integrators/error-codes.md)', () => {
  const entries = collectErrorCodes(root);

  it('are gathered from every kind of throw site, with their Vietnamese messages', () => {
    const byCode = new Map(entries.map((e) => [e.code, e]));
    // a ParError shape, a gateway limit, a NotFoundError-style call, an error the gateway writes itself
    expect(byCode.get('SCORE_ABOVE_MAX')?.messages.join()).toContain('vượt quá điểm tối đa');
    expect(byCode.get('TOO_MANY_TOKENS')).toMatchObject({ kind: 'api', places: ['gateway/src'] });
    expect(byCode.get('RATE_LIMITED')?.messages.join()).toContain('Bạn đã gửi quá nhiều yêu cầu');
    expect(byCode.get('CONCURRENCY_CONFLICT')?.kind).toBe('api');
    expect(byCode.get('UNKNOWN_CYCLE')?.kind).toBe('api');
    // unit codes of sample data (`{ code: 'VP', name: … }`) are not error codes
    expect(byCode.has('VP')).toBe(false);
  });

  it('every code in the source is in the committed list (run `npm run docs:errors` and commit)', () => {
    const doc = readFileSync(`${root}docs/integrators/error-codes.md`, 'utf8');
    const missing = entries.filter((e) => !doc.includes(`| \`${e.code}\``)).map((e) => e.code);
    expect(missing).toEqual([]);
  });
});
