import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Role, roles } from '../../functions/access/roles';
import type { LocalIssuer } from '../tokens';

/** The process `npm start` records and every local person belongs to. */
export const DEMO_PROCESS = 'demo';

/** The donors of the demo, each with a person who signs in to see its own contributions. */
export const demoDonors = {
  eu: { donorId: 'eu', donorName: 'European Union' },
  sida: { donorId: 'sida', donorName: 'Swedish International Development Cooperation Agency' },
} as const;

/** Someone who signs in locally: `env` names their token in `.local/tokens.env`. */
interface Person {
  readonly env: string;
  readonly name: string;
  readonly title: string;
  readonly subject: string;
  readonly roles: readonly Role[];
  readonly donorId?: string;
}

/** One person per role in `demo` (the donor's is the EU's), a second finance officer, and one per donor. */
const people: readonly Person[] = [
  {
    env: 'FINANCE_OFFICER',
    name: 'Amina Odhiambo',
    title: 'Finance officer',
    subject: 'amina.odhiambo',
    roles: ['finance-officer'],
  },
  {
    env: 'FINANCE_OFFICER_2',
    name: 'Tomás Lindqvist',
    title: 'Finance assistant',
    subject: 'tomas.lindqvist',
    roles: ['finance-officer'],
  },
  {
    env: 'FINANCE_APPROVER',
    name: 'Grace Mensah',
    title: 'Head of finance',
    subject: 'grace.mensah',
    roles: ['finance-approver'],
  },
  {
    env: 'HR_OFFICER',
    name: 'Ravi Chandran',
    title: 'Human resources officer',
    subject: 'ravi.chandran',
    roles: ['hr-officer'],
  },
  {
    env: 'LEADERSHIP',
    name: 'Elena Marković',
    title: 'Head of the Secretariat',
    subject: 'elena.markovic',
    roles: ['leadership'],
  },
  {
    env: 'AUDITOR',
    name: 'Samuel Okafor',
    title: 'Internal auditor',
    subject: 'samuel.okafor',
    roles: ['auditor'],
  },
  {
    env: 'ADMIN',
    name: 'Lena Hoffmann',
    title: 'System administrator',
    subject: 'lena.hoffmann',
    roles: ['admin'],
  },
  {
    env: 'DONOR_EU',
    name: 'Claire Dubois',
    title: 'Programme manager, European Union',
    subject: 'claire.dubois',
    roles: ['donor'],
    donorId: demoDonors.eu.donorId,
  },
  {
    env: 'DONOR_SIDA',
    name: 'Johan Berg',
    title: 'Programme officer, Sida',
    subject: 'johan.berg',
    roles: ['donor'],
    donorId: demoDonors.sida.donorId,
  },
];

/** A person as `GET /local/people` answers them (docs: README, "Getting started"). */
export interface LocalPerson {
  readonly name: string;
  readonly title: string;
  readonly subject: string;
  readonly roles: readonly Role[];
  readonly processes: readonly string[];
  readonly donorId?: string;
  readonly token: string;
}

/** The people of the demo, by the name of their token in `.local/tokens.env`. */
export type DemoPeople = Readonly<Record<string, LocalPerson>>;

/** Signs every person's token (12 hours, as `npm start` always printed them). */
export async function signPeople(issuer: LocalIssuer): Promise<DemoPeople> {
  const signed = await Promise.all(
    people.map(async ({ env, ...person }) => {
      const membership = {
        processes: [DEMO_PROCESS],
        ...(person.donorId === undefined ? {} : { donorId: person.donorId }),
      };
      const token = await issuer.sign({ sub: person.subject, roles: person.roles, ...membership });
      return [env, { ...person, ...membership, token }] as const;
    }),
  );
  return Object.fromEntries(signed);
}

/** The token of the first person listed in each role, named after it: what `npm start` prints. */
export function tokenPerRole(people: DemoPeople): (readonly [string, string])[] {
  return roles.flatMap((role) => {
    const person = Object.values(people).find((candidate) => candidate.roles.includes(role));
    return person ? [[role.toUpperCase().replaceAll('-', '_'), person.token] as const] : [];
  });
}

/** `export NAME=token` lines, so `source .local/tokens.env` sets them: each person's, and each role's. */
export function tokensEnv(people: DemoPeople): string {
  const tokens = new Map([
    ...Object.entries(people).map(([env, { token }]) => [env, token] as const),
    ...tokenPerRole(people),
  ]);
  return `${[...tokens].map(([name, token]) => `export ${name}=${token}`).join('\n')}\n`;
}

/** Writes `<stateDir>/tokens.env`, readable by its owner only: the tokens act as these people. */
export function writeTokensEnv(stateDir: string, people: DemoPeople): string {
  mkdirSync(stateDir, { recursive: true });
  const file = join(stateDir, 'tokens.env');
  writeFileSync(file, tokensEnv(people), { mode: 0o600 });
  return file;
}
