import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { secretariatStack } from '../../infra/stack';
import { parseStage } from '../../infra/stage';
import { appContext, logicalIdOf, synth, webAssets } from './synth';

describe('the stage', () => {
  it('is dev when none is given', () => {
    expect(parseStage(undefined)).toBe('dev');
  });

  it('accepts dev and prod', () => {
    expect(parseStage('dev')).toBe('dev');
    expect(parseStage('prod')).toBe('prod');
  });

  it.each(['production', 'Prod', '', 42])('refuses %j, naming the stages it accepts', (stage) => {
    expect(() => parseStage(stage)).toThrow(/Unknown stage .*stage=dev or -c stage=prod/);
  });

  it('refuses an unknown stage from the app context before building anything', () => {
    const app = new App({ context: appContext('qa') });
    expect(() => secretariatStack(app)).toThrow('Unknown stage "qa"');
    expect(app.node.children).toHaveLength(0);
  });
});

describe('the stack', () => {
  it('is named after its stage', () => {
    expect(synth('dev').stack.stackName).toBe('CmbSecretariat-dev');
    expect(synth('prod').stack.stackName).toBe('CmbSecretariat-prod');
  });

  it('defaults to dev', () => {
    expect(secretariatStack(new App({ context: appContext() }), { webAssets }).stackName).toBe(
      'CmbSecretariat-dev',
    );
  });

  describe('outputs', () => {
    const { stack, template } = synth('dev');
    const outputs = template.toJSON().Outputs;

    it.each([
      ['ApiUrl', { 'Fn::GetAtt': [logicalIdOf(stack.api.httpApi), 'ApiEndpoint'] }],
      ['EventsTableName', { Ref: logicalIdOf(stack.tables.events) }],
      ['ReadModelsTableName', { Ref: logicalIdOf(stack.tables.readModels) }],
      ['UserPoolId', { Ref: logicalIdOf(stack.users.userPool) }],
      ['UserPoolClientId', { Ref: logicalIdOf(stack.users.client) }],
      ['DeadLetterQueueUrl', { Ref: logicalIdOf(stack.projector.deadLetterQueue) }],
      ['StandbyReadModelsTableName', { Ref: logicalIdOf(stack.tables.standbyReadModels) }],
      ['RebuildFunctionName', { Ref: logicalIdOf(stack.rebuild.function) }],
      ['AlarmTopicArn', { Ref: logicalIdOf(stack.observability.alarmTopic) }],
      ['DashboardName', { Ref: logicalIdOf(stack.observability.dashboard) }],
    ])('%s', (name, value) => {
      expect(outputs[name]?.Value).toEqual(value);
    });
  });
});

describe('CloudFormation schema validation', () => {
  // Synthesis with validation is CPU-bound: on a busy 2-core machine it outlasts the default 30 s.
  it.each(['dev', 'prod'])(
    'accepts the %s template',
    (stage) => {
      const app = new App({ context: appContext(stage) });
      secretariatStack(app, { webAssets });
      expect(() => app.synth()).not.toThrow();
    },
    120_000,
  );
});
