import { eventStoreMigrations } from '../migrations';
import { HASH_HOLES } from '../hash';
import { APPEND_ARGUMENTS, APPEND_TYPES, appendResultSignature, appendSignature } from './append-layout';

/** The latest migration that (re)defines append_batch: its parameter list and result columns, whitespace collapsed. */
function latestAppendBatchDefinition(): { parameters: string; result: string } {
  const definitions = eventStoreMigrations('es')
    .map((m) => /FUNCTION es\.append_batch\(([^)]*)\)\s*RETURNS TABLE \(([^)]*)\)/.exec(m.sql))
    .filter((m): m is RegExpExecArray => m !== null);
  const last = definitions[definitions.length - 1]!;
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  return { parameters: flat(last[1]!), result: flat(last[2]!) };
}

describe('append_batch argument layout', () => {
  it('is the signature of the latest migration that defines append_batch', () => {
    const { parameters, result } = latestAppendBatchDefinition();
    expect(appendSignature()).toBe(parameters);
    expect(appendResultSignature()).toBe(result);
  });

  it('derives the casts from the same table, one hash part per gap around the holes', () => {
    expect(APPEND_TYPES).toEqual(APPEND_ARGUMENTS.map((a) => a.type));
    expect(APPEND_ARGUMENTS.filter((a) => /^h\d$/.test(a.name)).map((a) => a.name)).toEqual(['h0', 'h1', 'h2', 'h3']);
    expect(HASH_HOLES).toEqual(['prevHash', 'recordedAt', 'streamVersion']);
  });
});
