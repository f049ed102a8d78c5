import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  ListUsersInGroupCommand,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import { idSchema } from '../events/schemas';
import { ATTRIBUTES } from '../functions/access/claims';
import { isRole, type Role, roles } from '../functions/access/roles';
import { parseStage, stackIdFor } from '../infra/stage';

/**
 * `npm run users -- <add|set|remove|list> …`: enrols people in a deployed stack's user pool through
 * Cognito's admin API, the only way memberships are written (users cannot write their own).
 *
 *   add    --email a@b.org --role finance-officer [--role …] --process p1 [--process …] [--donor d1]
 *   set    --email a@b.org [--role …] [--process …] [--donor d1]   (what is given replaces what was)
 *   remove --email a@b.org   (disables the account and ends its sessions; the log still names its subject)
 *   list
 *
 * The pool is `--user-pool <id>`, or the `UserPoolId` output of `--stage` (default dev) in
 * cdk-outputs.json, which `npm run deploy` writes.
 */
export const usage = `usage: npm run users -- add --email <address> --role <${roles.join('|')}> [--role …] --process <id> [--process …] [--donor <id>]
       npm run users -- set --email <address> [--role …] [--process …] [--donor <id>]
       npm run users -- remove --email <address>
       npm run users -- list
  with --user-pool <id>, or --stage <dev|prod> to read it from cdk-outputs.json (npm run deploy writes it)`;

const commands = ['add', 'set', 'remove', 'list'];

/** Input a person can fix: one line, exit code 2. */
export class UsageError extends Error {}

export const outputsFile = 'cdk-outputs.json';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface Io {
  readonly client?: CognitoIdentityProviderClient;
  readonly print: (line: string) => void;
  readonly outputs?: string;
}

interface Membership {
  readonly roles?: Role[];
  readonly processes?: string[];
  readonly donorId?: string;
}

/** Runs one command; answers the exit code. */
export async function users(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      role: { type: 'string', multiple: true },
      process: { type: 'string', multiple: true },
      donor: { type: 'string' },
      'user-pool': { type: 'string' },
      stage: { type: 'string' },
    },
  });
  const [command, ...extra] = positionals;
  if (!command || !commands.includes(command))
    throw new UsageError(
      command
        ? `unknown command ${command}: add, set, remove or list`
        : 'name a command: add, set, remove or list',
    );
  if (extra.length > 0) throw new UsageError(`unexpected ${extra.join(' ')}`);
  const userPoolId = values['user-pool'] ?? userPoolOf(values.stage, io.outputs ?? outputsFile);
  const region = regionOf(userPoolId);
  const client = io.client ?? new CognitoIdentityProviderClient({ region });
  const pool = { client, userPoolId };
  const membership = membershipOf(values);

  switch (command) {
    case 'add': {
      const email = emailOf(values.email);
      if (!membership.roles) throw new UsageError('name at least one --role');
      if (!membership.processes) throw new UsageError('name at least one --process');
      await add(pool, email, membership);
      io.print(`added ${email}: ${describe(membership)}; Cognito e-mails a temporary password`);
      return 0;
    }
    case 'set': {
      const email = emailOf(values.email);
      if (!membership.roles && !membership.processes && membership.donorId === undefined)
        throw new UsageError('name what to set: --role, --process or --donor');
      await set(pool, email, membership);
      io.print(`set ${email}: ${describe(membership)}; it holds from their next sign-in or token refresh`);
      return 0;
    }
    case 'remove': {
      const email = emailOf(values.email);
      await client.send(new AdminDisableUserCommand({ UserPoolId: userPoolId, Username: email }));
      await client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: email }));
      io.print(`removed ${email}: disabled and signed out everywhere`);
      return 0;
    }
    default:
      for (const line of await list(pool)) io.print(line);
      return 0;
  }
}

interface Pool {
  readonly client: CognitoIdentityProviderClient;
  readonly userPoolId: string;
}

async function add({ client, userPoolId }: Pool, email: string, membership: Membership): Promise<void> {
  await client.send(
    new AdminCreateUserCommand({
      UserPoolId: userPoolId,
      Username: email,
      // Verified, so the temporary password and any reset reach this address.
      UserAttributes: [
        { Name: 'email', Value: email },
        { Name: 'email_verified', Value: 'true' },
        ...attributesOf(membership),
      ],
      DesiredDeliveryMediums: ['EMAIL'],
    }),
  );
  for (const role of membership.roles ?? [])
    await client.send(
      new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: email, GroupName: role }),
    );
}

async function set({ client, userPoolId }: Pool, email: string, membership: Membership): Promise<void> {
  const attributes = attributesOf(membership);
  if (attributes.length > 0)
    await client.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: userPoolId,
        Username: email,
        UserAttributes: attributes,
      }),
    );
  const wanted = membership.roles;
  if (!wanted) return;
  const held = await client.send(
    new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: email }),
  );
  const current = (held.Groups ?? []).map((group) => group.GroupName ?? '');
  for (const role of wanted.filter((role) => !current.includes(role)))
    await client.send(
      new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: email, GroupName: role }),
    );
  for (const group of current.filter((group) => !(wanted as string[]).includes(group)))
    await client.send(
      new AdminRemoveUserFromGroupCommand({ UserPoolId: userPoolId, Username: email, GroupName: group }),
    );
}

/** One line per person: e-mail, roles, processes, donor, status. Roles are read group by group. */
async function list({ client, userPoolId }: Pool): Promise<string[]> {
  const people = new Map<string, { user: UserType; roles: Role[] }>();
  for (const role of roles) {
    let NextToken: string | undefined;
    do {
      const page = await client.send(
        new ListUsersInGroupCommand({ UserPoolId: userPoolId, GroupName: role, NextToken }),
      );
      for (const user of page.Users ?? []) {
        const key = user.Username ?? '';
        const entry = people.get(key) ?? { user, roles: [] };
        entry.roles.push(role);
        people.set(key, entry);
      }
      NextToken = page.NextToken;
    } while (NextToken);
  }
  return [...people.values()]
    .map(({ user, roles: held }) => {
      const attribute = (name: string) => user.Attributes?.find((a) => a.Name === name)?.Value ?? '';
      const donor = attribute(`custom:${ATTRIBUTES.donorId}`);
      return [
        attribute('email') || user.Username,
        held.join(','),
        attribute(`custom:${ATTRIBUTES.processes}`) || '-',
        donor ? `donor ${donor}` : '',
        user.Enabled === false ? 'disabled' : (user.UserStatus ?? ''),
      ]
        .filter((part) => part !== '')
        .join('  ');
    })
    .sort();
}

function membershipOf(values: { role?: string[]; process?: string[]; donor?: string }): Membership {
  const chosen = values.role?.map((role) => (isRole(role) ? role : invalid(`unknown role ${role}`)));
  for (const id of [...(values.process ?? []), ...(values.donor ? [values.donor] : [])])
    if (!idSchema.safeParse(id).success) invalid(`${id} is not a valid id`);
  if (chosen && chosen.includes('donor') !== (values.donor !== undefined))
    invalid('--donor goes with --role donor, and only with it');
  return {
    ...(chosen ? { roles: chosen } : {}),
    ...(values.process ? { processes: values.process } : {}),
    ...(values.donor ? { donorId: values.donor } : {}),
  };
}

/** The custom attributes the pre-token-generation trigger reads (functions/access/claims.ts). */
function attributesOf(membership: Membership): { Name: string; Value: string }[] {
  return [
    ...(membership.processes
      ? [{ Name: `custom:${ATTRIBUTES.processes}`, Value: membership.processes.join(',') }]
      : []),
    ...(membership.donorId ? [{ Name: `custom:${ATTRIBUTES.donorId}`, Value: membership.donorId }] : []),
  ];
}

const describe = (membership: Membership): string =>
  [
    membership.roles && `roles ${membership.roles.join(', ')}`,
    membership.processes && `processes ${membership.processes.join(', ')}`,
    membership.donorId && `donor ${membership.donorId}`,
  ]
    .filter(Boolean)
    .join('; ');

const invalid = (message: string): never => {
  throw new UsageError(message);
};

function emailOf(value: string | undefined): string {
  if (value === undefined) return invalid('name the person with --email');
  if (!emailPattern.test(value)) return invalid(`${value} is not an e-mail address`);
  return value.toLowerCase();
}

function userPoolOf(stageName: string | undefined, file: string): string {
  let stage: string;
  try {
    stage = stackIdFor(parseStage(stageName));
  } catch (error) {
    return invalid(
      (error as Error).message.replace('pass -c stage=dev or -c stage=prod', 'pass --stage dev or prod'),
    );
  }
  if (!existsSync(file))
    return invalid(`no ${file}: pass --user-pool <id>, or deploy with npm run deploy, which writes it`);
  const id = JSON.parse(readFileSync(file, 'utf8'))[stage]?.UserPoolId;
  return typeof id === 'string'
    ? id
    : invalid(`${file} has no UserPoolId of ${stage}: pass --user-pool <id>`);
}

/** A pool id is `<region>_<suffix>`: the region its API answers in. */
function regionOf(userPoolId: string): string {
  const match = /^([a-z]{2}(?:-[a-z]+)+-\d)_[A-Za-z0-9]+$/.exec(userPoolId);
  return match?.[1] ?? invalid(`${userPoolId} is not a user pool id (like eu-west-1_AbC123)`);
}

/** Bad input → one line and exit code 2; Cognito's refusal (a person who exists, or does not) → its message and 1. */
export async function main(argv: string[], io: Io = { print: console.log }): Promise<number> {
  if (argv[0] === 'help' || argv.includes('--help')) {
    io.print(usage);
    return 0;
  }
  try {
    return await users(argv, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message} (npm run users -- help shows the commands)`);
      return 2;
    }
    const name = (error as Error).name;
    console.error(`${name}: ${(error as Error).message}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = await main(process.argv.slice(2));
