import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useSignedIn } from '../auth/session';
import type { paths } from './schema';

/** A POST route of the API, by its OpenAPI path. */
export type PostPath = { [P in keyof paths]: paths[P] extends { post: object } ? P : never }[keyof paths];

/** One problem the API found with a field: `amount.amount`, `payee`, `idempotency-key`. */
export interface Issue {
  readonly field: string;
  readonly reason: string;
}

/** How the API refused a command: 400 names fields (`issues`), a refusal of the domain names its code and details. */
export interface Refusal {
  readonly status: number;
  readonly error: string;
  readonly issues: readonly Issue[];
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * A command of the current process. Each form submission sends one idempotency key, and a retry of
 * the same submission (the same body, after a failure) sends that key again, so a request that did go
 * through is not recorded twice; a changed body is a new submission with a new key. `ifMatch` is the
 * version of the record the person was looking at: the API refuses (409) if it changed meanwhile.
 * Every answer the process's views gave is dropped once a command goes through.
 */
export function useCommand<Answer = Record<string, unknown>>(path: PostPath) {
  const { client, processId } = useSignedIn();
  const queries = useQueryClient();
  const submission = useRef<{ body: string; key: string } | undefined>(undefined);
  const [pending, setPending] = useState(false);
  const [refusal, setRefusal] = useState<Refusal>();

  async function send(
    body: object,
    options: { path?: Record<string, string>; ifMatch?: number } = {},
  ): Promise<Answer | undefined> {
    const signature = JSON.stringify([options.path, body]);
    if (submission.current?.body !== signature)
      submission.current = { body: signature, key: crypto.randomUUID() };
    const headers: Record<string, string> = { 'idempotency-key': submission.current.key };
    if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
    setPending(true);
    setRefusal(undefined);
    try {
      const { data, error, response } = await client.POST(
        path as never,
        { params: { path: { processId, ...options.path } }, body, headers } as never,
      );
      if (!response.ok) {
        setRefusal(refusalOf(response.status, error));
        return undefined;
      }
      submission.current = undefined;
      await queries.invalidateQueries();
      return data as Answer;
    } catch (failure) {
      // No answer at all (the network): the same key goes again on the next try.
      setRefusal({ status: 0, error: 'no-answer', issues: [], details: { message: String(failure) } });
      return undefined;
    } finally {
      setPending(false);
    }
  }

  return { send, pending, refusal, clear: () => setRefusal(undefined) };
}

function refusalOf(status: number, body: unknown): Refusal {
  const answer = (body ?? {}) as { error?: string; issues?: Issue[]; details?: Record<string, unknown> };
  return {
    status,
    error: answer.error ?? `status-${status}`,
    issues: answer.issues ?? [],
    ...(answer.details ? { details: answer.details } : {}),
  };
}

/** What the API said about one field and the fields under it (`amount` gathers `amount.amount`). */
export const issuesAt = (refusal: Refusal | undefined, field: string): readonly Issue[] =>
  refusal?.issues.filter((i) => i.field === field || i.field.startsWith(`${field}.`)) ?? [];
