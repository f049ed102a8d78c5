import { createHash } from 'node:crypto';
import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2 } from 'aws-lambda';
import canonicalize from 'canonicalize';
import type * as z from 'zod';
import type { Decider } from '../../domain/decider';
import { valueDateOf } from '../../domain/views/as-of';
import type { DomainEvent } from '../../events/catalog';
import { type Decide, executeCommand } from '../../events/command-execution';
import type { StoredEvent } from '../../events/envelope';
import { authorization } from './authorization';
import { eventStore } from './clients';
import type { Endpoint } from './dispatch';
import { errorMapping, RequestError } from './errors';
import { type Identity, identityOf } from './identity';
import { outcomeMetrics } from './metrics';
import { correlationId, jsonBody, lambdaContext, MAX_DOCUMENT_BYTES, validation } from './middlewares';
import { json, jsonText } from './responses';
import { type ViewContext, viewContextOf } from './view-context';

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;
export const IF_MATCH = /^"?(\d{1,15})"?$/;

/** What an endpoint accepts and answers, read by `functions/openapi/document.ts`. */
export interface Contract {
  readonly kind: 'command' | 'query';
  readonly params: z.ZodType;
  /** Query-string parameters, validated like the path's; a query route may have them. */
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  readonly successStatus: 200 | 201;
  /** The operation's description in the document, below its summary (the route's row holds that). */
  readonly description?: string;
  /** The success answer's media type when it is a document rather than JSON (an IATI file's XML). */
  readonly mediaType?: string;
  /** Another media type the same answer comes in, on request (an audit report's CSV). */
  readonly alsoAs?: string;
  /** Headers of the success answer besides those every answer has, by name in the document's components. */
  readonly answerHeaders?: readonly ('ETag' | 'ReportDigest' | 'ContentDisposition')[];
}

type Described = Pick<Contract, 'description'>;

/** An endpoint built by one of the helpers below; `contract` makes the OpenAPI document. */
export type ContractedEndpoint = Endpoint & { readonly contract: Contract };

export const withContract = (endpoint: Endpoint, contract: Contract): ContractedEndpoint =>
  Object.assign(endpoint, { contract });

export interface CommandInput<B, P> {
  readonly body: B;
  readonly params: P;
  readonly identity: Identity;
  /** When the command was received: the one clock reading the domain gets. */
  readonly now: string;
}

/** A command's decision, and its subject: the stream an `If-Match` header guards. */
export interface CommandPlan {
  readonly subject: string;
  readonly decide: Decide;
}

/**
 * A command endpoint: count the outcome, normalise headers, let the caller in or not by the access
 * matrix, parse and validate, then decide and append through the event store. The handler supplies
 * only the plan, through `aggregateCommand` or `multiStreamCommand`.
 */
export function commandRoute<B extends z.ZodType, P extends z.ZodType>(
  schemas: { body?: B; params: P } & Described,
  status: 200 | 201,
  plan: (input: CommandInput<z.infer<B>, z.infer<P>>) => CommandPlan,
): ContractedEndpoint {
  const endpoint = middy<Event, APIGatewayProxyResultV2>()
    .use(lambdaContext())
    .use(outcomeMetrics('command'))
    .use(errorMapping())
    .use(httpHeaderNormalizer())
    .use(correlationId())
    .use(authorization())
    .use(jsonBody())
    .use(validation(schemas))
    .handler(async (event) => {
      const identity = identityOf(event);
      const commandId = event.headers['idempotency-key'];
      if (!commandId || !IDEMPOTENCY_KEY.test(commandId))
        throw new RequestError(400, 'invalid-request', [
          { field: 'idempotency-key', reason: 'header required: 8 to 128 letters, digits or . _ : -' },
        ]);
      const expectedVersion = expectedVersionOf(event.headers['if-match']);
      const params = event.pathParameters as z.infer<P>;
      const body = event.body as z.infer<B>;
      const now = requestTime(event);
      const { subject, decide } = plan({ body, params, identity, now });
      const outcome = await executeCommand(
        eventStore(),
        {
          commandId,
          ...(expectedVersion === undefined
            ? {}
            : { guard: { streamId: subject, version: expectedVersion } }),
          requestHash: fingerprint(event.routeKey, params, body),
          metadata: {
            processId: (params as { processId: string }).processId,
            actor: identity.subject,
            role: identity.roles.join(' ') || 'none',
            commandId,
            correlationId: event.headers['x-correlation-id'] ?? event.requestContext.requestId,
            causationId: commandId,
            recordedAt: now,
          },
        },
        decide,
      );
      // The status is the route's, the body the record's: a replay answers exactly what was first sent.
      return jsonText(status, outcome.record.body, outcome.replayed ? { 'idempotent-replayed': 'true' } : {});
    });
  return withContract(endpoint, { ...schemas, kind: 'command', successStatus: status });
}

interface QueryInput<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly identity: Identity;
  /** Normalised to lower case: `accept`, for an endpoint that answers in more than one format. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** `?today=`, `?asOf=` and `?knownAt=` resolved the same way on every query route, the clock read here. */
  readonly view: ViewContext;
  /** When the request was received: what the log holds "now" for a report, an IATI file's `generated-datetime`. */
  readonly now: string;
}

/**
 * A query endpoint: same edge checks and access matrix, and a handler that only reads. It may take
 * query-string parameters, and a JSON body when what it reads is too big for a URL (a document to verify).
 */
export function queryRoute<
  P extends z.ZodType,
  Q extends z.ZodType = z.ZodType<Record<string, never>>,
  B extends z.ZodType = z.ZodType<undefined>,
>(
  schemas: { params: P; query?: Q; body?: B } & Described &
    Pick<Contract, 'mediaType' | 'alsoAs' | 'answerHeaders'>,
  read: (input: QueryInput<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<APIGatewayProxyResultV2>,
): ContractedEndpoint {
  const stack = middy<Event, APIGatewayProxyResultV2>()
    .use(lambdaContext())
    .use(outcomeMetrics('query'))
    .use(errorMapping())
    .use(httpHeaderNormalizer())
    .use(correlationId())
    .use(authorization());
  if (schemas.body) stack.use(jsonBody({ maxBytes: MAX_DOCUMENT_BYTES }));
  const endpoint = stack.use(validation(schemas)).handler(async (event) => {
    const query = event.queryStringParameters ?? {};
    const now = requestTime(event);
    return read({
      params: event.pathParameters as z.infer<P>,
      query: query as z.infer<Q>,
      body: event.body as z.infer<B>,
      identity: identityOf(event),
      headers: event.headers,
      view: viewContextOf(query, now),
      now,
    });
  });
  return withContract(endpoint, { ...schemas, kind: 'query', successStatus: 200 });
}

/** `If-Match: 3` (or `"3"`): the version of the subject the client last saw. */
function expectedVersionOf(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const version = IF_MATCH.exec(header.trim())?.[1];
  if (version === undefined)
    throw new RequestError(400, 'invalid-request', [
      { field: 'if-match', reason: 'must be a stream version, such as 3' },
    ]);
  return Number(version);
}

/** GET of an aggregate's current state: one read of its stream's tip, whatever the stream's length. */
export function stateRoute<P extends z.ZodType, E extends DomainEvent, S extends object>(
  schemas: { params: P } & Described,
  subject: (params: z.infer<P>) => readonly [streamId: string, decider: Decider<never, E, S>],
): ContractedEndpoint {
  return queryRoute({ ...schemas, answerHeaders: ['ETag'] }, async ({ params }) => {
    const stream = await eventStore().load(...subject(params));
    if (stream.version === 0) throw new RequestError(404, 'not-found');
    return json(200, { ...stream.state, version: stream.version }, { etag: `"${stream.version}"` });
  });
}

/**
 * GET of a record's history: its own stream's events in order, each with who recorded it, in what role,
 * when, and the day the books place it on when it carries one. The stream's events are read with one
 * paginated query, however long; hash, command and correlation ids stay for the audit routes.
 */
export function historyRoute<P extends z.ZodType>(
  schemas: { params: P } & Described,
  subject: (params: z.infer<P>) => readonly [streamId: string, ...unknown[]],
): ContractedEndpoint {
  return queryRoute(schemas, async ({ params }) => {
    const [streamId] = subject(params);
    const events = await eventStore().read(streamId);
    if (events.length === 0) throw new RequestError(404, 'not-found');
    return json(200, { items: events.map(historyItem) });
  });
}

const historyItem = (event: StoredEvent) => {
  const valueDate = valueDateOf(event);
  const { actor, role, recordedAt } = event.metadata;
  return {
    version: event.version,
    type: event.type,
    recordedAt,
    actor,
    role,
    ...(valueDate === undefined ? {} : { valueDate }),
    // Described as an object: its fields are its event type's (events/catalog/), not repeated per record.
    data: event.data as Readonly<Record<string, unknown>>,
  };
};

/**
 * The request's one reading of the clock: when API Gateway received it (`requestContext.timeEpoch`),
 * so a command's `recordedAt`, its business-day checks and a view's today agree however long the
 * function took to start.
 */
const requestTime = (event: { requestContext: { timeEpoch: number } }): string =>
  new Date(event.requestContext.timeEpoch).toISOString();

const fingerprint = (routeKey: string, params: unknown, body: unknown): string =>
  createHash('sha256')
    .update(canonicalize({ routeKey, params, body }) ?? '')
    .digest('hex');
