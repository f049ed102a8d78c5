import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { KeyFileSigner, KmsSigner, trustedKeys } from '../events/anchor-signers';
import { AnchorStore } from '../events/anchor-store';
import { EventStore } from '../events/event-store';
import { verifyAuditReport } from '../functions/audit/verify';
import { ANCHOR_KEY_ENV, TABLE_ENV } from '../functions/commons/config';
import { localAws } from './dynamodb';

const usage = `npm run audit:verify -- --process P --donor D --from YYYY-MM-DD --to YYYY-MM-DD
    [--contribution C] [--known-at ISO-INSTANT] [--digest SHA256 | --report report.json] [--table T]
    [--endpoint URL] [--anchors-table T --public-key anchor.pem | --key-file key.pem | --kms-key ARN]

Re-derives the donor's audit report from the Events table and checks the digest (or the report
handed over) and every involved stream's hash chain. A digest is reproduced with the report's
--known-at (a report handed over carries its own); without one, the log as it stands. Prints the verdict as JSON; exits 0 when it
holds, 1 when it does not, 2 on a usage error. The table is --table or $${TABLE_ENV.Events}; the
endpoint --endpoint (DynamoDB Local: credentials are not checked) or the AWS SDK's own resolution.
With an anchors table (--anchors-table or $${TABLE_ENV.Anchors}) it also checks the log against its
signed anchors and the report's own (docs/anchoring.md), trusting only the public key given: a PEM
file (--public-key, offline), the public half of a local key file (--key-file or $${ANCHOR_KEY_ENV.file})
or a KMS key's (--kms-key or $${ANCHOR_KEY_ENV.kms}); every event no anchor covers yet is named.`;

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
          'anchors-table',
          'public-key',
          'key-file',
          'kms-key',
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
  const anchorsTable = values['anchors-table'] ?? env[TABLE_ENV.Anchors];
  const publicKey = values['public-key'];
  const keyFile = values['key-file'] ?? env[ANCHOR_KEY_ENV.file];
  const kmsKey = values['kms-key'] ?? env[ANCHOR_KEY_ENV.kms];
  if (anchorsTable && !publicKey && !keyFile && !kmsKey) return { code: 2, output: usage };
  // A key file that is not there would be made, and a new key trusted: only an existing one is read.
  if (anchorsTable && !publicKey && keyFile && !existsSync(keyFile))
    return { code: 2, output: `no key file at ${keyFile}\n\n${usage}` };

  const endpoint = values.endpoint;
  const client = new DynamoDBClient(endpoint ? { ...localAws, endpoint } : {});
  try {
    const documents = DynamoDBDocumentClient.from(client);
    const store = new EventStore(documents, table);
    // Whose signature counts is the verifier's choice, never the anchors' own say.
    const key = () =>
      publicKey
        ? readFileSync(publicKey, 'utf8')
        : keyFile
          ? KeyFileSigner.open(keyFile)
          : new KmsSigner(new KMSClient({}), kmsKey ?? '');
    const anchoring = anchorsTable && {
      client: documents,
      eventsTable: table,
      anchors: new AnchorStore(documents, anchorsTable),
      keys: await trustedKeys([key()]),
    };
    const contributionId = values.contribution ?? report?.contributionId ?? undefined;
    const knownAt = values['known-at'] ?? report?.period?.knownAt ?? undefined;
    const verdict = await verifyAuditReport(
      store,
      {
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
      },
      anchoring || undefined,
    );
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
