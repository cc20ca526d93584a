import { useEffect, useState, type ReactNode } from 'react';
import { formatDay, parseDayVi } from '../format/format';
import type { GqlError } from '../graphql/client';
import { T } from '../labels/labels';

/** A line of status: information, success or error (errors are announced to screen readers). */
export function Notice({ tone = 'info', children }: { tone?: 'info' | 'ok' | 'error'; children: ReactNode }) {
  return (
    <p className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}

/** A server error as the user reads it: the Vietnamese message, the code in small print. Text only, never HTML. */
export function ErrorNotice({ error, onRetry }: { error: GqlError; onRetry?: () => void }) {
  return (
    <div className="notice notice-error" role="alert">
      <span>{error.message}</span> <code className="code">{error.code}</code>
      {onRetry && (
        <button type="button" className="link" onClick={onRetry}>
          {T.retry}
        </button>
      )}
    </div>
  );
}

/** Loading and error states of a query around its content. */
export function Loaded<D>({
  state,
  children,
}: {
  state: { data: D | undefined; error: GqlError | undefined; loading: boolean; reload(): void };
  children: (data: D) => ReactNode;
}) {
  if (state.error) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  if (state.data === undefined) return <Notice>{T.loading}</Notice>;
  return <>{children(state.data)}</>;
}

/** A table that scrolls sideways on a phone instead of breaking the page. */
export function Table({ head, children, caption }: { head: ReactNode[]; children: ReactNode; caption?: string }) {
  return (
    <div className="table-wrap">
      <table>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function Page({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <section className="page">
      <h1>{title}</h1>
      {intro && <p className="intro">{intro}</p>}
      {children}
    </section>
  );
}

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="field">
      <span>{label}</span>
      {children}
    </label>
  );
}

/**
 * A calendar date typed as `dd/mm/yyyy` (the same in every browser, whatever its language); `value` and
 * `onChange` use `YYYY-MM-DD` (`''` for empty). A date that does not exist is marked and not passed on.
 */
export function DateField({ label, value, onChange }: { label: string; value: string; onChange(iso: string): void }) {
  const [text, setText] = useState(value ? formatDay(value) : '');
  useEffect(() => setText(value ? formatDay(value) : ''), [value]);
  const invalid = text.trim() !== '' && parseDayVi(text) === undefined;
  return (
    <label className="field">
      <span>{label}</span>
      <input
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        value={text}
        aria-invalid={invalid}
        onChange={(e) => {
          setText(e.target.value);
          const iso = e.target.value.trim() === '' ? '' : parseDayVi(e.target.value);
          if (iso !== undefined) onChange(iso);
        }}
        className={invalid ? 'invalid' : undefined}
        maxLength={10}
        size={10}
      />
    </label>
  );
}
