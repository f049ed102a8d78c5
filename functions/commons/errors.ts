import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { DomainRefusal } from '../../domain/errors';
import type { RefusalKind } from '../../domain/refusal-kind';
import { type RefusalCode, refusals } from '../../domain/refusals';
import {
  IdempotencyKeyReused,
  StaleVersion,
  TransactionTooLarge,
  TryAgain,
  UnreadableEvent,
} from '../../events/errors';
import { logger } from './clients';
import { json } from './responses';

/**
 * The codes the edge answers beside the domain's refusals: about the request, its token, its access,
 * what it names, and the store's guards. With the domain's, they make the document's refusal enum.
 */
export const edgeCodes = [
  'invalid-request',
  'invalid-json',
  'unsupported-media-type',
  'body-too-large',
  'unauthenticated',
  'forbidden',
  'not-found',
  'route-not-found',
  'donor-not-found',
  'contribution-not-found',
  'try-again',
  'idempotency-key-reused',
  'stale-version',
  'command-too-large',
  'log-unreadable',
  'internal-error',
] as const;

export type ErrorCode = RefusalCode | (typeof edgeCodes)[number];

/** An error the edge raises about the request itself: it names the field and the reason. */
export class RequestError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413 | 415,
    readonly code: ErrorCode,
    readonly issues: readonly { field: string; reason: string }[] = [],
  ) {
    super(code);
    this.name = 'RequestError';
  }
}

/** 404 for what does not exist, 409 for a state that does not allow it, 422 for a rule of the domain. */
const statusOfKind: Record<RefusalKind, 404 | 409 | 422> = { 'not-found': 404, conflict: 409, rule: 422 };

/** Every failure leaves here as JSON with a stable code; nothing internal is echoed. */
export const errorMapping = (): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyResultV2> => ({
  onError: async (request) => {
    const error = request.error;
    const correlationId = request.event.headers?.['x-correlation-id'];
    request.response = responseFor(error, correlationId);
    // Answered 409, so no 5xx alarm fires: the log line is what tells the operator the log is damaged.
    if (error instanceof UnreadableEvent)
      logger.error('stored event unreadable', { ...details(error), reason: error.reason, correlationId });
    if (request.response.statusCode === 500) logger.error('unhandled failure', { error, correlationId });
    if (correlationId)
      request.response.headers = { ...request.response.headers, 'x-correlation-id': correlationId };
  },
});

function responseFor(error: unknown, correlationId: string | undefined) {
  // A refusal of access (403) or of the token (401) carries its code alone: nothing about the data.
  if (error instanceof RequestError)
    return json(error.status, {
      error: error.code,
      ...(error.issues.length ? { issues: error.issues } : {}),
    });
  if (error instanceof DomainRefusal)
    return json(statusOfKind[refusals[error.code]], { error: error.code, details: error.details });
  // A lost race is retried within the command; only a spent retry budget reaches the client.
  if (error instanceof TryAgain)
    return json(409, { error: 'try-again' }, { 'retry-after': String(error.retryAfterSeconds) });
  if (error instanceof IdempotencyKeyReused) return json(409, { error: 'idempotency-key-reused' });
  if (error instanceof StaleVersion)
    return json(409, { error: 'stale-version', details: { currentVersion: error.currentVersion } });
  if (error instanceof TransactionTooLarge)
    return json(422, { error: 'command-too-large', details: { items: error.items } });
  // The log holds an item nothing can read: the answer would rest on part of it, so there is none.
  if (error instanceof UnreadableEvent)
    return json(409, { error: 'log-unreadable', details: details(error) });
  if (isMalformedJson(error))
    return json(400, { error: 'invalid-json', issues: [{ field: 'body', reason: 'is not valid JSON' }] });
  if (isUnsupportedMediaType(error))
    return json(415, {
      error: 'unsupported-media-type',
      issues: [{ field: 'content-type', reason: 'must be application/json' }],
    });
  return json(500, { error: 'internal-error', correlationId });
}

/** The item named: which stream, which version, and why it cannot be read (never the item itself). */
const details = ({ streamId, version, problem }: UnreadableEvent) => ({ streamId, version, problem });

// @middy/http-json-body-parser answers both a wrong content type and malformed JSON with 415; the
// contract here is 400 for a body that is not JSON.
const fromBodyParser = (error: unknown): error is Error & { cause?: { package?: string } } =>
  error instanceof Error &&
  (error.cause as { package?: string } | undefined)?.package === '@middy/http-json-body-parser';
const isMalformedJson = (error: unknown) => fromBodyParser(error) && /malformed/i.test(error.message);
const isUnsupportedMediaType = (error: unknown) => fromBodyParser(error) && !/malformed/i.test(error.message);
