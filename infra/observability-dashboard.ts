import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  type Alarm,
  AlarmStatusWidget,
  GraphWidget,
  type IMetric,
  type IWidget,
  Metric,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { METRIC, METRICS_NAMESPACE, SERVICE_NAME } from '../functions/commons/metric-names';

/** A function by its place in the stack (`Api/BudgetLine`, `Projector/Function`), for ids and labels. */
export const nameOf = (fn: NodejsFunction) => fn.node.path.split('/').slice(1).join('/');

const appMetric = (metricName: string, statistic = 'Sum') =>
  new Metric({
    namespace: METRICS_NAMESPACE,
    metricName,
    dimensionsMap: { service: SERVICE_NAME },
    statistic,
    period: Duration.minutes(5),
  });

/** What the dashboard draws: the alarms, and the signals they watch, graphed beside the rest. */
export interface DashboardSignals {
  readonly httpApi: HttpApi;
  readonly functions: readonly NodejsFunction[];
  readonly projector: NodejsFunction;
  readonly alarms: readonly Alarm[];
  readonly deadLetterDepth: IMetric;
  readonly iteratorAge: IMetric;
  readonly serverErrorRate: IMetric;
  /** Per table: its throttled reads and writes, and DynamoDB's system errors. */
  readonly tables: readonly {
    readonly name: string;
    readonly throttles: IMetric;
    readonly systemErrors: IMetric;
  }[];
}

/** The dashboard's rows: alarms, the API, the commands' outcomes, the projector, the tables, then every function. */
export function dashboardWidgets(signals: DashboardSignals): IWidget[][] {
  const { httpApi, functions, projector, alarms, deadLetterDepth, iteratorAge, serverErrorRate, tables } =
    signals;
  return [
    [
      new AlarmStatusWidget({
        title: 'Alarms',
        width: 24,
        alarms: [...alarms],
      }),
    ],
    [
      new GraphWidget({
        title: 'API: requests and errors',
        width: 8,
        left: [
          httpApi.metricCount({ statistic: 'Sum', period: Duration.minutes(5) }),
          httpApi.metricClientError({ statistic: 'Sum', period: Duration.minutes(5) }),
          httpApi.metricServerError({ statistic: 'Sum', period: Duration.minutes(5) }),
        ],
      }),
      new GraphWidget({ title: 'API: 5xx rate (%)', width: 8, left: [serverErrorRate] }),
      new GraphWidget({
        title: 'API: latency (ms)',
        width: 8,
        left: [
          httpApi.metricLatency({ statistic: 'p50', period: Duration.minutes(5) }),
          httpApi.metricLatency({ statistic: 'p99', period: Duration.minutes(5) }),
        ],
      }),
    ],
    [
      new GraphWidget({
        title: 'Commands',
        width: 12,
        left: [METRIC.commandsAccepted, METRIC.commandsRefused, METRIC.commandsConflicted].map((name) =>
          appMetric(name),
        ),
      }),
      new GraphWidget({
        title: 'Refused at the edge',
        width: 12,
        left: [METRIC.accessRefused, METRIC.requestsInvalid].map((name) => appMetric(name)),
      }),
    ],
    [
      new GraphWidget({ title: 'Events projected', width: 6, left: [appMetric(METRIC.eventsProjected)] }),
      new GraphWidget({
        title: 'Projector lag (ms)',
        width: 6,
        left: [appMetric(METRIC.projectorLag, 'Maximum'), iteratorAge],
      }),
      new GraphWidget({ title: 'Dead letters', width: 6, left: [deadLetterDepth] }),
      new GraphWidget({
        title: 'Projector errors',
        width: 6,
        left: [projector.metricErrors({ statistic: 'Sum', period: Duration.minutes(5) })],
      }),
    ],
    [
      // One graph per table: metric math ids repeat from table to table, and a graph takes each once.
      ...tables.map(
        (table) =>
          new GraphWidget({
            title: `${table.name}: throttles (left), system errors (right)`,
            width: 8,
            left: [table.throttles],
            right: [table.systemErrors],
          }),
      ),
    ],
    [
      new GraphWidget({
        title: 'Functions: errors',
        width: 8,
        left: functions.map((fn) =>
          fn.metricErrors({ statistic: 'Sum', period: Duration.minutes(5), label: nameOf(fn) }),
        ),
      }),
      new GraphWidget({
        title: 'Functions: throttles',
        width: 8,
        left: functions.map((fn) =>
          fn.metricThrottles({ statistic: 'Sum', period: Duration.minutes(5), label: nameOf(fn) }),
        ),
      }),
      new GraphWidget({
        title: 'Functions: duration p99 (ms)',
        width: 8,
        left: functions.map((fn) =>
          fn.metricDuration({ statistic: 'p99', period: Duration.minutes(5), label: nameOf(fn) }),
        ),
      }),
    ],
  ];
}
