import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import type { Route } from '../functions/routes';
import type { LocalPerson } from './demo/people';
import type { LocalIssuer } from './tokens';
import { webApp } from './web-app';

type Handler = (
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

/** API Gateway's payload limit for HTTP APIs. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

interface CompiledRoute {
  readonly route: Route;
  readonly pattern: RegExp;
  readonly names: string[];
  handler?: Handler;
}

/**
 * Stands in for API Gateway (HTTP API, payload v2, JWT authorizer): matches the route, verifies the
 * bearer token, and invokes the same handler module Lambda runs with the event shape Lambda gets.
 */
export async function startGateway(options: {
  port: number;
  routes: readonly Route[];
  issuer: LocalIssuer;
  /** The time API Gateway stamps on each request (`requestContext.timeEpoch`): the real clock by default. */
  clock?: () => Date;
  /** Whom the web app offers to sign in as: served at `GET /local/people`. */
  people?: readonly LocalPerson[];
  /** The built web app to serve beside the API (`web/dist`), if any. */
  webRoot?: string;
  /** Takes one line per request answered (`npm start` prints them): see `requestLine`. */
  log?: (line: string) => void;
}): Promise<Server> {
  const compiled = options.routes.map(compile);
  const clock = options.clock ?? (() => new Date());
  const web = options.webRoot ? webApp(options.webRoot, options.routes) : undefined;
  const server = createServer((req, res) => {
    const request: Served = { requestId: randomUUID(), route: NO_ROUTE, started: performance.now() };
    if (options.log) {
      const log = options.log;
      res.once('finish', () => log(requestLine(req, res, request)));
    }
    // Local sign-in, never deployed (not a row of functions/routes.ts): it hands out tokens without
    // asking for one, which is what signing in is on one machine, whose issuer key is in .local/ anyway.
    if (options.people && req.method === 'GET' && req.url?.split('?')[0] === '/local/people') {
      request.route = 'GET /local/people';
      return send(res, { statusCode: 200, body: JSON.stringify({ people: options.people }) });
    }
    serve(req, res, request, compiled, options.issuer, clock, web).catch((error) => {
      console.error('gateway failure', error);
      send(res, { statusCode: 500, body: JSON.stringify({ message: 'Internal Server Error' }) });
    });
  });
  await new Promise<void>((done) => server.listen(options.port, '127.0.0.1', done));
  return server;
}

/** What the request line names: the route matched (its key, not the path with its ids), when it began. */
interface Served {
  readonly requestId: string;
  route: string;
  readonly started: number;
}

const NO_ROUTE = '-';
const WEB_APP = '(web app)';

/**
 * `POST /processes/{processId}/disbursements 201 34 ms 6b0c…`: the method and path of the route key,
 * the status, the milliseconds to the last byte, and the correlation id the function answered with
 * (the request id when the gateway answered itself), so one grep finds a request's every log line.
 */
function requestLine(req: IncomingMessage, res: ServerResponse, served: Served): string {
  const route =
    served.route === NO_ROUTE || served.route === WEB_APP ? `${req.method} ${served.route}` : served.route;
  const ms = Math.round(performance.now() - served.started);
  const correlationId = res.getHeader('x-correlation-id') ?? served.requestId;
  return `${route} ${res.statusCode} ${ms} ms ${correlationId}`;
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  served: Served,
  routes: CompiledRoute[],
  issuer: LocalIssuer,
  clock: () => Date,
  web?: ReturnType<typeof webApp>,
) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const method = req.method ?? 'GET';
  const match = findRoute(routes, method, url.pathname);
  if (match === 'malformed')
    return send(res, { statusCode: 400, body: JSON.stringify({ message: 'Bad Request' }) });
  if (!match) {
    served.route = WEB_APP;
    if (await web?.(req, res, url.pathname)) return;
    served.route = NO_ROUTE;
    return send(res, { statusCode: 404, body: JSON.stringify({ message: 'Not Found' }) });
  }

  const body = await readBody(req);
  if (body === undefined)
    return send(res, { statusCode: 413, body: JSON.stringify({ message: 'Request Entity Too Large' }) });

  const { route, params } = match;
  served.route = route.route.key;
  // A public route has no authorizer: no token is checked and the function gets no claims.
  const claims = route.route.access === 'public' ? undefined : await claimsOf(req, issuer);
  // The JWT authorizer answers these itself; the function is never invoked.
  if (route.route.access !== 'public' && !claims)
    return send(res, { statusCode: 401, body: JSON.stringify({ message: 'Unauthorized' }) });

  route.handler ??= (await import(pathToFileURL(resolve(route.route.entry)).href)).handler as Handler;
  const { requestId } = served;
  const now = clock();
  const event: APIGatewayProxyEventV2WithJWTAuthorizer = {
    version: '2.0',
    routeKey: `${route.route.method} ${route.route.path}`,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers: headersOf(req),
    ...(url.search ? { queryStringParameters: queryOf(url.searchParams) } : {}),
    ...(Object.keys(params).length ? { pathParameters: params } : {}),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: url.host,
      domainPrefix: 'localhost',
      http: {
        method,
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: req.headers['user-agent'] ?? '',
      },
      requestId,
      routeKey: `${route.route.method} ${route.route.path}`,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
      ...(claims
        ? {
            authorizer: {
              principalId: '',
              integrationLatency: 0,
              jwt: { claims: flatten(claims), scopes: [] },
            },
          }
        : {}),
    } as APIGatewayProxyEventV2WithJWTAuthorizer['requestContext'],
    ...(body.length ? { body: body.toString('utf8') } : {}),
    isBase64Encoded: false,
  };
  const context = { awsRequestId: requestId, functionName: route.route.name } as Context;
  send(res, await route.handler(event, context));
}

async function claimsOf(req: IncomingMessage, issuer: LocalIssuer) {
  const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  return token ? await issuer.verify(token).catch(() => undefined) : undefined;
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route, pattern: new RegExp(`^${source}$`), names };
}

/** The route and its decoded path parameters; `malformed` when a parameter is not valid percent-encoding. */
function findRoute(routes: CompiledRoute[], method: string, path: string) {
  for (const route of routes) {
    if (route.route.method !== method) continue;
    const found = route.pattern.exec(path);
    if (found) {
      try {
        const params = Object.fromEntries(
          route.names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')]),
        );
        return { route, params };
      } catch {
        return 'malformed' as const;
      }
    }
  }
  return undefined;
}

/** Payload format 2.0 joins the values of a repeated query parameter with commas. */
const queryOf = (params: URLSearchParams): Record<string, string> => {
  const query = new Map<string, string>();
  for (const [name, value] of params) {
    const earlier = query.get(name);
    query.set(name, earlier === undefined ? value : `${earlier},${value}`);
  }
  return Object.fromEntries(query);
};

/** API Gateway hands claims over as strings, lists flattened to "[a b]". */
const flatten = (claims: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(claims).map(([k, v]) => [k, Array.isArray(v) ? `[${v.join(' ')}]` : String(v)]),
  );

/** Lower-cased names, repeated headers joined by commas, as in payload format 2.0. */
const headersOf = (req: IncomingMessage): Record<string, string> =>
  Object.fromEntries(
    Object.entries(req.headers).map(([k, v]) => [
      k.toLowerCase(),
      Array.isArray(v) ? v.join(',') : (v ?? ''),
    ]),
  );

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, result: APIGatewayProxyStructuredResultV2) {
  if (res.headersSent) return;
  res.writeHead(result.statusCode ?? 200, {
    'content-type': 'application/json',
    ...(result.headers as Record<string, string>),
  });
  res.end(result.body ?? '');
}
