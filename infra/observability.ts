import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { type ITable, Operation } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRIC, METRICS_NAMESPACE, SERVICE_NAME } from '../functions/commons/metric-names';
import { dashboardWidgets, nameOf } from './observability-dashboard';
import type { StageSettings } from './stage';

export interface ObservabilityProps {
  readonly settings: StageSettings;
  readonly httpApi: HttpApi;
  /** Every Lambda function of the stack, each alarmed on its errors and throttles, and graphed. */
  readonly functions: readonly NodejsFunction[];
  /** Cognito's pre-token-generation trigger: when it fails, nobody signs in. */
  readonly signIn: NodejsFunction;
  readonly projector: NodejsFunction;
  readonly deadLetterQueue: Queue;
  /** Every table, each alarmed on its throttles and DynamoDB's own errors, by its id in the stack. */
  readonly tables: readonly ITable[];
  /** Subscribed to the alarm topic; the address confirms by the link AWS sends it. */
  readonly alarmEmail?: string;
}

/** The thresholds, named so docs/operations.md and the assertions test can state them. */
export const thresholds = {
  /** Any dead letter is a record the read models lack until someone replays it. */
  deadLetters: 1,
  /** The projector keeps views within seconds; a minute behind for five minutes is an incident. */
  iteratorAgeMs: 60_000,
  /** Percent of API answers that are 5xx, over five minutes, twice in a row. */
  serverErrorPercent: 1,
  /** Any throttled invocation: someone got no answer, or the projector fell behind. */
  throttles: 1,
  /** Any failed invocation (a crash, a timeout, out of memory: the handlers answer every refusal themselves). */
  errors: 1,
  /** What the projector measures itself (ProjectorLag): the oldest record of a batch, when it arrives. */
  projectorLagMs: 60_000,
  /** Throttled reads and writes on a table, in each of two five-minute periods: more than the SDK's retries absorb. */
  tableThrottles: 1,
  /** DynamoDB's own 500s on a table, in five minutes. */
  tableSystemErrors: 1,
} as const;

/**
 * The calls the store, the projector and the rebuild make (PutItem and UpdateItem besides, which a leaner
 * append may use): DynamoDB counts system errors per operation, and one alarm reads ten metrics at most.
 */
const tableOperations = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.SCAN,
  Operation.GET_RECORDS,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.BATCH_WRITE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
];

/**
 * What DevOps watches without seeing any data: alarms (to an encrypted SNS topic, and from it to the
 * site's alarm address) on what stops users: the sign-in trigger's and every function's errors and
 * throttles, each table's throttles and system errors, the API's 5xx rate, the projector's lag, iterator
 * age and dead letters; and one dashboard with the API, the commands' outcomes (Powertools metrics),
 * the projector, the tables and the functions.
 */
export class Observability extends Construct {
  readonly alarmTopic: Topic;
  readonly alarms: {
    readonly deadLetters: Alarm;
    readonly iteratorAge: Alarm;
    readonly serverErrors: Alarm;
    readonly throttles: ReadonlyMap<string, Alarm>;
    /** By function, the sign-in trigger first. */
    readonly errors: ReadonlyMap<string, Alarm>;
    readonly projectorLag: Alarm;
    /** By table id (`Events`, `ReadModels`, `ReadModelsGreen`). */
    readonly tableThrottles: ReadonlyMap<string, Alarm>;
    readonly tableSystemErrors: ReadonlyMap<string, Alarm>;
  };
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    const { settings, httpApi, projector, deadLetterQueue, signIn } = props;

    const alarmKey = new Key(this, 'AlarmTopicKey', {
      description: `Alarm notifications (${settings.stage})`,
      enableKeyRotation: true,
      removalPolicy: settings.removalPolicy,
    });
    // CloudWatch publishes to an encrypted topic only if the key lets it.
    alarmKey.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );
    this.alarmTopic = new Topic(this, 'AlarmTopic', {
      displayName: `CMB secretariat alarms (${settings.stage})`,
      masterKey: alarmKey,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.alarmTopic.addSubscription(new EmailSubscription(props.alarmEmail));
    const notify = new SnsAction(this.alarmTopic);
    const alarm = (alarmId: string, options: ConstructorParameters<typeof Alarm>[2]) => {
      const created = new Alarm(this, alarmId, {
        treatMissingData: TreatMissingData.NOT_BREACHING,
        ...options,
      });
      created.addAlarmAction(notify);
      created.addOkAction(notify);
      return created;
    };

    const deadLetterDepth = deadLetterQueue.metricApproximateNumberOfMessagesVisible({
      period: Duration.minutes(1),
      statistic: 'Maximum',
    });
    const iteratorAge = projector.metric('IteratorAge', {
      period: Duration.minutes(1),
      statistic: 'Maximum',
    });
    const serverErrorRate = new MathExpression({
      label: '5xx, % of requests',
      expression: 'IF(requests > 0, 100 * errors / requests, 0)',
      usingMetrics: {
        errors: httpApi.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' }),
        requests: httpApi.metricCount({ period: Duration.minutes(5), statistic: 'Sum' }),
      },
      period: Duration.minutes(5),
    });
    const projectorLag = new Metric({
      namespace: METRICS_NAMESPACE,
      metricName: METRIC.projectorLag,
      dimensionsMap: { service: SERVICE_NAME },
      statistic: 'Maximum',
      period: Duration.minutes(1),
    });
    const fiveMinutes = { period: Duration.minutes(5), statistic: 'Sum' } as const;
    const tableId = (table: ITable) => table.node.id;
    const tableThrottles = (table: ITable) =>
      new MathExpression({
        label: `${tableId(table)}: throttled reads and writes`,
        expression: 'reads + writes',
        usingMetrics: {
          reads: table.metric('ReadThrottleEvents', fiveMinutes),
          writes: table.metric('WriteThrottleEvents', fiveMinutes),
        },
        period: Duration.minutes(5),
      });
    const tableSystemErrors = (table: ITable) =>
      table.metricSystemErrorsForOperations({
        operations: tableOperations,
        label: `${tableId(table)}: system errors`,
        ...fiveMinutes,
      });
    // The sign-in trigger first: on the dashboard and in the topic's order of alarms.
    const functions = [signIn, ...props.functions.filter((fn) => fn !== signIn)];
    const idOf = (fn: NodejsFunction) => nameOf(fn).replaceAll('/', '-');

    this.alarms = {
      deadLetters: alarm('DeadLetters', {
        alarmDescription:
          'Projector records in the dead-letter queue: replay them from the Events table (docs/operations.md, Redrive).',
        metric: deadLetterDepth,
        threshold: thresholds.deadLetters,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
      }),
      iteratorAge: alarm('ProjectorIteratorAge', {
        alarmDescription: 'The projector trails the Events stream by over a minute: views are stale.',
        metric: iteratorAge,
        threshold: thresholds.iteratorAgeMs,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 5,
      }),
      serverErrors: alarm('ServerErrorRate', {
        alarmDescription: 'Over 1% of API answers are 5xx: look up the correlation ids in the function logs.',
        metric: serverErrorRate,
        threshold: thresholds.serverErrorPercent,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 2,
      }),
      errors: new Map(
        functions.map((fn) => [
          nameOf(fn),
          alarm(`Errors-${idOf(fn)}`, {
            alarmDescription:
              fn === signIn
                ? 'The sign-in trigger fails: nobody can sign in. Read its log group now (docs/operations.md, Alarms).'
                : `Failed invocations of ${nameOf(fn)} (crash, timeout, out of memory): read its log group.`,
            metric: fn.metricErrors(fiveMinutes),
            threshold: thresholds.errors,
            comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            evaluationPeriods: 1,
          }),
        ]),
      ),
      projectorLag: alarm('ProjectorLag', {
        alarmDescription:
          'Events reach the projector over a minute after they were written, for five minutes: views are stale.',
        metric: projectorLag,
        threshold: thresholds.projectorLagMs,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 5,
      }),
      tableThrottles: new Map(
        props.tables.map((table) => [
          tableId(table),
          alarm(`TableThrottles-${tableId(table)}`, {
            alarmDescription: `DynamoDB throttles reads or writes on ${tableId(table)} for ten minutes: requests slow down or fail.`,
            metric: tableThrottles(table),
            threshold: thresholds.tableThrottles,
            comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            evaluationPeriods: 2,
          }),
        ]),
      ),
      tableSystemErrors: new Map(
        props.tables.map((table) => [
          tableId(table),
          alarm(`TableSystemErrors-${tableId(table)}`, {
            alarmDescription: `DynamoDB answers ${tableId(table)}'s requests with its own errors (500): check the AWS Health Dashboard.`,
            metric: tableSystemErrors(table),
            threshold: thresholds.tableSystemErrors,
            comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            evaluationPeriods: 1,
          }),
        ]),
      ),
      throttles: new Map(
        functions.map((fn) => [
          nameOf(fn),
          alarm(`Throttles-${idOf(fn)}`, {
            alarmDescription: `Throttled invocations of ${nameOf(fn)}.`,
            metric: fn.metricThrottles(fiveMinutes),
            threshold: thresholds.throttles,
            comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            evaluationPeriods: 1,
          }),
        ]),
      ),
    };

    this.dashboard = new Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.hours(6),
      widgets: dashboardWidgets({
        httpApi,
        functions,
        projector,
        alarms: [
          ...this.alarms.errors.values(),
          this.alarms.serverErrors,
          this.alarms.deadLetters,
          this.alarms.projectorLag,
          this.alarms.iteratorAge,
          ...this.alarms.tableThrottles.values(),
          ...this.alarms.tableSystemErrors.values(),
          ...this.alarms.throttles.values(),
        ],
        deadLetterDepth,
        iteratorAge,
        serverErrorRate,
        tables: props.tables.map((table) => ({
          name: tableId(table),
          throttles: tableThrottles(table),
          systemErrors: tableSystemErrors(table),
        })),
      }),
    });
  }
}
