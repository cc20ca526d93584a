import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';

/** Any JSON value (the parameters of a scoring rule, a changed field's old and new values). */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value',
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: (ast) => valueFromASTUntyped(ast),
});
