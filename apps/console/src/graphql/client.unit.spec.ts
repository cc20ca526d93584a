import { dataOrThrow, GqlError } from './client';

describe('GraphQL answers', () => {
  it('returns the data of a successful answer', () => {
    expect(dataOrThrow({ data: { ranking: [] } })).toEqual({ ranking: [] });
  });

  it("turns the first error into a GqlError with the server's Vietnamese message, code, detail and meta", () => {
    const body = {
      data: null,
      errors: [
        {
          message: 'Điểm 4,1 vượt quá điểm tối đa 4 của tiêu chí 1.1.2.',
          extensions: { code: 'SCORE_ABOVE_MAX', detail: 'Score 4.1 exceeds max 4 of 1.1.2', meta: { maxPoints: 4 } },
        },
      ],
    };
    let caught: unknown;
    try {
      dataOrThrow(body);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(GqlError);
    expect(caught).toMatchObject({
      message: 'Điểm 4,1 vượt quá điểm tối đa 4 của tiêu chí 1.1.2.',
      code: 'SCORE_ABOVE_MAX',
      detail: 'Score 4.1 exceeds max 4 of 1.1.2',
      meta: { maxPoints: 4 },
    });
  });

  it('reports an answer without data or errors (a proxy page, a 502) as a network problem in Vietnamese', () => {
    expect(() => dataOrThrow({}, 502)).toThrow('Không kết nối được máy chủ');
  });
});
