import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { z } from 'zod';
import { EventStore } from '../events/event-store';
import { dateSchema, idSchema, knownAtSchema, sha256Schema } from '../events/schemas';
import { verifyAuditReport } from '../functions/audit/verify';
import { claimedReport } from '../functions/audit/verify-report';
import { TABLE_ENV } from '../functions/commons/config';
import { localAws } from './dynamodb';
import { CannotRead, EXIT, type ExitCode, failureOf, type Source, UsageError } from './exit';

const usage = `npm run audit:verify -- --process P --donor D --from YYYY-MM-DD --to YYYY-MM-DD
    [--contribution C] [--known-at ISO-INSTANT] [--digest SHA256 | --report report.json]
    [--table T] [--endpoint URL] [--region R]

Re-derives the donor's audit report from the Events table and checks the digest (or the report's
JSON handed over, not its CSV), and walks every stream of the process as stored, naming each event
that cannot be read or whose hash or link fails. A digest is reproduced with the report's --known-at
(a report handed over carries its own); without one, the log as it stands. Prints the verdict as JSON.
The table is --table or $${TABLE_ENV.Events}; the endpoint --endpoint (DynamoDB Local: credentials are
not checked) or AWS's for --region or the SDK's own resolution (AWS_REGION, the profile).

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

    client = new DynamoDBClient(endpoint ? { ...localAws, endpoint } : region ? { region } : {});
    const verdict = await verifyAuditReport(new EventStore(DynamoDBDocumentClient.from(client), table), {
      request: {
        ...request,
        ...(contributionId ? { contributionId } : {}),
        ...(knownAt ? { knownAt } : {}),
      },
      ...(digest ? { digest } : {}),
      ...(report ? { report } : {}),
    });
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
