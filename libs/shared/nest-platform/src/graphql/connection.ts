import type { Type } from '@nestjs/common';
import { ArgsType, Directive, Field, Int, ObjectType } from '@nestjs/graphql';
import { PAGE_SIZE } from './paging';

/**
 * Relay-style connections for code-first Nest GraphQL (docs/CONVENTIONS.md, "GraphQL schema conventions").
 * Types are created by these factories, not at import: pass the service's module as `registerIn` so they join
 * only that subgraph's schema (ADR 0012); `PageInfo` is `@shareable`, the same in every subgraph.
 *
 *   const UnitConnection = connectionType(UnitType, { name: 'Unit', registerIn: () => FrameworksModule });
 *   @Query(() => UnitConnection) units(@Args() page: PageArgsInput) { … return pageOf(rows, page, (u) => [u.id]) }
 */
type RegisterIn = () => Function;

const pageInfos = new Map<RegisterIn | undefined, Type<unknown>>();

/** The `PageInfo` type of a module (one per `registerIn`). */
export function pageInfoType(registerIn?: RegisterIn): Type<unknown> {
  const existing = pageInfos.get(registerIn);
  if (existing) return existing;
  @Directive('@shareable')
  @ObjectType('PageInfo', {
    description: 'Where a page ends and whether more follows. — Thông tin trang: còn trang sau hay không, con trỏ cuối.',
    ...(registerIn && { registerIn }),
  })
  class PageInfo {
    @Field({ description: 'True when another page follows: ask again with `after: endCursor`.' })
    hasNextPage!: boolean;

    @Field(() => String, { nullable: true, description: 'Cursor of the last row of this page (null when empty).' })
    endCursor!: string | null;
  }
  pageInfos.set(registerIn, PageInfo);
  return PageInfo;
}

/** `<Name>Connection { edges { cursor node } nodes pageInfo totalCount }` and its `<Name>Edge`. */
export function connectionType<T>(node: Type<T>, opts: { name: string; registerIn?: RegisterIn; description?: string }): Type<unknown> {
  const scope = opts.registerIn ? { registerIn: opts.registerIn } : {};
  const PageInfo = pageInfoType(opts.registerIn);

  @ObjectType(`${opts.name}Edge`, { description: `One ${opts.name} with its cursor.`, ...scope })
  class Edge {
    @Field({ description: 'Opaque cursor of this row: pass it as `after` to continue after it.' })
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${opts.name}Connection`, {
    description: opts.description ?? `A page of ${opts.name} (cursor paging: first, after).`,
    ...scope,
  })
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [node], { description: 'The rows of this page (the edges without cursors).' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: unknown;

    @Field(() => Int, { nullable: true, description: 'All rows matching, when cheap to count.' })
    totalCount?: number;
  }
  return Connection;
}

/** `first` and `after`, for `@Args() page: PageArgsInput` on any paged field. */
@ArgsType()
export class PageArgsInput {
  @Field(() => Int, { nullable: true, description: `Rows per page: ${PAGE_SIZE.default} by default, at most ${PAGE_SIZE.max}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string | null;
}
