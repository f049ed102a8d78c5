import { parseArgs } from 'node:util';
import { DemoStepFailed } from './demo/client';
import { DEMO_PROCESS, signPeople, tokenPerRole, writeTokensEnv } from './demo/people';
import { recordDemo } from './demo/story';
import { startLocalRuntime } from './runtime';
import { issuerIn } from './tokens';
import { ensureWebBuilt, webDist } from './web-build';

/**
 * `npm start`: the backend on this machine until Ctrl-C, with the demo process recorded (`--empty`:
 * nothing recorded). Data stays in .local/ unless --in-memory.
 */
const { values } = parseArgs({
  options: {
    'in-memory': { type: 'boolean', default: false },
    empty: { type: 'boolean', default: false },
    port: { type: 'string', default: '3000' },
    'dynamo-port': { type: 'string', default: '8000' },
    // Where the data, the signing key and tokens.env are kept.
    'state-dir': { type: 'string', default: '.local' },
    // A table `npm run rebuild` filled: the switch-over to rebuilt read models.
    'read-models': { type: 'string' },
  },
});

ensureWebBuilt();

const stateDir = values['state-dir'];
// Kept beside the data so tokens printed by an earlier start (or `npm run token`) still work.
const issuer = await issuerIn(stateDir);
const people = await signPeople(issuer);
const tokensFile = writeTokensEnv(stateDir, people);

const runtime = await startLocalRuntime({
  port: Number(values.port),
  dynamoPort: Number(values['dynamo-port']),
  issuer,
  people: Object.values(people),
  webRoot: webDist,
  deadLetterFile: `${stateDir}/dead-letters.jsonl`,
  requestLog: (line) => console.log(line),
  anchorKeyFile: `${stateDir}/anchor-key.pem`,
  ...(values['read-models'] ? { readModelsTable: values['read-models'] } : {}),
  ...(values['in-memory'] ? {} : { dataDir: `${stateDir}/dynamodb` }),
});

let demo = `Nothing recorded (--empty): open the process "${DEMO_PROCESS}" yourself (README, "A first story over HTTP").`;
if (!values.empty) {
  const started = Date.now();
  try {
    const { commands, replayed } = await recordDemo(runtime.url, people);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    demo =
      replayed === commands
        ? `Demo process "${DEMO_PROCESS}": already recorded (${commands} commands replayed, nothing new, ${seconds} s).`
        : `Demo process "${DEMO_PROCESS}": recorded ${commands - replayed} commands (${replayed} replayed) in ${seconds} s.`;
  } catch (error) {
    // A broken demo must be loud: the step, what it sent, and the API's answer.
    console.error(error instanceof DemoStepFailed ? error.message : error);
    console.error(
      `The demo could not be recorded. If ${stateDir}/dynamodb holds a "${DEMO_PROCESS}" recorded another way, start with --empty or remove ${stateDir}/dynamodb.`,
    );
    await runtime.stop();
    process.exit(1);
  }
}

// The log as it stands now, signed: then every 10 minutes, and each audit report carries its own.
const anchored = await runtime.anchor();

console.log(`
CMB Secretariat listening on ${runtime.url}
  web app: open ${runtime.url}/ (the API is at the same address, described at /openapi.json)
  DynamoDB Local: ${runtime.dynamoEndpoint} (${values['in-memory'] ? 'in memory' : `data in ${stateDir}/dynamodb`})
  tables: ${runtime.tables.events}, ${runtime.tables.readModels}, ${runtime.tables.anchors}
  anchors: ${anchored.anchored.length} process(es) anchored, ${anchored.unchanged} unchanged, signed with ${runtime.anchorKeyFile} (every 10 minutes)
${demo}

Tokens for the process "${DEMO_PROCESS}", one per role (12 hours; every person's in ${tokensFile}, source it; the people at ${runtime.url}/local/people):
${tokenPerRole(people)
  .map(([name, token]) => `  ${name}=${token}`)
  .join('\n')}

Try:
  source ${tokensFile}
  curl -s ${runtime.url}/processes/${DEMO_PROCESS}/budget -H "authorization: Bearer $FINANCE_OFFICER"
  curl -s ${runtime.url}/processes/${DEMO_PROCESS}/donors/eu -H "authorization: Bearer $DONOR_EU"

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
