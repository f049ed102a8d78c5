import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  MathExpression,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { dashboardWidgets, nameOf } from './observability-dashboard';
import type { StageSettings } from './stage';

export interface ObservabilityProps {
  readonly settings: StageSettings;
  readonly httpApi: HttpApi;
  /** Every Lambda function of the stack, each alarmed on its throttles and graphed. */
  readonly functions: readonly NodejsFunction[];
  readonly projector: NodejsFunction;
  readonly deadLetterQueue: Queue;
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
} as const;

/**
 * What DevOps watches without seeing any data: alarms (to an encrypted SNS topic) on dead letters,
 * the projector's iterator age, the API's 5xx rate and every function's throttles, and one
 * dashboard with the API, the commands' outcomes (Powertools metrics), the projector and the functions.
 */
export class Observability extends Construct {
  readonly alarmTopic: Topic;
  readonly alarms: {
    readonly deadLetters: Alarm;
    readonly iteratorAge: Alarm;
    readonly serverErrors: Alarm;
    readonly throttles: ReadonlyMap<string, Alarm>;
  };
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    const { settings, httpApi, projector, deadLetterQueue } = props;

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
      throttles: new Map(
        props.functions.map((fn) => [
          nameOf(fn),
          alarm(`Throttles-${nameOf(fn).replaceAll('/', '-')}`, {
            alarmDescription: `Throttled invocations of ${nameOf(fn)}.`,
            metric: fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }),
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
        functions: props.functions,
        projector,
        alarms: [
          this.alarms.deadLetters,
          this.alarms.iteratorAge,
          this.alarms.serverErrors,
          ...this.alarms.throttles.values(),
        ],
        deadLetterDepth,
        iteratorAge,
        serverErrorRate,
      }),
    });
  }
}
