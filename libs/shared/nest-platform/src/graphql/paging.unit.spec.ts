import fc from 'fast-check';
import { isParError } from '@par/kernel';
import { decodeCursor, encodeCursor, pageOf, pageSize, PAGE_SIZE } from './paging';

const codeOf = (f: () => unknown) => {
  try {
    f();
    return undefined;
  } catch (e) {
    return isParError(e) ? e.code : String(e);
  }
};

describe('cursor paging', () => {
  it('a cursor decodes to the key it encodes (any strings, Vietnamese included, and numbers)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer()), { minLength: 1, maxLength: 4 }), (key) => {
        const cursor = encodeCursor(key);
        expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(decodeCursor(cursor)).toEqual(key);
      }),
    );
    expect(decodeCursor(encodeCursor(['phường Đức Xuân', 42]))).toEqual(['phường Đức Xuân', 42]);
  });

  it('anything else is INVALID_CURSOR, with a Vietnamese message', () => {
    for (const bad of ['', 'not a cursor!', 'x'.repeat(600), btoa('c1:{}'), btoa('v9:["a"]'), btoa('c1:[]'), btoa('c1:[{}]')]) {
      expect(codeOf(() => decodeCursor(bad))).toBe('INVALID_CURSOR');
    }
  });

  it('first: default 50, 1…200, else INVALID_PAGE_SIZE', () => {
    expect(pageSize(undefined)).toBe(PAGE_SIZE.default);
    expect(pageSize(200)).toBe(200);
    for (const bad of [0, -1, 201, 1.5]) expect(codeOf(() => pageSize(bad))).toBe('INVALID_PAGE_SIZE');
  });

  it('walks a list page by page without repeating or skipping, even when rows are added meanwhile', () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({ id: `u${i + 10}` }));
    const key = (r: { id: string }) => [r.id];
    const first = pageOf(rows, { first: 3 }, key, rows.length);
    expect(first.nodes.map((r) => r.id)).toEqual(['u10', 'u11', 'u12']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(7);
    const grown = [{ id: 'u05' }, ...rows]; // a row added before the cursor: not seen, nothing repeats
    const second = pageOf(grown, { first: 3, after: first.pageInfo.endCursor }, key);
    expect(second.nodes.map((r) => r.id)).toEqual(['u13', 'u14', 'u15']);
    const last = pageOf(grown, { first: 3, after: second.pageInfo.endCursor }, key);
    expect(last.nodes.map((r) => r.id)).toEqual(['u16']);
    expect(last.pageInfo).toEqual({ hasNextPage: false, endCursor: last.edges[0]!.cursor });
    expect(pageOf([], {}, key).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('orders numeric keys as numbers', () => {
    const rows = [{ p: 2 }, { p: 10 }, { p: 100 }];
    const page = pageOf(rows, { first: 5, after: encodeCursor([2]) }, (r) => [r.p]);
    expect(page.nodes.map((r) => r.p)).toEqual([10, 100]);
  });
});
