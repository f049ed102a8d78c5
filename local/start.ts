import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startLocalRuntime } from './runtime';
import { signToken } from './tokens';

/** `npm start`: the backend on this machine until Ctrl-C. Data stays in .local/ unless --in-memory. */
const { values } = parseArgs({
  options: {
    'in-memory': { type: 'boolean', default: false },
    port: { type: 'string', default: '3000' },
    'dynamo-port': { type: 'string', default: '8000' },
  },
});

const stateDir = '.local';
mkdirSync(stateDir, { recursive: true });
const secretFile = `${stateDir}/jwt-secret`;
// Kept beside the data so tokens printed by an earlier start still work after a restart.
if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString('hex'), { mode: 0o600 });
const jwtSecret = Buffer.from(readFileSync(secretFile, 'utf8'), 'hex');

const runtime = await startLocalRuntime({
  port: Number(values.port),
  dynamoPort: Number(values['dynamo-port']),
  jwtSecret,
  deadLetterFile: `${stateDir}/dead-letters.jsonl`,
  ...(values['in-memory'] ? {} : { dataDir: `${stateDir}/dynamodb` }),
});

const officer = await signToken(jwtSecret, { sub: 'finance-officer-1', groups: ['finance-officer'] });
const approver = await signToken(jwtSecret, { sub: 'finance-approver-1', groups: ['finance-approver'] });

console.log(`
CMB Secretariat backend listening on ${runtime.url}
  DynamoDB Local: ${runtime.dynamoEndpoint} (${values['in-memory'] ? 'in memory' : `data in ${stateDir}/dynamodb`})
  tables: ${runtime.tables.events}, ${runtime.tables.readModels}

Tokens (12 hours):
  OFFICER=${officer}
  APPROVER=${approver}

Try:
  curl -s -X POST ${runtime.url}/processes/demo \\
    -H "authorization: Bearer $OFFICER" -H 'content-type: application/json' -H 'idempotency-key: open-demo-0001' \\
    -d '{"name":"Constitution Review Commission","country":"KE","mandateStart":"2026-01-01","mandateEnd":"2027-06-30","budgetCurrency":"USD","reviewCadenceMonths":3}'
  curl -s -X POST ${runtime.url}/processes/demo/budget-lines \\
    -H "authorization: Bearer $OFFICER" -H 'content-type: application/json' -H 'idempotency-key: adopt-line-0001' \\
    -d '{"lineId":"EO-1","unit":"education-outreach","activity":"Public hearings","costCategory":"travel","amount":{"amount":5000000,"currency":"USD"}}'
  curl -s ${runtime.url}/processes/demo/budget -H "authorization: Bearer $OFFICER"

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
