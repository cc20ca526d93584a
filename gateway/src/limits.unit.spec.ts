import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { DEFAULT_GATEWAY_LIMITS, operationBudgetRule } from './limits';

const schema = buildSchema(`type Query { verifyAuditTrail: Boolean, units: [String] }`);
const codes = (query: string) =>
  validate(schema, parse(query), [operationBudgetRule(DEFAULT_GATEWAY_LIMITS)]).map((e) => e.extensions['code']);

describe('introspection bounds (the explorer needs its 15-deep introspection query)', () => {
  it("GraphiQL's introspection query passes", () => {
    expect(codes(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true }))).toEqual([]);
  });

  it('a query nesting more lists or deeper than the limits is QUERY_TOO_DEEP', () => {
    expect(codes('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }')).toEqual(['QUERY_TOO_DEEP']);
    expect(codes(`{ __schema { types { fields { type { ${'ofType { '.repeat(14)}name${' }'.repeat(14)} } } } } }`)).toEqual([
      'QUERY_TOO_DEEP',
    ]);
    // through a fragment too
    expect(
      codes('{ __schema { ...T } } fragment T on __Schema { types { fields { type { fields { type { fields { name } } } } } } }'),
    ).toEqual(['QUERY_TOO_DEEP']);
  });
});
