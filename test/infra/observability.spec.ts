import { describe, expect, it } from 'vitest';
import { METRIC, METRICS_NAMESPACE, SERVICE_NAME } from '../../functions/commons/metric-names';
import { thresholds } from '../../infra/observability';
import { logicalIdOf, type Resource, resourceOf, resourcesOfType, synth } from './synth';

describe('observability', () => {
  const { stack, template } = synth('dev');
  const { observability, projector, rebuild, api, users } = stack;
  const topicRef = { Ref: logicalIdOf(observability.alarmTopic) };
  const alarm = (construct: Parameters<typeof resourceOf>[1]) => resourceOf(template, construct).Properties;
  const allFunctions = [
    ...api.functions.values(),
    projector.function,
    rebuild.function,
    stack.anchoring.function,
    users.tokenClaims,
  ];

  it('sends every alarm, and its recovery, to one topic', () => {
    const alarms = Object.values(resourcesOfType(template, 'AWS::CloudWatch::Alarm'));
    expect(alarms.length).toBe(3 + allFunctions.length);
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
