import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { SessionProvider } from './auth/session';
import { loadConfig, logoutUrl } from './config';
import './styles.css';

const config = await loadConfig();
const queries = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 30_000, retry: (count, error) => count < 2 && !('status' in error) },
  },
});

/** Signing out forgets the token and every answer; on AWS it also ends the hosted UI's session. */
const onSignOut = () => {
  queries.clear();
  if (config.auth.kind === 'cognito') window.location.assign(logoutUrl(config.auth));
};

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queries}>
      <SessionProvider config={config} onSignOut={onSignOut}>
        <App />
      </SessionProvider>
    </QueryClientProvider>
  </StrictMode>,
);
