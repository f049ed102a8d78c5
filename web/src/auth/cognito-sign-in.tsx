import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { type CognitoConfig, userManager } from './cognito';
import { identityOf } from './identity';
import { useSession } from './session';

/** Sign-in on AWS: a button to Cognito's hosted UI. */
export default function CognitoSignIn(props: { auth: CognitoConfig }) {
  const manager = useMemo(() => userManager(props.auth), [props.auth]);
  return (
    <main id="main" className="sign-in">
      <h1>Sign in</h1>
      <p>You will be sent to the Secretariat's sign-in page, then back here.</p>
      <button type="button" className="primary" onClick={() => manager.signinRedirect()}>
        Sign in
      </button>
    </main>
  );
}

/** `/callback`: where the hosted UI sends the browser back with the authorization code. */
export function CognitoCallback(props: { auth: CognitoConfig }) {
  const { config, signIn } = useSession();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string>();
  const started = useRef(false);
  useEffect(() => {
    // The code can be exchanged once: React's development double effect must not try twice.
    if (started.current) return;
    started.current = true;
    const manager = userManager(props.auth);
    manager
      .signinRedirectCallback()
      .then(async (user) => {
        const identity = await identityOf(config.apiUrl, user.access_token);
        const name = (user.profile.name ?? user.profile.email ?? identity.subject) as string;
        signIn({ name, token: user.access_token, identity });
        navigate('/', { replace: true });
      })
      .catch((error: unknown) => setFailure(String(error)));
  }, [props.auth, config.apiUrl, signIn, navigate]);
  return (
    <main id="main" className="sign-in">
      <h1>Signing in…</h1>
      {failure && (
        <p className="notice" role="alert">
          Sign-in failed: {failure}
        </p>
      )}
    </main>
  );
}
