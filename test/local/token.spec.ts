import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../local/token';

const stateDir = mkdtempSync(join(tmpdir(), 'token-'));

describe('npm run token', () => {
  it('prints its usage for --help and exits 0', async () => {
    const { code, output } = await main(['--help'], stateDir);
    expect(code).toBe(0);
    expect(output).toMatch(/^usage: npm run token -- --role/);
  });

  it.each([
    [['--role', 'wizard', '--process', 'P1'], /^unknown role wizard: one of /],
    [['--process', 'P1'], /^name at least one --role/],
    [['--role', 'auditor'], /^name at least one --process/],
    [['--role', 'auditor', '--process', 'P1#x'], /^P1#x is not a valid id/],
    [['--role', 'auditor', '--process', 'P1', '--donor', 'eu'], /^--donor goes with --role donor/],
    [['--role', 'auditor', '--process', 'P1', '--ttl', 'soon'], /^--ttl soon is not a time span/],
    [['--rol', 'auditor'], /^Unknown option '--rol'/],
  ])('refuses %j with one line and exit 2', async (argv, message) => {
    const { code, output } = await main(argv, stateDir);
    expect(code).toBe(2);
    expect(output).toMatch(message);
    expect(output.split('\n')).toHaveLength(1);
    expect(output).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('prints a token for good input and exits 0', async () => {
    const { code, output } = await main(['--role', 'donor', '--donor', 'eu', '--process', 'P1'], stateDir);
    expect(code).toBe(0);
    expect(output.split('.')).toHaveLength(3);
  });
});
