/**
 * The security suite's record: one row per attack (what was tried, the refusal expected, what happened), printed
 * as a table when the suite ends, and every response body collected so that the last check can look for leaks
 * (stack traces, file paths, service names, internal stream ids) in all of them.
 */
export type Verdict = 'REFUSED' | 'SUCCEEDED' | 'NOT COVERED' | 'KNOWN VULNERABILITY';

export interface AttackRow {
  readonly attack: string;
  readonly expected: string;
  readonly happened: string;
  readonly verdict: Verdict;
  readonly ms?: number;
}

export interface Outcome {
  readonly refused: boolean;
  readonly happened: string;
  readonly ms?: number;
}

export class AttackTable {
  readonly rows: AttackRow[] = [];
  /** Every HTTP response body seen by an attack (errors included), for the leak check at the end. */
  readonly bodies: { attack: string; body: string }[] = [];

  /** Runs one attack and records its row; the caller asserts `succeeded()` is empty for its rows. */
  async run(attack: string, expected: string, tryIt: () => Promise<Outcome>): Promise<AttackRow> {
    let outcome: Outcome;
    try {
      outcome = await tryIt();
    } catch (e) {
      // a test harness failure is not a refusal: it is recorded as a success of the attack so that it is looked at
      outcome = { refused: false, happened: `harness error: ${(e as Error).message}` };
    }
    const row: AttackRow = {
      attack,
      expected,
      happened: outcome.happened,
      verdict: outcome.refused ? 'REFUSED' : 'SUCCEEDED',
      ...(outcome.ms !== undefined && { ms: outcome.ms }),
    };
    this.rows.push(row);
    return row;
  }

  note(attack: string, expected: string, happened: string, verdict: Verdict): void {
    this.rows.push({ attack, expected, happened, verdict });
  }

  collect(attack: string, body: string): void {
    this.bodies.push({ attack, body });
  }

  /** The rows (of the given attacks, or all) whose attack succeeded. */
  succeeded(rows: readonly AttackRow[] = this.rows): AttackRow[] {
    return rows.filter((r) => r.verdict === 'SUCCEEDED');
  }

  print(): string {
    const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');
    const lines = this.rows.map((r, i) =>
      [
        String(i + 1).padStart(3),
        cut(r.attack, 70).padEnd(70),
        cut(r.expected, 38).padEnd(38),
        cut(`${r.happened}${r.ms !== undefined ? ` (${r.ms} ms)` : ''}`, 70).padEnd(70),
        r.verdict,
      ].join(' │ '),
    );
    const head = ['  #', 'attack'.padEnd(70), 'expected refusal'.padEnd(38), 'what happened'.padEnd(70), 'verdict'].join(' │ ');
    const refused = this.rows.filter((r) => r.verdict === 'REFUSED').length;
    const summary = `${this.rows.length} attacks: ${refused} refused, ${this.succeeded().length} succeeded, ${
      this.rows.length - refused - this.succeeded().length
    } not covered or known`;
    return [head, '─'.repeat(head.length), ...lines, '─'.repeat(head.length), summary].join('\n');
  }
}

export interface GqlReply {
  readonly status: number;
  readonly text: string;
  readonly body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  readonly ms: number;
  readonly headers: Headers;
}

/** POSTs a GraphQL request and keeps the raw text (the leak check reads it) and the time it took. */
export async function post(
  url: string,
  opts: { token?: string | null; query: string; variables?: Record<string, unknown>; headers?: Record<string, string> },
): Promise<GqlReply> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(opts.token && { authorization: `Bearer ${opts.token}` }),
      ...opts.headers,
    },
    body: JSON.stringify({ query: opts.query, variables: opts.variables ?? {} }),
  });
  const text = await res.text();
  const ms = Math.round(performance.now() - started);
  let body: GqlReply['body'];
  try {
    body = JSON.parse(text) as GqlReply['body'];
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: res.status, text, body, ms, headers: res.headers };
}

export const codesOf = (r: GqlReply): string[] => (r.body.errors ?? []).map((e) => String(e.extensions?.['code'] ?? 'NO_CODE'));

/** "UNKNOWN_UNIT (HTTP 200)" or "answered: {...}" — what a row says happened. */
export function summarize(r: GqlReply): string {
  const codes = codesOf(r);
  if (codes.length) return `${[...new Set(codes)].join(',')} (HTTP ${r.status})`;
  return `answered HTTP ${r.status}: ${JSON.stringify(r.body.data).slice(0, 120)}`;
}
