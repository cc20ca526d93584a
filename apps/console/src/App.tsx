import { BrowserRouter, Route, Routes } from 'react-router';
import { AuthProvider, useAuth } from './auth/auth';
import { T } from './labels/labels';
import { canOpen, SCREENS } from './navigation/screens';
import { SCREEN_COMPONENTS } from './screens';
import { Shell } from './shell/Shell';
import { Notice } from './ui/ui';

function Screens() {
  const { session } = useAuth();
  return (
    <Shell>
      <Routes>
        {SCREENS.map((s) => {
          const Screen = SCREEN_COMPONENTS[s.id];
          return (
            <Route
              key={s.id}
              path={`/${s.path}`}
              element={canOpen(session.roles, s) ? <Screen /> : <Notice tone="error">{T.noAccess}</Notice>}
            />
          );
        })}
        <Route path="/callback" element={<Notice>{T.loggingIn}</Notice>} />
        <Route path="*" element={<Notice tone="error">{T.notFound}</Notice>} />
      </Routes>
    </Shell>
  );
}

export function App() {
  return (
    <BrowserRouter basename="/console">
      <AuthProvider>
        <Screens />
      </AuthProvider>
    </BrowserRouter>
  );
}
