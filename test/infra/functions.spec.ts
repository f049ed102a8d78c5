import { describe, expect, it } from 'vitest';
import { httpFunctions } from '../../functions/routes';
import { resourceOf, resourcesOfType, synth } from './synth';

describe('every Lambda function', () => {
  const { stack, template } = synth('dev');
  // CDK's own function copying the web app into its bucket is CDK's to build (Python, AWS CLI layer).
  const all = Object.entries(resourcesOfType(template, 'AWS::Lambda::Function'));
  const webDeployment = all.filter(([id]) => id.startsWith('CustomCDKBucketDeployment'));
  const functions = all.filter((entry) => !webDeployment.includes(entry));
  const logGroups = resourcesOfType(template, 'AWS::Logs::LogGroup');
  const prod = synth('prod');

  it('is a route handler, the projector, the rebuild, the anchor or the token trigger, nothing else', () => {
    expect(functions).toHaveLength(httpFunctions.length + 4);
  });

  it('besides CDK’s one web deployment function, which logs to its own log group for a month', () => {
    expect(webDeployment).toHaveLength(1);
    const logGroupId = webDeployment[0]?.[1].Properties.LoggingConfig?.LogGroup?.Ref;
    expect(logGroups[logGroupId]?.Properties.RetentionInDays).toBe(30);
  });

  describe.each(functions)('%s', (_id, fn) => {
    it('runs the latest Node.js, 24, on arm64', () => {
      expect(fn.Properties.Runtime).toBe('nodejs24.x');
      expect(fn.Properties.Architectures).toEqual(['arm64']);
    });

    it('is traced by X-Ray', () => {
      expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    });

    it('maps stack traces through its source maps', () => {
      expect(fn.Properties.Environment.Variables.NODE_OPTIONS).toBe('--enable-source-maps');
    });

    it('has 512 MB and a timeout', () => {
      expect(fn.Properties.MemorySize).toBe(512);
      expect(fn.Properties.Timeout).toBeGreaterThan(3);
    });

    it('logs to its own log group that expires entries after a month', () => {
      const logGroupId = fn.Properties.LoggingConfig?.LogGroup?.Ref;
      expect(logGroups[logGroupId]?.Properties.RetentionInDays).toBe(30);
    });
  });

  it('answers HTTP within API Gateway’s 30 second integration limit', () => {
    for (const fn of stack.api.functions.values()) {
      expect(resourceOf(template, fn).Properties.Timeout).toBeLessThan(30);
    }
  });

  it('gives each function its own log group', () => {
    const used = [...functions, ...webDeployment].map(([, fn]) => fn.Properties.LoggingConfig?.LogGroup?.Ref);
    expect(new Set(used).size).toBe(functions.length + 1);
  });

  it('keeps log groups in prod when the stack goes, and not in dev', () => {
    const prodGroups = Object.values(resourcesOfType(prod.template, 'AWS::Logs::LogGroup'));
    expect(prodGroups.map((group) => group.DeletionPolicy)).toEqual(prodGroups.map(() => 'Retain'));
    expect(Object.values(logGroups).map((group) => group.DeletionPolicy)).toEqual(
      Object.values(logGroups).map(() => 'Delete'),
    );
  });
});
