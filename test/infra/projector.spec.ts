import { describe, expect, it } from 'vitest';
import { TABLE_ENV } from '../../functions/commons/config';
import { projectorFilterPattern } from '../../infra/tables';
import { allowedStatements } from './iam';
import { logicalIdOf, resourceOf, resourcesOfType, synth } from './synth';

const streamRetentionSeconds = 24 * 60 * 60;

describe('the projector', () => {
  const { stack, template } = synth('dev');
  const { projector, tables } = stack;
  const mappings = Object.values(resourcesOfType(template, 'AWS::Lambda::EventSourceMapping'));
  const mapping = mappings[0]?.Properties ?? {};
  const queueId = logicalIdOf(projector.deadLetterQueue);

  it('has one event source: the Events stream, read from the oldest record kept', () => {
    expect(mappings).toHaveLength(1);
    expect(mapping).toMatchObject({
      FunctionName: { Ref: logicalIdOf(projector.function) },
      EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(tables.events), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 1000,
    });
  });

  it('receives only inserted event items, with the pattern the local poller uses', () => {
    expect(mapping.FilterCriteria).toEqual({
      Filters: [{ Pattern: JSON.stringify(projectorFilterPattern) }],
    });
    expect(JSON.parse(mapping.FilterCriteria.Filters[0].Pattern)).toEqual({
      eventName: ['INSERT'],
      dynamodb: { NewImage: { kind: { S: ['event'] } } },
    });
  });

  it('reports partial batch failures and bisects a failing batch', () => {
    expect(mapping.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    expect(mapping.BisectBatchOnFunctionError).toBe(true);
  });

  it('bounds retries, instead of retrying until the records expire', () => {
    expect(mapping.MaximumRetryAttempts).toBeGreaterThanOrEqual(0);
    expect(mapping.MaximumRetryAttempts).toBeLessThanOrEqual(10);
  });

  it('gives up on a record before the stream trims it, so it reaches the dead-letter queue', () => {
    expect(mapping.MaximumRecordAgeInSeconds).toBeGreaterThan(0);
    expect(mapping.MaximumRecordAgeInSeconds).toBeLessThan(streamRetentionSeconds);
  });

  it('polls each shard with one consumer, so a stream applies in version order', () => {
    expect(mapping.ParallelizationFactor).toBe(1);
  });

  it('sends batches that keep failing to its dead-letter queue', () => {
    expect(mapping.DestinationConfig).toEqual({
      OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } },
    });
  });

  it('keeps dead letters for the 14 days SQS allows, encrypted with their own rotating key', () => {
    const queue = resourceOf(template, projector.deadLetterQueue).Properties;
    expect(queue.MessageRetentionPeriod).toBe(14 * 24 * 60 * 60);
    const keyId = queue.KmsMasterKeyId['Fn::GetAtt'][0];
    expect(template.toJSON().Resources[keyId]).toMatchObject({
      Type: 'AWS::KMS::Key',
      Properties: { EnableKeyRotation: true },
    });
    expect(keyId).not.toBe(logicalIdOf(tables.events.encryptionKey as never));
  });

  it('lets the projector send to the encrypted queue, with the queue’s key and no other', () => {
    const key = resourceOf(template, projector.deadLetterQueue).Properties.KmsMasterKeyId['Fn::GetAtt'][0];
    const statements = allowedStatements(template, projector.function);
    expect(statements).toContainEqual(
      expect.objectContaining({
        Action: expect.arrayContaining(['sqs:SendMessage']),
        Resource: { 'Fn::GetAtt': [queueId, 'Arn'] },
      }),
    );
    expect(statements).toContainEqual(
      expect.objectContaining({
        Action: expect.arrayContaining(['kms:GenerateDataKey*', 'kms:Encrypt']),
        Resource: { 'Fn::GetAtt': [key, 'Arn'] },
      }),
    );
  });

  it('refuses dead-letter queue requests without TLS', () => {
    const policies = Object.values(resourcesOfType(template, 'AWS::SQS::QueuePolicy')).filter((policy) =>
      (policy.Properties.Queues as unknown[]).some(
        (queue) => JSON.stringify(queue) === `{"Ref":"${queueId}"}`,
      ),
    );
    expect(policies.flatMap((policy) => policy.Properties.PolicyDocument.Statement)).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 'sqs:*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
  });

  it('finds both tables through the environment', () => {
    expect(resourceOf(template, projector.function).Properties.Environment.Variables).toMatchObject({
      [TABLE_ENV.Events]: { Ref: logicalIdOf(tables.events) },
      [TABLE_ENV.ReadModels]: { Ref: logicalIdOf(tables.readModels) },
    });
  });
});
