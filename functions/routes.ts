import type { Role } from './access/roles';
import { Audit, Donors } from './route-table/donors';
import {
  BudgetLine,
  BudgetViews,
  Commitment,
  Contribution,
  Disbursement,
  ExchangeRate,
} from './route-table/finance';
import { Me } from './route-table/me';
import { Benchmark, Plan, ReviewPoint, Risk } from './route-table/plan';
import { Process } from './route-table/process';
import { Registers } from './route-table/registers';
import { Appointment, Secondment, StaffingViews } from './route-table/staffing';

/**
 * Every HTTP route, once, grouped by the Lambda function that serves it. The CDK stack makes one
 * function per group and the local gateway serves the same list, so the two cannot drift apart.
 * A group is one family of the domain, which keeps the stack far below CloudFormation's 500 resources.
 *
 * Each route is a row of its group (in functions/route-table/, by family): its key, who may call it and
 * its summary. The function's dispatcher, the access matrix and the OpenAPI document are read from the
 * rows, so a route is named once. This module loads no handler: the stack and the gateway import it.
 */
export type RouteKey = `${'GET' | 'POST'} /${string}`;

export interface RouteRow {
  readonly key: RouteKey;
  /**
   * The roles that may call it, every other refused (403); or `'public'`, served without the JWT
   * authorizer. The rules every row follows are in functions/route-table/readers.ts.
   */
  readonly roles: readonly Role[] | 'public';
  /** The operation's summary in the OpenAPI document. */
  readonly summary: string;
}

interface FunctionGroup {
  /** Module exporting `handler`, the group's `dispatch`, relative to the project root. */
  readonly entry: string;
  /**
   * Commands read and append events; queries read read models and get no write grant. Public routes
   * skip the JWT authorizer, so they get no table at all: only what describes the API may be public.
   * Audit functions read the event log itself (reports as of a date, verification) and write nothing.
   * A caller function answers from the verified token alone (who is calling), so it gets no table.
   */
  readonly access: 'command' | 'query' | 'audit' | 'caller' | 'public';
  /** A query that may also read the Events table (never write it), for views as of a date. */
  readonly readsEvents?: true;
  /**
   * Files the handler reads beside itself (`new URL(name, import.meta.url)`), relative to the project
   * root: copied next to its bundle, so what is data stays out of the code loaded at a cold start.
   */
  readonly files?: readonly string[];
  /** By the name of the endpoint serving the route, as the entry gives it to `dispatch`. */
  readonly routes: Readonly<Record<string, RouteRow>>;
}

/** The API's own description: the one public route, served from the document `npm run docs` writes. */
const OpenApi = {
  entry: 'functions/openapi/handler.ts',
  access: 'public',
  files: ['functions/openapi/openapi.json'],
  routes: { serveDocument: { key: 'GET /openapi.json', roles: 'public', summary: 'This OpenAPI document' } },
} as const;

const functionGroups = {
  Process,
  BudgetLine,
  Commitment,
  Contribution,
  ExchangeRate,
  Disbursement,
  Appointment,
  Secondment,
  Benchmark,
  ReviewPoint,
  Risk,
  BudgetViews,
  StaffingViews,
  Plan,
  Registers,
  Donors,
  Audit,
  Me,
  OpenApi,
} satisfies Readonly<Record<string, FunctionGroup>>;

/** The CDK function group names: its logical ids are made from them. */
export type FunctionName = keyof typeof functionGroups;

/** The names of a function's endpoints, one per route: what its `dispatch` must be given, exactly. */
export type EndpointName<F extends FunctionName> = keyof (typeof functionGroups)[F]['routes'] & string;

export interface Route extends RouteRow {
  readonly method: 'GET' | 'POST';
  /** API Gateway route path, `{name}` for a path parameter. */
  readonly path: string;
  /** The function serving it. */
  readonly name: string;
  /** The endpoint serving it, by its name in the function's `dispatch`. */
  readonly endpoint: string;
  readonly entry: string;
  readonly access: FunctionGroup['access'];
}

export interface HttpFunction extends Omit<FunctionGroup, 'routes'> {
  readonly name: FunctionName;
  readonly routes: readonly Route[];
}

export const httpFunctions: readonly HttpFunction[] = Object.entries(functionGroups).map(
  ([name, group]: [string, FunctionGroup]) => ({
    ...group,
    name: name as FunctionName,
    routes: Object.entries(group.routes).map(([endpoint, row]) => {
      const [method, path] = row.key.split(' ') as [Route['method'], string];
      return { ...row, method, path, name, endpoint, entry: group.entry, access: group.access };
    }),
  }),
);

export const routes: readonly Route[] = httpFunctions.flatMap((fn) => fn.routes);

/** The projector: consumes the Events table's stream and keeps the read models. */
export const projectorEntry = 'functions/projector.ts';

/** The rebuild: replays the Events table into the standby read models, invoked by hand. */
export const rebuildEntry = 'functions/rebuild/handler.ts';

/** The anchor: signs every stream's tip, on the stack's schedule. */
export const anchorEntry = 'functions/anchor/handler.ts';

/** Cognito's pre-token-generation trigger: puts the processes and donor id into access tokens. */
export const preTokenGenerationEntry = 'functions/access/pre-token-generation.ts';
