import { useMemo } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { mayCall } from './api/access';
import { CognitoCallback, CognitoSignIn } from './auth/cognito-sign-in';
import { useSession } from './auth/session';
import { LocalSignIn } from './auth/sign-in';
import { pages } from './pages';
import { NoPages, Shell } from './shell';

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
            : [{ path: '/', element: home ? <Navigate to={home} replace /> : <NoPages /> }]),
          { path: '*', element: <Navigate to="/" replace /> },
        ],
      },
    ]);
  }, [config, roles]);
  return <RouterProvider router={router} />;
}
