import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';

/**
 * cdk-nag findings that CDK's own grants bring, acknowledged where the grant is made, each with the
 * reason it is as narrow as it can be. Anything else is fixed, not acknowledged.
 */
const on = (fn: IFunction) => {
  if (!fn.role) throw new Error(`${fn.node.path} has no role`);
  return Validations.of(fn.role);
};

/** A grant on a customer-managed key names the key; CDK's grant lists two action families on it. */
export function acknowledgeKeyGrant(fn: IFunction): void {
  const reason =
    'The GenerateDataKey*/ReEncrypt* families on one customer-managed key only (a table or the dead-letter queue), as DynamoDB and SQS use that key for their data keys.';
  on(fn).acknowledge(
    { id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]', reason },
    { id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]', reason },
  );
}

/** A grant on a table with indexes covers `<table>/index/*`: that table's own indexes, no other. */
export function acknowledgeIndexGrant(fn: IFunction, table: ITable): void {
  const logicalId = Stack.of(table).getLogicalId(table.node.defaultChild as CfnElement);
  on(fn).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/index/*]`,
    reason: `The indexes of ${table.node.id} only, as infra/tables.ts defines them; the actions are the grant's.`,
  });
}
