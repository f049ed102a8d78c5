import { describe, expect, it } from 'vitest';
import { METRIC, METRICS_NAMESPACE, SERVICE_NAME } from '../../functions/commons/metric-names';
import { thresholds } from '../../infra/observability';
import { logicalIdOf, type Resource, resourceOf, resourcesOfType, synth, synthWith } from './synth';

describe('observability', () => {
  const { stack, template } = synth('dev');
  const { observability, projector, rebuild, api, users, tables } = stack;
  const topicRef = { Ref: logicalIdOf(observability.alarmTopic) };
  const alarm = (construct: Parameters<typeof resourceOf>[1]) => resourceOf(template, construct).Properties;
  const allFunctions = [
    ...api.functions.values(),
    projector.function,
    rebuild.function,
    stack.anchoring.function,
    users.tokenClaims,
  ];
  const allTables = [tables.events, tables.readModels, tables.standbyReadModels, stack.anchoring.table];
  const alarmsOf = () => Object.values(resourcesOfType(template, 'AWS::CloudWatch::Alarm'));
  /** The alarms reading a metric of this name, for this dimension, alone or inside their metric math. */
  const alarmsOn = (metricName: string, dimension: { Name: string; Value: unknown }) =>
    alarmsOf().filter((each) => {
      const metrics = [
        { MetricName: each.Properties.MetricName, Dimensions: each.Properties.Dimensions },
        ...(each.Properties.Metrics ?? []).map(
          (m: { MetricStat?: { Metric: unknown } }) => m.MetricStat?.Metric ?? {},
        ),
      ];
      return metrics.some(
        (m) =>
          m.MetricName === metricName &&
          JSON.stringify(m.Dimensions ?? []).includes(JSON.stringify(dimension)),
      );
    });

  it('sends every alarm, and its recovery, to one topic', () => {
    const alarms = alarmsOf();
    // Dead letters, iterator age, 5xx rate, projector lag; errors and throttles per function; two per table.
    expect(alarms.length).toBe(4 + 2 * allFunctions.length + 2 * allTables.length);
    for (const each of alarms) {
      expect(each.Properties.AlarmActions).toEqual([topicRef]);
      expect(each.Properties.OKActions).toEqual([topicRef]);
      expect(each.Properties.TreatMissingData).toBe('notBreaching');
    }
  });

  it('encrypts the topic with its own key, which CloudWatch may use, and refuses requests without TLS', () => {
    const topic = resourceOf(template, observability.alarmTopic).Properties;
    const keyId = topic.KmsMasterKeyId['Fn::GetAtt'][0];
    const key = template.toJSON().Resources[keyId] as Resource;
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(key.Properties.KeyPolicy.Statement).toContainEqual(
      expect.objectContaining({
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      }),
    );
    const policies = Object.values(resourcesOfType(template, 'AWS::SNS::TopicPolicy'));
    expect(policies.flatMap((policy) => policy.Properties.PolicyDocument.Statement)).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });

  it('alarms as soon as one record reaches the dead-letter queue', () => {
    expect(alarm(observability.alarms.deadLetters)).toMatchObject({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [
        { Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalIdOf(projector.deadLetterQueue), 'QueueName'] } },
      ],
      Statistic: 'Maximum',
      Threshold: thresholds.deadLetters,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      EvaluationPeriods: 1,
    });
  });

  it('alarms when the projector trails the stream by a minute for five minutes', () => {
    expect(alarm(observability.alarms.iteratorAge)).toMatchObject({
      Namespace: 'AWS/Lambda',
      MetricName: 'IteratorAge',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalIdOf(projector.function) } }],
      Statistic: 'Maximum',
      Period: 60,
      Threshold: 60_000,
      EvaluationPeriods: 5,
    });
  });

  it('alarms when 1% of the API’s answers are 5xx, from its 5xx and request counts', () => {
    const properties = alarm(observability.alarms.serverErrors);
    expect(properties).toMatchObject({ Threshold: 1, EvaluationPeriods: 2 });
    const [expression, ...metrics] = properties.Metrics;
    expect(expression).toMatchObject({
      Expression: 'IF(requests > 0, 100 * errors / requests, 0)',
      ReturnData: true,
    });
    const apiId = { Ref: logicalIdOf(api.httpApi) };
    expect(metrics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Id: 'errors',
          MetricStat: expect.objectContaining({
            Metric: {
              Namespace: 'AWS/ApiGateway',
              MetricName: '5xx',
              Dimensions: [{ Name: 'ApiId', Value: apiId }],
            },
            Stat: 'Sum',
          }),
        }),
        expect.objectContaining({
          Id: 'requests',
          MetricStat: expect.objectContaining({
            Metric: {
              Namespace: 'AWS/ApiGateway',
              MetricName: 'Count',
              Dimensions: [{ Name: 'ApiId', Value: apiId }],
            },
          }),
        }),
      ]),
    );
  });

  it.each(allFunctions.map((fn) => [fn.node.path, fn] as const))('alarms on any throttle of %s', (_, fn) => {
    const throttles = Object.values(resourcesOfType(template, 'AWS::CloudWatch::Alarm')).filter(
      (each) =>
        each.Properties.MetricName === 'Throttles' &&
        JSON.stringify(each.Properties.Dimensions) ===
          JSON.stringify([{ Name: 'FunctionName', Value: { Ref: logicalIdOf(fn) } }]),
    );
    expect(throttles).toHaveLength(1);
    expect(throttles[0]?.Properties).toMatchObject({ Threshold: 1, Statistic: 'Sum', EvaluationPeriods: 1 });
  });

  it.each(allFunctions.map((fn) => [fn.node.path, fn] as const))('alarms on any error of %s', (_, fn) => {
    const errors = alarmsOn('Errors', { Name: 'FunctionName', Value: { Ref: logicalIdOf(fn) } });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.Properties).toMatchObject({
      Namespace: 'AWS/Lambda',
      Threshold: 1,
      Statistic: 'Sum',
      Period: 300,
      EvaluationPeriods: 1,
    });
  });

  it('says, when the sign-in trigger fails, that nobody can sign in', () => {
    const trigger = resourceOf(template, observability.alarms.errors.get('Users/TokenClaims') as never);
    expect(trigger.Properties.Dimensions).toEqual([
      { Name: 'FunctionName', Value: { Ref: logicalIdOf(users.tokenClaims) } },
    ]);
    expect(trigger.Properties.AlarmDescription).toMatch(/nobody can sign in/);
    expect([...observability.alarms.errors.keys()][0]).toBe('Users/TokenClaims');
  });

  it('alarms when the projector’s own lag metric stays over a minute for five minutes', () => {
    expect(alarm(observability.alarms.projectorLag)).toMatchObject({
      Namespace: METRICS_NAMESPACE,
      MetricName: METRIC.projectorLag,
      Dimensions: [{ Name: 'service', Value: SERVICE_NAME }],
      Statistic: 'Maximum',
      Period: 60,
      Threshold: thresholds.projectorLagMs,
      EvaluationPeriods: 5,
    });
  });

  describe.each(allTables.map((table) => [table.node.id, table] as const))('the %s table', (_, table) => {
    const tableName = { Name: 'TableName', Value: { Ref: logicalIdOf(table) } };

    it('alarms on throttled reads and writes for two five-minute periods', () => {
      const reads = alarmsOn('ReadThrottleEvents', tableName);
      expect(reads).toHaveLength(1);
      expect(alarmsOn('WriteThrottleEvents', tableName)).toEqual(reads);
      expect(reads[0]?.Properties).toMatchObject({ Threshold: 1, EvaluationPeriods: 2 });
      expect(reads[0]?.Properties.Metrics[0]).toMatchObject({
        Expression: 'reads + writes',
        ReturnData: true,
      });
    });

    it('alarms on any of DynamoDB’s own errors, for every operation the code makes', () => {
      const systemErrors = alarmsOn('SystemErrors', { ...tableName });
      expect(systemErrors).toHaveLength(1);
      const operations = systemErrors[0]?.Properties.Metrics.flatMap(
        (m: { MetricStat?: { Metric: { Dimensions: { Name: string; Value: string }[] } } }) =>
          m.MetricStat?.Metric.Dimensions.filter((d) => d.Name === 'Operation').map((d) => d.Value) ?? [],
      );
      expect(operations).toEqual(
        expect.arrayContaining([
          'GetItem',
          'BatchGetItem',
          'Query',
          'Scan',
          'BatchWriteItem',
          'TransactWriteItems',
        ]),
      );
      // CloudWatch takes ten metrics at most in one alarm.
      expect(systemErrors[0]?.Properties.Metrics.length).toBeLessThanOrEqual(10);
      expect(systemErrors[0]?.Properties).toMatchObject({ Threshold: 1, EvaluationPeriods: 1 });
    });
  });

  describe('the alarm address', () => {
    it('is subscribed to the topic by e-mail when the site names one', () => {
      const site = synthWith({ alarmEmail: 'ops@example.org' });
      expect(Object.values(resourcesOfType(site.template, 'AWS::SNS::Subscription'))).toEqual([
        expect.objectContaining({
          Properties: {
            Protocol: 'email',
            Endpoint: 'ops@example.org',
            TopicArn: { Ref: logicalIdOf(site.stack.observability.alarmTopic) },
          },
        }),
      ]);
    });

    it('is not, and nothing else is, when the site names none', () => {
      expect(resourcesOfType(template, 'AWS::SNS::Subscription')).toEqual({});
    });
  });

  describe('the dashboard', () => {
    const body = JSON.stringify(resourceOf(template, observability.dashboard).Properties.DashboardBody);

    it('graphs the commands’ outcomes and the projector from the metrics the functions emit', () => {
      for (const name of Object.values(METRIC)) {
        expect(body).toContain(
          `[\\"${METRICS_NAMESPACE}\\",\\"${name}\\",\\"service\\",\\"${SERVICE_NAME}\\"`,
        );
      }
    });

    it('shows the API, the dead letters and the iterator age', () => {
      for (const text of [
        'AWS/ApiGateway',
        '5xx',
        'Latency',
        'ApproximateNumberOfMessagesVisible',
        'IteratorAge',
      ])
        expect(body).toContain(text);
    });

    it('shows the state of every alarm', () => {
      for (const alarmId of Object.keys(resourcesOfType(template, 'AWS::CloudWatch::Alarm')))
        expect(body).toContain(`"${alarmId}"`);
    });
  });
});
