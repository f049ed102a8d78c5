import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { BucketDeployment } from 'aws-cdk-lib/aws-s3-deployment';

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

/**
 * CDK's BucketDeployment copies the built web app from CDK's asset bucket into the web bucket and
 * invalidates CloudFront's cache. Its function and role are CDK's own (one per stack), as CDK writes them.
 */
export function acknowledgeWebDeployment(deployment: BucketDeployment, bucket: IBucket): void {
  const stack = Stack.of(deployment);
  const handler = stack.node.children.find((child) =>
    child.node.id.startsWith('Custom::CDKBucketDeployment'),
  );
  if (!handler) throw new Error('no BucketDeployment function in the stack');
  const assets = 'arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*';
  const families =
    'The action families CDK grants the deployment to read assets and to sync the web bucket; on CDK’s asset bucket and the web bucket only, which holds the built app and no data.';
  Validations.of(deployment.handlerRole).acknowledge(
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason:
        'Its logs only, as CDK writes this role; the function runs only while a deployment copies files.',
    },
    ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((action) => ({
      id: `AwsSolutions-IAM5[Action::${action}]`,
      reason: families,
    })),
    {
      id: `AwsSolutions-IAM5[Resource::${assets}]`,
      reason: 'The assets CDK uploaded for this stack, read once per deployment.',
    },
    {
      id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(bucket.node.defaultChild as CfnElement)}.Arn>/*]`,
      reason:
        'The web bucket’s objects: the deployment writes the app and removes files a new build no longer has.',
    },
    {
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'cloudfront:CreateInvalidation and GetInvalidation, as CDK grants them; they empty the cache of the app’s files only.',
    },
  );
  Validations.of(handler).acknowledge({
    id: 'AwsSolutions-L1',
    reason:
      'CDK’s own deployment function (Python with the AWS CLI layer); its runtime follows the aws-cdk-lib version.',
  });
}
