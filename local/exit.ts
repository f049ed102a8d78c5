import { BrokenChain, UnreadableEvent } from '../events/errors';

/**
 * What `npm run audit:verify` and `npm run rebuild` exit with, so a script can tell the cases apart
 * (docs/operations.md): the log does not hold, the command was given wrongly, something it must read
 * is not there or cannot be reached, or it failed otherwise.
 */
export const EXIT = { ok: 0, tampered: 1, usage: 2, unreadable: 3, failed: 4 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Bad or missing arguments: the message says what to give instead. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A file or table named that is not there, or cannot be read. */
export class CannotRead extends Error {
  override readonly name = 'CannotRead';
}

/** Where a tool reads from, to name it in a failure. */
export interface Source {
  readonly table: string;
  /** The endpoint given, or AWS's own for the region. */
  readonly endpoint: string | undefined;
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET']);

/** An error as its exit code and the one line that says it, never a stack trace. */
export function failureOf(error: unknown, source: Source): { code: ExitCode; line: string } {
  const { name, code, message } = error as { name?: string; code?: string; message?: string };
  const where = source.endpoint ?? 'AWS';
  if (error instanceof UsageError) return { code: EXIT.usage, line: error.message };
  if (error instanceof CannotRead) return { code: EXIT.unreadable, line: error.message };
  if (error instanceof BrokenChain || error instanceof UnreadableEvent)
    return { code: EXIT.tampered, line: `the log does not hold at ${error.message}` };
  if (message === 'Region is missing')
    return { code: EXIT.usage, line: 'no region: set AWS_REGION, or give --endpoint for DynamoDB Local' };
  if (name === 'ValidationException' && /specified index/.test(message ?? ''))
    return {
      code: EXIT.usage,
      line: `table ${source.table} is not an Events table: it has no byProcess index`,
    };
  if (name === 'ResourceNotFoundException')
    return { code: EXIT.unreadable, line: `table ${source.table} does not exist at ${where}` };
  if ((code && UNREACHABLE.has(code)) || name === 'TimeoutError')
    return { code: EXIT.unreadable, line: `cannot reach ${where}: ${message}` };
  if (
    name &&
    ['CredentialsProviderError', 'UnrecognizedClientException', 'AccessDeniedException'].includes(name)
  )
    return { code: EXIT.unreadable, line: `cannot read ${source.table}: ${message}` };
  return { code: EXIT.failed, line: message ?? String(error) };
}
