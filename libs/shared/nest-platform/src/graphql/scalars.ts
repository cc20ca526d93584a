import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';

/**
 * The platform's time scalars (graphql-scalars, maintained by The Guild), one instance each so that every
 * subgraph declares them identically (federation composes a scalar only if its definitions agree):
 * - `DateTime`: an instant, RFC 3339 (`2024-05-07T08:30:00.000Z`); a TypeScript `Date` field maps to it
 *   (`subgraphGraphQLModule` sets `scalarsMap`), inputs arrive as `Date`.
 * - `Date`: a calendar date, `YYYY-MM-DD` (decision dates, validity, deadlines), validated and kept as a string
 *   (no time zone can shift it).
 * Use: `@Field(() => DateScalar) effectiveDate!: string`, `@Field() at!: Date` (or `() => DateTimeScalar`).
 */
export const DateTimeScalar: GraphQLScalarType = new GraphQLScalarType({
  ...GraphQLDateTime.toConfig(),
  name: 'DateTime',
  // graphql-scalars validates and returns a Date; the wire value is its ISO string, whatever the transport
  serialize: (value: unknown) => {
    const d = GraphQLDateTime.serialize(value);
    return d instanceof Date ? d.toISOString() : d;
  },
  description:
    'An instant in time, RFC 3339 / ISO 8601 in UTC, e.g. `2024-05-07T08:30:00.000Z`. — Thời điểm theo chuẩn ISO 8601 (giờ UTC).',
});

export const DateScalar: GraphQLScalarType = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  name: 'Date',
  description: 'A calendar date `YYYY-MM-DD`, e.g. `2025-07-01`. — Ngày theo lịch, dạng YYYY-MM-DD (hiển thị 01/07/2025).',
});
