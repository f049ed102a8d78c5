import { parseArgs } from 'node:util';
import { idSchema } from '../events/schemas';
import { isRole, type Role, roles } from '../functions/access/roles';
import { issuerIn } from './tokens';

/**
 * `npm run token -- --role donor --donor D1 --process P1`: prints one more access token signed with the
 * key `npm start` uses (.local/jwt-key.json). `--role` and `--process` may be repeated.
 */
const { values } = parseArgs({
  options: {
    role: { type: 'string', multiple: true, default: [] },
    process: { type: 'string', multiple: true, default: [] },
    donor: { type: 'string' },
    sub: { type: 'string' },
    ttl: { type: 'string', default: '12h' },
  },
});

const fail = (message: string): never => {
  console.error(
    `${message}\nusage: npm run token -- --role <${roles.join('|')}> --process <id> [--donor <id>] [--sub <id>] [--ttl 12h]`,
  );
  process.exit(2);
};

const chosen: Role[] = values.role.map((role) => (isRole(role) ? role : fail(`unknown role ${role}`)));
if (chosen.length === 0) fail('name at least one --role');
if (values.process.length === 0) fail('name at least one --process');
for (const id of [...values.process, ...(values.donor ? [values.donor] : [])])
  if (!idSchema.safeParse(id).success) fail(`${id} is not a valid id`);
if (chosen.includes('donor') !== (values.donor !== undefined))
  fail('--donor goes with --role donor, and only with it');

const issuer = await issuerIn('.local');
console.log(
  await issuer.sign(
    {
      sub: values.sub ?? `${chosen.join('+')}-${values.donor ?? values.process.join('+')}`,
      roles: chosen,
      processes: values.process,
      ...(values.donor ? { donorId: values.donor } : {}),
    },
    values.ttl,
  ),
);
