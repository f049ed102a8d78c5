import { lazy, Suspense, useMemo } from 'react';
import { createBrowserRouter, RouterProvider, redirect } from 'react-router';
import { mayCall } from './api/access';
import { useSession } from './auth/session';
import { LocalSignIn } from './auth/sign-in';
import { pages } from './pages';
import { NoPages, Shell } from './shell';

/** Cognito's sign-in (and oidc-client-ts) loads only where the app signs in with Cognito. */
const CognitoSignIn = lazy(() => import('./auth/cognito-sign-in'));
const CognitoCallback = lazy(() =>
  import('./auth/cognito-sign-in').then((m) => ({ default: m.CognitoCallback })),
);

/** The routes of whoever is signed in: the pages their roles may open, or the sign-in. */
export function App() {
  const { config, session } = useSession();
  const roles = session?.identity.roles;
  const router = useMemo(() => {
    const auth = config.auth;
    if (!roles) {
      const signIn =
        auth.kind === 'local' ? <LocalSignIn peopleUrl={auth.peopleUrl} /> : <CognitoSignIn auth={auth} />;
      return createBrowserRouter([
        ...(auth.kind === 'cognito' ? [{ path: '/callback', element: <CognitoCallback auth={auth} /> }] : []),
        { path: '*', element: signIn },
      ]);
    }
    const open = pages.filter((page) => mayCall(roles, page.needs));
    const home = open.find((page) => page.title)?.path;
    return createBrowserRouter([
      {
        element: <Shell pages={open} />,
        children: [
          ...open.map((page) => ({ path: page.path, element: <page.component /> })),
          ...(home === '/'
            ? []
            : [home ? { path: '/', loader: () => redirect(home) } : { path: '/', element: <NoPages /> }]),
          // An address this person may not open (or that does not exist) sends them to their first page.
          { path: '*', loader: () => redirect('/') },
        ],
      },
    ]);
  }, [config, roles]);
  return (
    <Suspense fallback={<p role="status">Loading…</p>}>
      {/* Keyed: RouterProvider keeps the state of the router it mounted with, so signing in (a new
          router at the same address) must mount it anew, or a deep link shows an empty page. */}
      <RouterProvider key={roles ? roles.join(' ') : 'signed-out'} router={router} />
    </Suspense>
  );
}
