import { parseArgs } from 'node:util';
import { roles } from '../functions/access/roles';
import { startLocalRuntime } from './runtime';
import { issuerIn } from './tokens';
import { ensureWebBuilt, webDist } from './web-build';

/** `npm start`: the backend on this machine until Ctrl-C. Data stays in .local/ unless --in-memory. */
const { values } = parseArgs({
  options: {
    'in-memory': { type: 'boolean', default: false },
    port: { type: 'string', default: '3000' },
    'dynamo-port': { type: 'string', default: '8000' },
    // A table `npm run rebuild` filled: the switch-over to rebuilt read models.
    'read-models': { type: 'string' },
  },
});

ensureWebBuilt();

const stateDir = '.local';
// Kept beside the data so tokens printed by an earlier start (or `npm run token`) still work.
const issuer = await issuerIn(stateDir);

const runtime = await startLocalRuntime({
  port: Number(values.port),
  dynamoPort: Number(values['dynamo-port']),
  issuer,
  webRoot: webDist,
  deadLetterFile: `${stateDir}/dead-letters.jsonl`,
  ...(values['read-models'] ? { readModelsTable: values['read-models'] } : {}),
  ...(values['in-memory'] ? {} : { dataDir: `${stateDir}/dynamodb` }),
});

/** One person per role, all in the `demo` process; the donor reports on donor `demo-donor`. */
const tokens = await Promise.all(
  roles.map(async (role) => {
    const token = await issuer.sign({
      sub: `${role}-1`,
      roles: [role],
      processes: ['demo'],
      ...(role === 'donor' ? { donorId: 'demo-donor' } : {}),
    });
    return `  ${role.toUpperCase().replaceAll('-', '_')}=${token}`;
  }),
);

console.log(`
CMB Secretariat listening on ${runtime.url}
  web app: open ${runtime.url}/ (the API is at the same address, described at /openapi.json)
  DynamoDB Local: ${runtime.dynamoEndpoint} (${values['in-memory'] ? 'in memory' : `data in ${stateDir}/dynamodb`})
  tables: ${runtime.tables.events}, ${runtime.tables.readModels}

Tokens for the process "demo", one per role (12 hours; more with npm run token -- --role … --process …):
${tokens.join('\n')}

Try:
  curl -s -X POST ${runtime.url}/processes/demo \\
    -H "authorization: Bearer $ADMIN" -H 'content-type: application/json' -H 'idempotency-key: open-demo-0001' \\
    -d '{"name":"Constitution Review Commission","country":"KE","mandateStart":"2026-01-01","mandateEnd":"2027-06-30","budgetCurrency":"USD","reviewCadenceMonths":3}'
  curl -s -X POST ${runtime.url}/processes/demo/budget-lines \\
    -H "authorization: Bearer $FINANCE_APPROVER" -H 'content-type: application/json' -H 'idempotency-key: adopt-line-0001' \\
    -d '{"lineId":"EO-1","unit":"education-outreach","activity":"Public hearings","costCategory":"travel","amount":{"amount":5000000,"currency":"USD"}}'
  curl -s ${runtime.url}/processes/demo/budget -H "authorization: Bearer $FINANCE_OFFICER"

Ctrl-C stops everything.`);

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  await runtime.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
