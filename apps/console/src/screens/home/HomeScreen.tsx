import { Link } from 'react-router';
import { useAuth } from '../../auth/auth';
import { provinceLabel, roleLabel, T } from '../../labels/labels';
import { screensFor } from '../../navigation/screens';
import { Page } from '../../ui/ui';

export function HomeScreen() {
  const { session } = useAuth();
  const screens = screensFor(session.roles).filter((s) => s.id !== 'home');
  return (
    <Page title={`${T.appTitle} — ${provinceLabel(session.province)}`}>
      <p>
        Xin chào <strong>{session.name}</strong> ({session.roles.map(roleLabel).join(', ')}).
      </p>
      <ul className="tiles">
        {screens.map((s) => (
          <li key={s.id}>
            <Link to={`/${s.path}`}>{s.label}</Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}
