import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
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
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../local/users';

// Cognito has no local stand-in: its client is mocked, and what the script sends it is asserted.
const cognito = mockClient(CognitoIdentityProviderClient);
const pool = 'eu-west-1_AbC123';
let printed: string[] = [];
let errors: string[] = [];
const run = (...argv: string[]) =>
  main(argv, {
    client: new CognitoIdentityProviderClient({ region: 'eu-west-1' }),
    print: (line) => printed.push(line),
  });
const inputsOf = <T>(command: new (input: T) => unknown) =>
  cognito.commandCalls(command as never).map((call) => call.args[0].input);

beforeEach(() => {
  cognito.reset();
  printed = [];
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((line: string) => {
    errors.push(line);
  });
});
afterEach(() => vi.restoreAllMocks());

describe('npm run users -- add', () => {
  it('creates the person with their processes and donor id, and puts them in their groups', async () => {
    expect(
      await run(
        'add',
        '--user-pool',
        pool,
        '--email',
        'Wanjiru@Example.org',
        '--role',
        'donor',
        '--process',
        'ke-2026',
        '--process',
        'tz',
        '--donor',
        'eu',
      ),
    ).toBe(0);
    expect(inputsOf(AdminCreateUserCommand)).toEqual([
      {
        UserPoolId: pool,
        Username: 'wanjiru@example.org',
        UserAttributes: [
          { Name: 'email', Value: 'wanjiru@example.org' },
          { Name: 'email_verified', Value: 'true' },
          { Name: 'custom:processes', Value: 'ke-2026,tz' },
          { Name: 'custom:donorId', Value: 'eu' },
        ],
        DesiredDeliveryMediums: ['EMAIL'],
      },
    ]);
    expect(inputsOf(AdminAddUserToGroupCommand)).toEqual([
      { UserPoolId: pool, Username: 'wanjiru@example.org', GroupName: 'donor' },
    ]);
    expect(printed).toEqual([
      'added wanjiru@example.org: roles donor; processes ke-2026, tz; donor eu; Cognito e-mails a temporary password',
    ]);
  });

  it('adds a person to each role named', async () => {
    await run(
      'add',
      '--user-pool',
      pool,
      '--email',
      'a@example.org',
      '--role',
      'leadership',
      '--role',
      'admin',
      '--process',
      'demo',
    );
    expect(
      inputsOf(AdminAddUserToGroupCommand).map((input) => (input as { GroupName: string }).GroupName),
    ).toEqual(['leadership', 'admin']);
    expect(inputsOf(AdminCreateUserCommand)[0]).toMatchObject({
      UserAttributes: expect.not.arrayContaining([expect.objectContaining({ Name: 'custom:donorId' })]),
    });
  });

  it('reads the pool from the stage’s outputs that npm run deploy wrote', async () => {
    const outputs = join(mkdtempSync(join(tmpdir(), 'outputs-')), 'cdk-outputs.json');
    writeFileSync(outputs, JSON.stringify({ 'CmbSecretariat-prod': { UserPoolId: 'eu-central-1_Prod9' } }));
    const code = await main(
      ['add', '--stage', 'prod', '--email', 'a@example.org', '--role', 'auditor', '--process', 'demo'],
      {
        client: new CognitoIdentityProviderClient({ region: 'eu-central-1' }),
        print: () => {},
        outputs,
      },
    );
    expect(code).toBe(0);
    expect(inputsOf(AdminCreateUserCommand)[0]).toMatchObject({ UserPoolId: 'eu-central-1_Prod9' });
    expect(await main(['list', '--stage', 'dev'], { print: () => {}, outputs })).toBe(2);
    expect(errors.at(-1)).toMatch(/has no UserPoolId of CmbSecretariat-dev/);
  });

  it('says so in one line, exit code 1, when the person exists', async () => {
    cognito
      .on(AdminCreateUserCommand)
      .rejects(new UsernameExistsException({ message: 'User account already exists', $metadata: {} }));
    expect(
      await run(
        'add',
        '--user-pool',
        pool,
        '--email',
        'a@example.org',
        '--role',
        'auditor',
        '--process',
        'demo',
      ),
    ).toBe(1);
    expect(errors).toEqual(['UsernameExistsException: User account already exists']);
    expect(inputsOf(AdminAddUserToGroupCommand)).toEqual([]);
  });
});

describe('npm run users -- set', () => {
  it('replaces the processes and brings the groups to the roles named', async () => {
    cognito
      .on(AdminListGroupsForUserCommand)
      .resolves({ Groups: [{ GroupName: 'finance-officer' }, { GroupName: 'auditor' }] });
    expect(
      await run(
        'set',
        '--user-pool',
        pool,
        '--email',
        'a@example.org',
        '--role',
        'finance-approver',
        '--role',
        'auditor',
        '--process',
        'demo',
      ),
    ).toBe(0);
    expect(inputsOf(AdminUpdateUserAttributesCommand)).toEqual([
      {
        UserPoolId: pool,
        Username: 'a@example.org',
        UserAttributes: [{ Name: 'custom:processes', Value: 'demo' }],
      },
    ]);
    expect(inputsOf(AdminAddUserToGroupCommand)).toEqual([
      { UserPoolId: pool, Username: 'a@example.org', GroupName: 'finance-approver' },
    ]);
    expect(inputsOf(AdminRemoveUserFromGroupCommand)).toEqual([
      { UserPoolId: pool, Username: 'a@example.org', GroupName: 'finance-officer' },
    ]);
  });

  it('leaves the groups alone when no role is named', async () => {
    expect(
      await run('set', '--user-pool', pool, '--email', 'a@example.org', '--process', 'ke', '--process', 'tz'),
    ).toBe(0);
    expect(inputsOf(AdminUpdateUserAttributesCommand)).toHaveLength(1);
    expect(inputsOf(AdminListGroupsForUserCommand)).toEqual([]);
  });
});

describe('npm run users -- remove', () => {
  it('disables the person and ends their sessions', async () => {
    expect(await run('remove', '--user-pool', pool, '--email', 'a@example.org')).toBe(0);
    expect(inputsOf(AdminDisableUserCommand)).toEqual([{ UserPoolId: pool, Username: 'a@example.org' }]);
    expect(inputsOf(AdminUserGlobalSignOutCommand)).toEqual([
      { UserPoolId: pool, Username: 'a@example.org' },
    ]);
  });
});

describe('npm run users -- list', () => {
  it('prints one line per person with their roles, processes and donor, reading every page of every group', async () => {
    const user = (email: string, processes: string, extra: { Name: string; Value: string }[] = []) => ({
      Username: email,
      Enabled: true,
      UserStatus: 'CONFIRMED' as const,
      Attributes: [{ Name: 'email', Value: email }, { Name: 'custom:processes', Value: processes }, ...extra],
    });
    cognito.on(ListUsersInGroupCommand).resolves({});
    cognito
      .on(ListUsersInGroupCommand, { GroupName: 'finance-officer' })
      .resolves({ Users: [user('a@example.org', 'demo')], NextToken: 'next' });
    cognito
      .on(ListUsersInGroupCommand, { GroupName: 'finance-officer', NextToken: 'next' })
      .resolves({ Users: [user('b@example.org', 'demo,ke')] });
    cognito
      .on(ListUsersInGroupCommand, { GroupName: 'auditor' })
      .resolves({ Users: [user('a@example.org', 'demo')] });
    cognito
      .on(ListUsersInGroupCommand, { GroupName: 'donor' })
      .resolves({ Users: [user('eu@example.org', 'demo', [{ Name: 'custom:donorId', Value: 'eu' }])] });
    expect(await run('list', '--user-pool', pool)).toBe(0);
    expect(printed).toEqual([
      'a@example.org  finance-officer,auditor  demo  CONFIRMED',
      'b@example.org  finance-officer  demo,ke  CONFIRMED',
      'eu@example.org  donor  demo  donor eu  CONFIRMED',
    ]);
  });
});

describe('bad input', () => {
  it.each([
    [['add', '--user-pool', pool, '--role', 'auditor', '--process', 'demo'], 'name the person with --email'],
    [
      ['add', '--user-pool', pool, '--email', 'nobody', '--role', 'auditor', '--process', 'demo'],
      'nobody is not an e-mail address',
    ],
    [
      ['add', '--user-pool', pool, '--email', 'a@example.org', '--role', 'chair', '--process', 'demo'],
      'unknown role chair',
    ],
    [
      ['add', '--user-pool', pool, '--email', 'a@example.org', '--process', 'demo'],
      'name at least one --role',
    ],
    [
      ['add', '--user-pool', pool, '--email', 'a@example.org', '--role', 'auditor'],
      'name at least one --process',
    ],
    [
      [
        'add',
        '--user-pool',
        pool,
        '--email',
        'a@example.org',
        '--role',
        'auditor',
        '--process',
        'demo',
        '--donor',
        'eu',
      ],
      '--donor goes with --role donor',
    ],
    [
      ['add', '--user-pool', pool, '--email', 'a@example.org', '--role', 'donor', '--process', 'demo'],
      '--donor goes with --role donor',
    ],
    [
      ['add', '--user-pool', pool, '--email', 'a@example.org', '--role', 'auditor', '--process', 'a#b'],
      'a#b is not a valid id',
    ],
    [['set', '--user-pool', pool, '--email', 'a@example.org'], 'name what to set'],
    [['list', '--user-pool', 'my-pool'], 'my-pool is not a user pool id'],
    [['list', '--stage', 'qa'], 'Unknown stage "qa"'],
    [['rename', '--user-pool', pool], 'unknown command rename'],
    [[], 'name a command'],
    [['list', '--user-pool', pool, '--colour', 'red'], "Unknown option '--colour'"],
  ])('%j → exit code 2, one line, nothing sent', async (argv, message) => {
    expect(await run(...argv)).toBe(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
    expect(errors[0]).not.toContain('\n');
    expect(cognito.calls()).toHaveLength(0);
  });

  it('shows no stack trace from the command line', async () => {
    const failure = await promisify(execFile)(
      'npx',
      ['tsx', 'local/users.ts', 'add', '--user-pool', pool, '--email', 'nobody'],
      {
        env: { ...process.env, AWS_REGION: 'eu-west-1' },
      },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    expect((failure as { stderr: string }).stderr.trim().split('\n')).toEqual([
      expect.stringContaining('nobody is not an e-mail address'),
    ]);
    // Starting tsx is CPU-bound: on a busy 2-core machine it can outlast the default 30 s.
  }, 90_000);
});
