import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { synth } from './synth';

/**
 * cdk-nag's AwsSolutions pack, as an AWS reviewer runs it: every finding, error or warning, is either
 * fixed or acknowledged on its construct with a written reason (`Validations.of(…).acknowledge`).
 */
describe.each(['dev', 'prod'] as const)('the %s stack, checked by cdk-nag AwsSolutions', (stage) => {
  it('has no finding left unacknowledged', () => {
    const { stack } = synth(stage);
    const report = new AwsSolutionsChecks().validateScope(stack);
    const findings = report.violations.flatMap((violation) =>
      violation.violatingResources.map(
        (resource) => `${violation.ruleName} at ${resource.constructPath}: ${violation.description}`,
      ),
    );
    expect(findings).toEqual([]);
  });
});
