import type { LocalPerson } from './people';

/** A step of the demo that did not answer as expected: `npm start` prints it and stops. */
export class DemoStepFailed extends Error {
  constructor(
    readonly step: string,
    readonly request: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`demo step "${step}" failed: ${request} answered ${status}\n${body}`);
  }
}

/** What recording the demo did: commands sent, and how many of them answered a replay. */
export interface Tally {
  commands: number;
  replayed: number;
}

/** Sends a command of a step as a person, `label` naming it within the step; answers the JSON body. */
export type Post = (
  person: LocalPerson,
  label: string,
  path: string,
  body?: unknown,
) => Promise<Record<string, unknown>>;

/**
 * A client of the running API, as any other: each command with the person's token and an idempotency
 * key made of the step and the label, so recording again replays every answer and records nothing new.
 */
export function demoClient(url: string, processPath: string, tally: Tally) {
  return {
    step:
      (step: string): Post =>
      async (person, label, path, body = {}) => {
        const request = `POST ${processPath}${path}`;
        const answer = await fetch(`${url}${processPath}${path}`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${person.token}`,
            'content-type': 'application/json',
            'idempotency-key': `demo.${step}.${label}`,
          },
          body: JSON.stringify(body),
        });
        const text = await answer.text();
        if (!answer.ok) throw new DemoStepFailed(step, request, answer.status, text);
        tally.commands += 1;
        if (answer.headers.get('idempotent-replayed') === 'true') tally.replayed += 1;
        return JSON.parse(text) as Record<string, unknown>;
      },
    async get(person: LocalPerson, path = '') {
      const answer = await fetch(`${url}${processPath}${path}`, {
        headers: { authorization: `Bearer ${person.token}` },
      });
      return { status: answer.status, body: (await answer.json()) as Record<string, unknown> };
    },
  };
}
