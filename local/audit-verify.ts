import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { EventStore } from '../events/event-store';
import { verifyAuditReport } from '../functions/audit/verify';
import { TABLE_ENV } from '../functions/commons/config';
import { localAws } from './dynamodb';

const usage = `npm run audit:verify -- --process P --donor D --from YYYY-MM-DD --to YYYY-MM-DD
    [--contribution C] [--known-at ISO-INSTANT] [--digest SHA256 | --report report.json] [--table T]
    [--endpoint URL]

Re-derives the donor's audit report from the Events table and checks the digest (or the report
handed over) and every involved stream's hash chain. A digest is reproduced with the report's
--known-at (a report handed over carries its own); without one, the log as it stands. Prints the verdict as JSON; exits 0 when it
holds, 1 when it does not, 2 on a usage error. The table is --table or $${TABLE_ENV.Events}; the
endpoint --endpoint (DynamoDB Local: credentials are not checked) or the AWS SDK's own resolution.`;

/** The verdict and the exit code for command-line arguments and an environment; exported for tests. */
export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; output: string }> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: Object.fromEntries(
        [
          'process',
          'donor',
          'from',
          'to',
          'contribution',
          'known-at',
          'digest',
          'report',
          'table',
          'endpoint',
        ].map((name) => [name, { type: 'string' as const }]),
      ),
    }) as { values: Record<string, string | undefined> });
  } catch (error) {
    return { code: 2, output: `${(error as Error).message}\n\n${usage}` };
  }
  const report = values.report ? JSON.parse(readFileSync(values.report, 'utf8')) : undefined;
  const processId = values.process ?? report?.processId;
  const donorId = values.donor ?? report?.donorId;
  const from = values.from ?? report?.period?.from;
  const to = values.to ?? report?.period?.to;
  const table = values.table ?? env[TABLE_ENV.Events];
  if (!processId || !donorId || !from || !to || !table) return { code: 2, output: usage };

  const endpoint = values.endpoint;
  const client = new DynamoDBClient(endpoint ? { ...localAws, endpoint } : {});
  try {
    const store = new EventStore(DynamoDBDocumentClient.from(client), table);
    const contributionId = values.contribution ?? report?.contributionId ?? undefined;
    const knownAt = values['known-at'] ?? report?.period?.knownAt ?? undefined;
    const verdict = await verifyAuditReport(store, {
      request: {
        processId,
        donorId,
        from,
        to,
        ...(contributionId ? { contributionId } : {}),
        ...(knownAt ? { knownAt } : {}),
      },
      ...(values.digest ? { digest: values.digest } : {}),
      ...(report ? { report } : {}),
    });
    return { code: verdict.valid ? 0 : 1, output: JSON.stringify(verdict, null, 2) };
  } finally {
    client.destroy();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { code, output } = await main(process.argv.slice(2), process.env);
  (code === 2 ? process.stderr : process.stdout).write(`${output}\n`);
  process.exit(code);
}
