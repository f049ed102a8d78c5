import { createContext, type ReactNode, useContext, useMemo, useRef, useState } from 'react';
import type { Identity } from '../api/answers';
import { type ApiClient, apiClient } from '../api/client';
import type { RuntimeConfig } from '../config';

/** The signed-in person: their token lives here, in memory, and nowhere else. */
export interface Session {
  readonly name: string;
  readonly token: string;
  readonly identity: Identity;
}

interface SessionContext {
  readonly config: RuntimeConfig;
  readonly client: ApiClient;
  readonly session: Session | undefined;
  signIn(session: Session): void;
  signOut(): void;
  /** The process the pages show. */
  readonly processId: string | undefined;
  chooseProcess(processId: string): void;
}

const Context = createContext<SessionContext | undefined>(undefined);

export function SessionProvider(props: {
  config: RuntimeConfig;
  onSignOut: () => void;
  children: ReactNode;
}) {
  const [session, setSession] = useState<Session>();
  const [processId, setProcessId] = useState<string>();
  const token = useRef<string | undefined>(undefined);
  const client = useMemo(() => apiClient(props.config.apiUrl, () => token.current), [props.config.apiUrl]);
  const { onSignOut } = props;
  const value = useMemo<SessionContext>(
    () => ({
      config: props.config,
      client,
      session,
      processId,
      signIn(next) {
        token.current = next.token;
        setSession(next);
        const processes = next.identity.processes;
        // Several processes: `demo` (or the first) until the picker chooses another.
        setProcessId(processes.includes('demo') ? 'demo' : processes[0]);
      },
      signOut() {
        token.current = undefined;
        setSession(undefined);
        setProcessId(undefined);
        onSignOut();
      },
      chooseProcess: setProcessId,
    }),
    [props.config, client, session, processId, onSignOut],
  );
  return <Context.Provider value={value}>{props.children}</Context.Provider>;
}

export function useSession(): SessionContext {
  const context = useContext(Context);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

/** The session of a page that is only reached signed in, with a process chosen. */
export function useSignedIn(): SessionContext & { session: Session; processId: string } {
  const context = useSession();
  if (!context.session || !context.processId) throw new Error('a page reached without a session');
  return context as SessionContext & { session: Session; processId: string };
}
