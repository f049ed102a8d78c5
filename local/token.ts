import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { idSchema } from '../events/schemas';
import { isRole, type Role, roles } from '../functions/access/roles';
import { issuerIn } from './tokens';

const usage = `usage: npm run token -- --role <${roles.join('|')}> --process <id> [--donor <id>] [--sub <id>] [--ttl 12h]

Prints one more access token signed with the key npm start uses (.local/jwt-key.json). --role and
--process may be repeated; --donor goes with --role donor. Exits 0 with the token, 2 on bad input.`;

/**
 * `npm run token -- --role donor --donor D1 --process P1`: the token and the exit code for command-line
 * arguments; bad input is one line and exit 2, never a stack trace. Exported for tests.
 */
export async function main(
  argv: readonly string[],
  stateDir = '.local',
): Promise<{ code: number; output: string }> {
  const refuse = (message: string) => ({ code: 2, output: `${message} (npm run token -- --help)` });
  let values: {
    role: string[];
    process: string[];
    donor?: string;
    sub?: string;
    ttl: string;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        role: { type: 'string', multiple: true, default: [] },
        process: { type: 'string', multiple: true, default: [] },
        donor: { type: 'string' },
        sub: { type: 'string' },
        ttl: { type: 'string', default: '12h' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return refuse((error as Error).message);
  }
  if (values.help) return { code: 0, output: usage };
  const unknown = values.role.find((role) => !isRole(role));
  if (unknown !== undefined) return refuse(`unknown role ${unknown}: one of ${roles.join(', ')}`);
  const chosen = values.role as Role[];
  if (chosen.length === 0) return refuse('name at least one --role');
  if (values.process.length === 0) return refuse('name at least one --process');
  for (const id of [...values.process, ...(values.donor ? [values.donor] : [])])
    if (!idSchema.safeParse(id).success) return refuse(`${id} is not a valid id`);
  if (chosen.includes('donor') !== (values.donor !== undefined))
    return refuse('--donor goes with --role donor, and only with it');
  if (!/^\d+[smhd]$/.test(values.ttl))
    return refuse(`--ttl ${values.ttl} is not a time span such as 30m or 12h`);

  const issuer = await issuerIn(stateDir);
  const token = await issuer.sign(
    {
      sub: values.sub ?? `${chosen.join('+')}-${values.donor ?? values.process.join('+')}`,
      roles: chosen,
      processes: values.process,
      ...(values.donor ? { donorId: values.donor } : {}),
    },
    values.ttl,
  );
  return { code: 0, output: token };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { code, output } = await main(process.argv.slice(2));
  (code === 0 ? process.stdout : process.stderr).write(`${output}\n`);
  process.exit(code);
}
