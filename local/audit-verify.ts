import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type * as z from 'zod';
import { KeyFileSigner, KmsSigner, trustedKeys } from '../events/anchor-signers';
import { AnchorStore } from '../events/anchor-store';
import { EventStore } from '../events/event-store';
import { dateSchema, idSchema, knownAtSchema, sha256Schema } from '../events/schemas';
import { verifyAuditReport } from '../functions/audit/verify';
import { claimedReport } from '../functions/audit/verify-report';
import { ANCHOR_KEY_ENV, TABLE_ENV } from '../functions/commons/config';
import { localAws } from './dynamodb';
import { CannotRead, EXIT, type ExitCode, failureOf, type Source, UsageError } from './exit';

const usage = `npm run audit:verify -- --process P --donor D --from YYYY-MM-DD --to YYYY-MM-DD
    [--contribution C] [--known-at ISO-INSTANT] [--digest SHA256 | --report report.json]
    [--table T] [--endpoint URL] [--region R]
    [--anchors-table T --public-key anchor.pem | --key-file key.pem | --kms-key ARN]

Re-derives the donor's audit report from the Events table and checks the digest (or the report's
JSON handed over, not its CSV), and walks every stream of the process as stored, naming each event
that cannot be read or whose hash or link fails. A digest is reproduced with the report's --known-at
(a report handed over carries its own); without one, the log as it stands. Prints the verdict as JSON.
The table is --table or $${TABLE_ENV.Events}; the endpoint --endpoint (DynamoDB Local: credentials are
not checked) or AWS's for --region or the SDK's own resolution (AWS_REGION, the profile).
With an anchors table (--anchors-table or $${TABLE_ENV.Anchors}) it also checks the log against its
signed anchors and the report's own (docs/anchoring.md), trusting only the public key given: a PEM
file (--public-key, offline), the public half of a local key file (--key-file or $${ANCHOR_KEY_ENV.file})
or a KMS key's (--kms-key or $${ANCHOR_KEY_ENV.kms}); every event no anchor covers yet is named.

Exit codes: 0 verified; 1 not verified (the report or the log does not hold); 2 usage (an argument
missing or wrong, a file that is not the report's JSON, no table or region); 3 cannot read (no such
file or table, endpoint unreachable, no access); 4 failed otherwise.`;

const options = {
  help: { type: 'boolean', short: 'h' },
  ...Object.fromEntries(
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
      'region',
      'anchors-table',
      'public-key',
      'key-file',
      'kms-key',
    ].map((name) => [name, { type: 'string' }]),
  ),
} as const;

type Report = z.infer<typeof claimedReport>;

/** The report handed over, as JSON: a CSV or any other document is a usage error, an unreadable file another. */
function reportIn(file: string): Report {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CannotRead(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new UsageError(`${file} is not JSON: give the report's JSON (format=json), not its CSV`);
  }
  const report = claimedReport.safeParse(document);
  if (!report.success) {
    const [issue] = report.error.issues;
    throw new UsageError(`${file} is not a donor's audit report: ${issue?.path.join('.')} ${issue?.message}`);
  }
  return report.data;
}

/** A value given, checked by its schema, or a usage error naming the option. */
function checked<T>(name: string, schema: z.ZodType<T>, value: string | undefined): T | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UsageError(`--${name} ${value}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

const required = <T>(name: string, value: T | undefined): T => {
  if (value === undefined) throw new UsageError(`missing --${name} (or a --report naming it)`);
  return value;
};

/** The verdict and the exit code for command-line arguments and an environment; exported for tests. */
export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: ExitCode; output: string }> {
  let source: Source = { table: env[TABLE_ENV.Events] ?? '', endpoint: undefined };
  let client: DynamoDBClient | undefined;
  try {
    let values: { [name: string]: string | boolean | undefined };
    try {
      ({ values } = parseArgs({ args: [...argv], options, strict: true }));
    } catch (error) {
      throw new UsageError((error as Error).message.split('. ')[0] ?? String(error));
    }
    if (values.help) return { code: EXIT.ok, output: usage };
    const flag = (name: string) => values[name] as string | undefined;
    const report = flag('report') === undefined ? undefined : reportIn(flag('report') as string);
    const request = {
      processId: required('process', checked('process', idSchema, flag('process')) ?? report?.processId),
      donorId: required('donor', checked('donor', idSchema, flag('donor')) ?? report?.donorId),
      from: required('from', checked('from', dateSchema, flag('from')) ?? report?.period.from),
      to: required('to', checked('to', dateSchema, flag('to')) ?? report?.period.to),
    };
    const contributionId = checked('contribution', idSchema, flag('contribution')) ?? report?.contributionId;
    const knownAt = checked('known-at', knownAtSchema, flag('known-at')) ?? report?.period.knownAt;
    const digest = checked('digest', sha256Schema, flag('digest'));
    const table = flag('table') ?? env[TABLE_ENV.Events];
    if (!table) throw new UsageError(`no table: give --table or set ${TABLE_ENV.Events}`);
    const endpoint = flag('endpoint');
    const region = flag('region');
    source = { table, endpoint };
    const anchorsTable = flag('anchors-table') ?? env[TABLE_ENV.Anchors];
    const publicKey = flag('public-key');
    const keyFile = flag('key-file') ?? env[ANCHOR_KEY_ENV.file];
    const kmsKey = flag('kms-key') ?? env[ANCHOR_KEY_ENV.kms];
    if (anchorsTable && !publicKey && !keyFile && !kmsKey)
      throw new UsageError('an anchors table needs the key to trust: --public-key, --key-file or --kms-key');
    // A key file that is not there would be made, and a new key trusted: only an existing one is read.
    if (anchorsTable && !publicKey && keyFile && !existsSync(keyFile))
      throw new UsageError(`no key file at ${keyFile}`);

    client = new DynamoDBClient(endpoint ? { ...localAws, endpoint } : region ? { region } : {});
    const documents = DynamoDBDocumentClient.from(client);
    // Whose signature counts is the verifier's choice, never the anchors' own say.
    const key = () =>
      publicKey
        ? readFileSync(publicKey, 'utf8')
        : keyFile
          ? KeyFileSigner.open(keyFile)
          : new KmsSigner(new KMSClient(region ? { region } : {}), kmsKey ?? '');
    const anchoring = anchorsTable
      ? {
          client: documents,
          eventsTable: table,
          anchors: new AnchorStore(documents, anchorsTable),
          keys: await trustedKeys([key()]),
        }
      : undefined;
    const verdict = await verifyAuditReport(
      new EventStore(documents, table),
      {
        request: {
          ...request,
          ...(contributionId ? { contributionId } : {}),
          ...(knownAt ? { knownAt } : {}),
        },
        ...(digest ? { digest } : {}),
        ...(report ? { report } : {}),
      },
      anchoring,
    );
    return { code: verdict.valid ? EXIT.ok : EXIT.tampered, output: JSON.stringify(verdict, null, 2) };
  } catch (error) {
    const { code, line } = failureOf(error, source);
    return { code, output: `audit:verify: ${line}` };
  } finally {
    client?.destroy();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { code, output } = await main(process.argv.slice(2), process.env);
  (code === EXIT.ok || code === EXIT.tampered ? process.stdout : process.stderr).write(`${output}\n`);
  process.exit(code);
}
