import { ValidationError } from '@par/kernel';

/**
 * Cursor paging (Relay connections) for every list that can grow (docs/CONVENTIONS.md, "GraphQL schema
 * conventions"): `first` (default 50, at most 200) and `after`, an opaque cursor. The cursor is the position
 * key of the last row seen (e.g. `[unitId]`, `[globalPosition]`), never an offset: rows added meanwhile neither
 * repeat nor vanish. Pure: usable in handlers and read-model queries alike.
 */
export const PAGE_SIZE = { default: 50, max: 200 } as const;

export type CursorKey = readonly (string | number)[];

const PREFIX = 'c1:';

/** An opaque, URL-safe cursor for a position key. */
export function encodeCursor(key: CursorKey): string {
  const bytes = new TextEncoder().encode(PREFIX + JSON.stringify(key));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

const invalidCursor = (detail: string) =>
  new ValidationError({
    code: 'INVALID_CURSOR',
    messageVi: 'Con trỏ phân trang (after) không hợp lệ; hãy dùng giá trị endCursor của trang trước.',
    detail,
  });

/** The key of a cursor from `encodeCursor`; anything else is `INVALID_CURSOR`. */
export function decodeCursor(cursor: string): CursorKey {
  if (cursor.length > 512 || !/^[A-Za-z0-9_-]+$/.test(cursor))
    throw invalidCursor('Cursor is not a base64url token of at most 512 characters');
  let text: string;
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    throw invalidCursor('Cursor is not valid base64url/UTF-8');
  }
  if (!text.startsWith(PREFIX)) throw invalidCursor('Cursor has an unknown version');
  let key: unknown;
  try {
    key = JSON.parse(text.slice(PREFIX.length));
  } catch {
    throw invalidCursor('Cursor payload is not JSON');
  }
  if (!Array.isArray(key) || key.length === 0 || !key.every((k) => typeof k === 'string' || typeof k === 'number')) {
    throw invalidCursor('Cursor payload is not a position key');
  }
  return key as CursorKey;
}

/** `first` as given (or the default), refused outside 1…max with `INVALID_PAGE_SIZE`. */
export function pageSize(first: number | null | undefined, max: number = PAGE_SIZE.max): number {
  if (first === null || first === undefined) return Math.min(PAGE_SIZE.default, max);
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new ValidationError({
      code: 'INVALID_PAGE_SIZE',
      messageVi: `Số dòng mỗi trang (first) phải từ 1 đến ${max}.`,
      detail: `first must be an integer from 1 to ${max}, got ${String(first)}`,
    });
  }
  return first;
}

export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

export interface Page<T> {
  readonly edges: readonly { readonly cursor: string; readonly node: T }[];
  readonly nodes: readonly T[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly totalCount?: number;
}

const compareKeys = (a: CursorKey, b: CursorKey): number => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    return typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : 1;
  }
  return 0;
};

/**
 * One page of rows already sorted by `keyOf` (ascending): the rows after the cursor, `first` of them. For a read
 * model, prefer fetching `first + 1` rows `WHERE key > $after ORDER BY key` and `pageOf(rows, args, keyOf)`
 * gives the same answer; for small in-memory lists it can take the whole list.
 */
export function pageOf<T>(rows: readonly T[], args: PageArgs, keyOf: (row: T) => CursorKey, totalCount?: number): Page<T> {
  const size = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after) : undefined;
  const rest = after ? rows.filter((r) => compareKeys(keyOf(r), after) > 0) : rows;
  const taken = rest.slice(0, size);
  const edges = taken.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    nodes: taken,
    pageInfo: { hasNextPage: rest.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    ...(totalCount !== undefined && { totalCount }),
  };
}
