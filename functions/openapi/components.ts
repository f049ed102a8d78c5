import { refusals } from '../../domain/refusals';
import { RETRY_BUDGET_MS } from '../../events/command-execution';
import { edgeCodes } from '../commons/errors';
import { IDEMPOTENCY_KEY, IF_MATCH } from '../commons/http';

/** Every code an error answer can carry, the domain's and the edge's: a client can switch on them. */
const errorCodes = [...new Set([...Object.keys(refusals), ...edgeCodes])].sort();

/** The shapes `functions/commons/errors.ts` and API Gateway answer with, shared by every operation. */
const schemas = {
  InvalidRequest: {
    type: 'object',
    required: ['error', 'issues'],
    properties: {
      error: { type: 'string' },
      issues: {
        type: 'array',
        items: {
          type: 'object',
          required: ['field', 'reason'],
          properties: { field: { type: 'string' }, reason: { type: 'string' } },
        },
      },
    },
  },
  Refusal: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'string',
        enum: errorCodes,
        description: 'A stable code, such as maker-cannot-approve.',
      },
      details: { type: 'object', description: 'The numbers that caused the refusal.' },
    },
  },
  GatewayError: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
  InternalError: {
    type: 'object',
    required: ['error'],
    properties: { error: { const: 'internal-error' }, correlationId: { type: 'string' } },
  },
} as const;

/** Response headers, named in components so each operation references them. */
const headers = {
  CorrelationId: {
    description: 'On every answer: the request’s correlation id, under which it is logged.',
    schema: { type: 'string' },
  },
  ETag: {
    description: 'The version of the state answered, quoted: send it back as If-Match.',
    schema: { type: 'string' },
  },
  IdempotentReplayed: {
    description: '`true` when the answer is the replay of an earlier command with the same Idempotency-Key.',
    schema: { type: 'string', const: 'true' },
  },
  ReportDigest: {
    description: 'The report’s SHA-256 digest, as in its JSON: what verification compares.',
    schema: { type: 'string' },
  },
  ContentDisposition: {
    description: 'A download under a file name naming the process, donor and period.',
    schema: { type: 'string' },
  },
  RetryAfter: {
    description: 'On `try-again`: the seconds to wait before sending the same request again.',
    schema: { type: 'string', pattern: '^[0-9]+$' },
  },
} as const;

export type AnswerHeader = keyof typeof headers;

/** A new object each time: a validator resolving references in place must not change another document. */
export const correlation = () => ({ 'x-correlation-id': { $ref: '#/components/headers/CorrelationId' } });

const answer = (
  description: string,
  schema: keyof typeof schemas,
  headers: Record<string, { $ref: string }> = {},
) => ({
  description,
  headers: { ...correlation(), ...headers },
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
});

const responses = {
  BadRequest: answer('The request names each field it got wrong: path, body or header.', 'InvalidRequest'),
  Unauthorized: answer('No valid bearer token: answered by the JWT authorizer.', 'GatewayError'),
  Forbidden: answer(
    "The token's roles or processes do not allow this route (the access matrix): `forbidden`, nothing else.",
    'Refusal',
  ),
  NotFound: answer('The process or record does not exist.', 'Refusal'),
  Conflict: answer(
    'The state does not allow it, a stale write (If-Match), or a reused idempotency key; or ' +
      `\`try-again\`: concurrent writes kept winning for the ${RETRY_BUDGET_MS / 1000} seconds a command retries, nothing was ` +
      'recorded, and the same request (same Idempotency-Key) may be sent again after `Retry-After` seconds.',
    'Refusal',
    { 'retry-after': { $ref: '#/components/headers/RetryAfter' } },
  ),
  PayloadTooLarge: answer(
    'The body is over 1 MiB, or 5 MiB for a document to verify (`body-too-large`), or over the gateway’s 10 MB.',
    'Refusal',
  ),
  UnsupportedMediaType: answer('The body is not application/json.', 'InvalidRequest'),
  UnprocessableContent: answer('A rule of the domain refuses the command.', 'Refusal'),
  LogUnreadable: answer(
    'A stored event the answer rests on cannot be read (`log-unreadable`): `details` names its `streamId`, `version` and `problem`.',
    'Refusal',
  ),
  InternalError: answer('An unexpected failure, logged under the correlation id.', 'InternalError'),
} as const;

export type ErrorResponse = keyof typeof responses;

/** The error responses each kind of route can produce, by status. */
export const errorsOf: Record<'command' | 'query' | 'public', Partial<Record<number, ErrorResponse>>> = {
  command: {
    400: 'BadRequest',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'NotFound',
    409: 'Conflict',
    413: 'PayloadTooLarge',
    415: 'UnsupportedMediaType',
    422: 'UnprocessableContent',
    500: 'InternalError',
  },
  query: {
    400: 'BadRequest',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'NotFound',
    409: 'LogUnreadable',
    500: 'InternalError',
  },
  public: { 500: 'InternalError' },
};

const parameters = {
  IdempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    required: true,
    description: 'Chosen by the client per command; a retry with the same key and body replays the answer.',
    schema: { type: 'string', pattern: IDEMPOTENCY_KEY.source },
  },
  IfMatch: {
    name: 'If-Match',
    in: 'header',
    required: false,
    description:
      'The version of the subject last seen (its ETag); a newer version answers 409 stale-version.',
    schema: { type: 'string', pattern: IF_MATCH.source },
  },
} as const;

export type CommandHeader = keyof typeof parameters;

export const components = {
  securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
  schemas,
  responses,
  parameters,
  headers,
} as const;
