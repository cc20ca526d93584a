import { useCallback, useEffect, useMemo, useState } from 'react';
import { useAuth } from '../auth/auth';
import { GqlError, gqlRequest, gqlUpload, gqlUploadWithProgress, type GqlTransport } from './client';

/** The transport of the signed-in user (token, gateway URL, what a 401 does). */
export function useTransport(): GqlTransport {
  const auth = useAuth();
  return useMemo(
    () => ({ url: auth.config.graphqlPath, token: auth.accessToken, onUnauthenticated: auth.expired }),
    [auth.config.graphqlPath, auth.accessToken, auth.expired],
  );
}

export interface QueryState<T> {
  readonly data: T | undefined;
  readonly error: GqlError | undefined;
  readonly loading: boolean;
  reload(): void;
}

const asGqlError = (e: unknown) => (e instanceof GqlError ? e : new GqlError(String(e), 'ERROR'));

/**
 * Runs a query when its variables change (`skip` to wait for them); `reload` runs it again. `loading` holds until
 * the answer for the current variables is in (`data` meanwhile is the last answer, possibly for other variables).
 */
export function useQuery<T>(query: string, variables: Record<string, unknown> = {}, skip = false): QueryState<T> {
  const transport = useTransport();
  const key = JSON.stringify(variables);
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<{ data?: T; error?: GqlError; loading: boolean; for?: string }>({ loading: !skip });
  useEffect(() => {
    if (skip) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    gqlRequest<T>(transport, query, JSON.parse(key) as Record<string, unknown>).then(
      (data) => live && setState({ data, loading: false, for: key }),
      (e: unknown) => live && setState({ error: asGqlError(e), loading: false, for: key }),
    );
    return () => {
      live = false;
    };
  }, [transport, query, key, skip, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  // data read for other variables (the previous page, the previous filter) is still shown, but is not the answer
  const loading = state.loading || (!skip && state.for !== key);
  return { data: state.data, error: state.error, loading, reload };
}

/** A mutation (or upload) run on demand, with its last result or error. */
export function useMutation<T, A extends unknown[]>(run: (t: GqlTransport, ...args: A) => Promise<T>) {
  const transport = useTransport();
  const [state, setState] = useState<{ data?: T; error?: GqlError; busy: boolean }>({ busy: false });
  const execute = useCallback(
    async (...args: A): Promise<T | undefined> => {
      setState({ busy: true });
      try {
        const data = await run(transport, ...args);
        setState({ data, busy: false });
        return data;
      } catch (e) {
        setState({ error: asGqlError(e), busy: false });
        return undefined;
      }
    },
    [transport, run],
  );
  const reset = useCallback(() => setState({ busy: false }), []);
  return { ...state, execute, reset };
}

export { gqlRequest, gqlUpload, gqlUploadWithProgress };
