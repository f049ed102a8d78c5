import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { words } from '../format';
import { identityOf, type LocalPerson } from './identity';
import { useSession } from './session';

/**
 * Local sign-in: the people the local gateway offers, one button each. The token chosen stays in
 * memory; reloading the page signs out.
 */
export function LocalSignIn(props: { peopleUrl: string }) {
  const { config, signIn } = useSession();
  const [failure, setFailure] = useState<string>();
  const people = useQuery({
    queryKey: ['local-people'],
    queryFn: async () => {
      const response = await fetch(props.peopleUrl);
      if (!response.ok) throw new Error(`${props.peopleUrl} answered ${response.status}`);
      return ((await response.json()) as { people: LocalPerson[] }).people;
    },
  });
  const choose = async (person: LocalPerson) => {
    try {
      const { token, name } = person;
      const identity = await identityOf(config.apiUrl, token);
      signIn({ name, token, identity });
    } catch (error) {
      setFailure(String(error));
    }
  };
  return (
    <main id="main" className="sign-in">
      <h1>Sign in</h1>
      <p>On this machine, choose whom to act as.</p>
      {failure && (
        <p className="notice" role="alert">
          {failure}
        </p>
      )}
      {people.isPending && <p role="status">Loading the people…</p>}
      {people.isError && (
        <p className="notice" role="alert">
          Could not list the people: {people.error.message}
        </p>
      )}
      <ul className="people">
        {people.data?.map((person) => (
          <li key={person.subject}>
            <button type="button" onClick={() => choose(person)}>
              <span className="person-name">{person.name}</span>
              <span className="person-title">{person.title}</span>
              <span className="person-roles">{person.roles.map(words).join(', ')}</span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
