import { ParError } from '@par/kernel';

/**
 * Exit codes of `npx par`, the same for every command and for `--json`:
 * 0 ok; 1 findings (invalid framework or results, contradictions, a broken hash chain);
 * 2 usage (unknown option or command, bad option value, unknown rule id);
 * 3 failure (a file that cannot be read or decoded, an unreachable database, an unexpected error).
 */
export const EXIT = { ok: 0, findings: 1, usage: 2, failure: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A command line used wrongly (exit 2). */
export function usageError(code: string, messageVi: string, detail: string): ParError {
  return new ParError({ code, messageVi, detail, meta: { exitCode: EXIT.usage } });
}

/** The command could not do its work: unreadable input, unreachable server (exit 3). */
export function failureError(code: string, messageVi: string, detail: string, cause?: unknown): ParError {
  const e = new ParError({ code, messageVi, detail, meta: { exitCode: EXIT.failure } });
  if (cause !== undefined) (e as { cause?: unknown }).cause = cause;
  return e;
}

/** Exit code for an error thrown by a command: its own when it carries one, findings for other ParErrors, else failure. */
export function exitCodeOf(e: unknown): ExitCode {
  const own = (e as { meta?: { exitCode?: unknown } } | null)?.meta?.exitCode;
  if (own === EXIT.findings || own === EXIT.usage || own === EXIT.failure) return own;
  return e instanceof ParError ? EXIT.findings : EXIT.failure;
}
