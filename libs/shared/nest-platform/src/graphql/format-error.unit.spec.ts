import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { ValidationError } from '@par/kernel';
import { formatParError } from './format-error';

const formatted = (e: GraphQLError) => e.toJSON();
const wrap = (original: unknown) => new GraphQLError('x', { path: ['recordSelfScore'], originalError: original as Error });

describe('formatParError', () => {
  it('shows a ParError as its Vietnamese message, stable code and English detail', () => {
    const e = wrap(new ValidationError({ code: 'SCORE_ABOVE_MAX', messageVi: 'Điểm vượt quá điểm tối đa.', detail: 'score 3 > max 2' }));
    expect(formatParError(formatted(e), e)).toEqual({
      message: 'Điểm vượt quá điểm tối đa.',
      path: ['recordSelfScore'],
      extensions: { code: 'SCORE_ABOVE_MAX', detail: 'score 3 > max 2' },
    });
  });

  it('turns a lost database into DATABASE_UNAVAILABLE, without leaking the driver message', () => {
    const e = wrap(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:55432'), { code: 'ECONNREFUSED' }));
    const out = formatParError(formatted(e), e);
    expect(out.extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    expect(out.message).toContain('Không kết nối được cơ sở dữ liệu');
    expect(JSON.stringify(out)).not.toContain('55432');
  });

  it('hides any other unexpected error behind INTERNAL', () => {
    const e = wrap(new TypeError('cannot read x of undefined'));
    const out = formatParError(formatted(e), e);
    expect(out.extensions).toEqual({ code: 'INTERNAL', detail: 'Unexpected server error (see service logs)' });
    expect(JSON.stringify(out)).not.toContain('undefined');
  });
});
