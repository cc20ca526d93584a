import { useState, type ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useAuth } from '../auth/auth';
import { provinceLabel, roleLabel, T } from '../labels/labels';
import { screensFor } from '../navigation/screens';

/** The frame of every screen: who is signed in (name, roles, province, unit), the menu of their screens, logout. */
export function Shell({ children }: { children: ReactNode }) {
  const { session, logout } = useAuth();
  const [open, setOpen] = useState(false);
  const screens = screensFor(session.roles);
  return (
    <div className="shell">
      <header className="topbar">
        <button type="button" className="menu-toggle" aria-expanded={open} aria-controls="nav" onClick={() => setOpen(!open)}>
          ☰ <span className="sr-only">{T.menu}</span>
        </button>
        <span className="brand">{T.appName}</span>
        <span className="who" data-testid="who">
          <strong>{session.name}</strong>
          <span className="muted"> · {session.roles.map(roleLabel).join(', ')}</span>
          <span className="badge" data-testid="province">
            {T.province} {provinceLabel(session.province)}
          </span>
          {session.unitId && (
            <span className="badge">
              {T.unit} {session.unitId}
            </span>
          )}
        </span>
        <button type="button" className="ghost" onClick={logout}>
          {T.logout}
        </button>
      </header>
      <nav id="nav" className={open ? 'nav open' : 'nav'} aria-label={T.menu}>
        {screens.map((s) => (
          <NavLink key={s.id} to={`/${s.path}`} end={s.path === ''} onClick={() => setOpen(false)}>
            {s.label}
          </NavLink>
        ))}
      </nav>
      <main className="content">{children}</main>
    </div>
  );
}
