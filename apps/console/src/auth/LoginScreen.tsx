import { useState } from 'react';
import type { ConsoleConfig } from './oidc-config';
import { provinceLabel, T } from '../labels/labels';

/**
 * Before the redirect to the identity provider: the province (realm) to log in to. The province of the session
 * is the token's, never this choice; a user of two provinces has an account in each realm and picks one here.
 */
export function LoginScreen({ config, onLogin, message }: { config: ConsoleConfig; onLogin(province: string): void; message?: string }) {
  const [province, setProvince] = useState(config.realms[0]?.province ?? '');
  return (
    <main className="login">
      <section className="card login-card">
        <h1>{T.appTitle}</h1>
        <p>{T.loginIntro}</p>
        {message && (
          <p className="notice notice-error" role="alert">
            {message}
          </p>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onLogin(province);
          }}
        >
          <fieldset>
            <legend>{T.chooseProvince}</legend>
            {config.realms.map((r) => (
              <label key={r.province} className="choice">
                <input
                  type="radio"
                  name="province"
                  value={r.province}
                  checked={province === r.province}
                  onChange={() => setProvince(r.province)}
                />
                {provinceLabel(r.province)}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="primary" disabled={!province}>
            {T.login}
          </button>
        </form>
      </section>
    </main>
  );
}
