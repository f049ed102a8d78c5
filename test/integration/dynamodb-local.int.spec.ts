import { execFileSync } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';

describe('DynamoDB Local', () => {
  it('runs with telemetry off, as npm start, the tests and the benchmarks start it', () => {
    const commandLine = execFileSync('ps', ['-o', 'args=', '-p', `${inject('dynamoPid')}`], {
      encoding: 'utf8',
    });
    expect(commandLine).toContain('DynamoDBLocal.jar');
    expect(commandLine).toContain('-disableTelemetry');
  });
});
