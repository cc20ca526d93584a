import type { ProvinceCall } from './database';
import { assertIdent } from './migrations';

/** A plain type name, optionally an array (no spaces: use `timestamptz`, `float8`, …). */
const TYPE = /^[a-z][a-z0-9_]*(\[\])?$/;

const cache = new Map<string, string>();

/**
 * `SELECT * FROM schema.fn(set_config('app.province', $1, true), $2::t2, …)`: the argument is evaluated before
 * the function body runs, so the province is set (transaction-locally) for everything the function does, and
 * the function receives it as its first argument.
 * Cached per function and argument types: the append path builds it for every batch.
 */
export function provinceCallSql(call: ProvinceCall): string {
  if (call.values.length !== call.types.length || (call.retryValues && call.retryValues.length !== call.types.length)) {
    throw new Error(`${call.fn}: ${call.types.length} argument types but ${call.values.length} values`);
  }
  const key = `${call.fn}(${call.types.join(',')})`;
  let sql = cache.get(key);
  if (sql === undefined) {
    sql = buildSql(call);
    cache.set(key, sql);
  }
  return sql;
}

function buildSql(call: ProvinceCall): string {
  const [schema, fn, ...rest] = call.fn.split('.');
  if (!schema || !fn || rest.length > 0) throw new Error(`Function name must be schema.function, got ${JSON.stringify(call.fn)}`);
  assertIdent(schema, 'schema name');
  assertIdent(fn, 'function name');
  const args = call.types.map((t, i) => {
    if (!TYPE.test(t)) throw new Error(`Invalid SQL type ${JSON.stringify(t)}`);
    return `$${i + 2}::${t}`;
  });
  return `SELECT * FROM ${schema}.${fn}(set_config('app.province', $1, true)${args.map((a) => `, ${a}`).join('')})`;
}
