import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { useNavigate } from 'react-router';
import { CALLBACK_PATH, CONSOLE_BASE, oidcSettings, sessionFromAccessToken, type ConsoleConfig, type Session } from './oidc-config';
import { LoginScreen } from './LoginScreen';
import { T } from '../labels/labels';
import { Notice } from '../ui/ui';

/** The signed-in user, their access token, and how to leave. */
export interface Auth {
  readonly session: Session;
  readonly accessToken: string;
  readonly config: ConsoleConfig;
  logout(): void;
  /** The token was refused by the gateway (expired): back to the login page. */
  expired(): void;
}

const AuthContext = createContext<Auth | null>(null);
export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside <AuthProvider>');
  return auth;
}

const PROVINCE_KEY = 'par.console.province';
const FORCE_LOGIN_KEY = 'par.console.forceLogin';

const managerFor = (config: ConsoleConfig, province: string) =>
  new UserManager({
    ...oidcSettings(config, province, window.location.origin),
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });

type State =
  | { kind: 'loading' }
  | { kind: 'login'; message?: string }
  | { kind: 'error'; message: string }
  | { kind: 'in'; session: Session; accessToken: string; province: string; returnTo?: string };

/** Loads `/console/config.json`, completes a login redirect, or restores the tab's session; else shows the login page. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [config, setConfig] = useState<ConsoleConfig | null>(null);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const navigate = useNavigate();

  useEffect(() => {
    void (async () => {
      try {
        const res = await fetch(`${CONSOLE_BASE}config.json`);
        if (!res.ok) throw new Error(`config.json: ${res.status}`);
        const cfg = (await res.json()) as ConsoleConfig;
        setConfig(cfg);
        const restored = await restore(cfg);
        setState(restored);
        // back where the login started (the router still shows /callback); paths are under the router's basename
        if (restored.kind === 'in' && restored.returnTo)
          navigate(restored.returnTo.slice(CONSOLE_BASE.length - 1) || '/', { replace: true });
      } catch (e) {
        setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    })();
  }, [navigate]);

  const login = useCallback(
    (province: string) => {
      if (!config) return;
      sessionStorage.setItem(PROVINCE_KEY, province);
      const force = sessionStorage.getItem(FORCE_LOGIN_KEY) === '1';
      sessionStorage.removeItem(FORCE_LOGIN_KEY);
      const back = window.location.pathname.startsWith(CALLBACK_PATH) ? CONSOLE_BASE : window.location.pathname;
      void managerFor(config, province).signinRedirect({ state: back, ...(force && { prompt: 'login' }) });
    },
    [config],
  );

  const leave = useCallback(
    (message?: string) => {
      if (config && state.kind === 'in') void managerFor(config, state.province).removeUser();
      sessionStorage.setItem(FORCE_LOGIN_KEY, '1');
      setState({ kind: 'login', ...(message && { message }) });
    },
    [config, state],
  );

  const auth = useMemo<Auth | null>(
    () =>
      state.kind === 'in' && config
        ? { session: state.session, accessToken: state.accessToken, config, logout: () => leave(), expired: () => leave(T.sessionExpired) }
        : null,
    [state, config, leave],
  );

  if (state.kind === 'loading') return <Notice>{T.loading}</Notice>;
  if (state.kind === 'error') return <Notice tone="error">{`${T.loginFailed}: ${state.message}`}</Notice>;
  if (!auth || !config)
    return <LoginScreen config={config!} onLogin={login} {...(state.kind === 'login' && state.message && { message: state.message })} />;
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

async function restore(config: ConsoleConfig): Promise<State> {
  const province = sessionStorage.getItem(PROVINCE_KEY);
  if (!province || !config.realms.some((r) => r.province === province)) return { kind: 'login' };
  const manager = managerFor(config, province);
  if (window.location.pathname.startsWith(CALLBACK_PATH)) {
    const params = new URLSearchParams(window.location.search);
    if (params.get('error'))
      return { kind: 'login', message: `${T.loginFailed}: ${params.get('error_description') ?? params.get('error')}` };
    const user = await manager.signinRedirectCallback();
    const back = typeof user.state === 'string' && user.state.startsWith(CONSOLE_BASE) ? user.state : CONSOLE_BASE;
    return { kind: 'in', session: sessionFromAccessToken(user.access_token), accessToken: user.access_token, province, returnTo: back };
  }
  const user = await manager.getUser();
  if (!user || user.expired) return { kind: 'login' };
  return { kind: 'in', session: sessionFromAccessToken(user.access_token), accessToken: user.access_token, province };
}
