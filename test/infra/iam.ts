import type { Template } from 'aws-cdk-lib/assertions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';
import { logicalIdOf, resourcesOfType } from './synth';

interface Statement {
  readonly Effect: 'Allow' | 'Deny';
  readonly Action?: string | string[];
  readonly Resource?: unknown;
  readonly NotAction?: unknown;
  readonly NotResource?: unknown;
}

/** Every Allow statement of the policies attached to a function's role. */
export function allowedStatements(template: Template, fn: IFunction): Statement[] {
  if (!fn.role) throw new Error(`${fn.node.path} has no role`);
  const roleId = logicalIdOf(fn.role);
  const statements = Object.values(resourcesOfType(template, 'AWS::IAM::Policy'))
    .filter((policy) => (policy.Properties.Roles as unknown[]).some((role) => refersTo(role, roleId)))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
  for (const statement of statements) {
    // NotAction/NotResource grant everything but a list: the checks below could not bound them.
    if (statement.NotAction || statement.NotResource) throw new Error('NotAction/NotResource found');
  }
  return statements.filter((statement) => statement.Effect === 'Allow');
}

const refersTo = (value: unknown, logicalId: string): boolean => referencedIds(value).has(logicalId);

/** The logical ids a CloudFormation value points at through `Ref` or `Fn::GetAtt`. */
export function referencedIds(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) referencedIds(item, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'Ref' && typeof inner === 'string') into.add(inner);
      else if (key === 'Fn::GetAtt' && Array.isArray(inner)) into.add(String(inner[0]));
      else referencedIds(inner, into);
    }
  }
  return into;
}

/** A literal ARN pattern with a wildcard (or `*` itself) may match any table or key. */
const coversAnything = (resource: unknown): boolean =>
  [resource].flat().some((item) => typeof item === 'string' && item.includes('*'));

const dataAction = (action: string): boolean =>
  action === '*' || action.startsWith('dynamodb:') || action.startsWith('kms:');

/**
 * The DynamoDB and KMS actions a function may take on any of the given resources (a table with its
 * stream, its key), counting wildcard resources as reaching them.
 */
export function dataActionsOn(template: Template, fn: IFunction, targets: readonly IConstruct[]): string[] {
  const ids = targets.map(logicalIdOf);
  return allowedStatements(template, fn)
    .filter((statement) => {
      if (coversAnything(statement.Resource)) return true;
      const refs = referencedIds(statement.Resource);
      return ids.some((id) => refs.has(id));
    })
    .flatMap((statement) => [statement.Action ?? []].flat())
    .filter(dataAction);
}

/** Every DynamoDB or KMS action the function may take on anything. */
export const allDataActions = (template: Template, fn: IFunction): string[] =>
  allowedStatements(template, fn)
    .flatMap((statement) => [statement.Action ?? []].flat())
    .filter(dataAction);

/** What a reader needs, no more; anything else (PutItem, wildcards, PartiQL writes …) is a write. */
const readOnlyActions = new Set([
  'dynamodb:BatchGetItem',
  'dynamodb:GetItem',
  'dynamodb:Query',
  'dynamodb:Scan',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DescribeTable',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:DescribeStream',
  'dynamodb:ListStreams',
  'kms:Decrypt',
  'kms:DescribeKey',
  'kms:GetPublicKey',
]);

export const writeActions = (actions: readonly string[]): string[] =>
  actions.filter((action) => !readOnlyActions.has(action));
