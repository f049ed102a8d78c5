import { Suspense, useId } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useSignedIn } from './auth/session';
import { words } from './format';
import type { Page } from './pages';
import { useProcess } from './process';

/** The frame of every page: who is signed in, the process, the pages this person may open. */
export function Shell(props: { pages: readonly Page[] }) {
  const { session, processId, chooseProcess, signOut } = useSignedIn();
  const pickerId = useId();
  const processes = session.identity.processes;
  const process = useProcess();
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <div className="brand">
          <span className="app-name">CMB Secretariat</span>
          <span className="process-name">{process.data?.name ?? processId}</span>
        </div>
        <nav aria-label="Pages">
          <ul>
            {props.pages
              .filter((page) => page.title)
              .map((page) => (
                <li key={page.path}>
                  <NavLink to={page.path} end={page.path === '/'}>
                    {page.title}
                  </NavLink>
                </li>
              ))}
          </ul>
        </nav>
        <div className="who">
          {processes.length > 1 && (
            <span className="picker">
              <label htmlFor={pickerId}>Process</label>
              <select id={pickerId} value={processId} onChange={(e) => chooseProcess(e.target.value)}>
                {processes.map((id) => (
                  <option key={id} value={id}>
                    {id}
                  </option>
                ))}
              </select>
            </span>
          )}
          <span>
            {session.name} <span className="muted">({session.identity.roles.map(words).join(', ')})</span>
          </span>
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense
          fallback={
            <p className="muted" role="status">
              Loading the page…
            </p>
          }
        >
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}

/** What a signed-in person sees when their roles open no page of this app. */
export function NoPages() {
  return (
    <>
      <h1>Nothing to show</h1>
      <p>Your role has no page in this app yet; the API serves you as before.</p>
    </>
  );
}
