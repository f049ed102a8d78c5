import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { type SecretariatStack, secretariatStack } from '../../infra/stack';
import type { Stage } from '../../infra/stage';

export interface Synthesized {
  readonly stack: SecretariatStack;
  readonly template: Template;
}

/** A synthesized CloudFormation resource, as the assertions below read it. */
export interface Resource {
  readonly Type: string;
  // biome-ignore lint/suspicious/noExplicitAny: CloudFormation JSON, read property by property in assertions
  readonly Properties: Record<string, any>;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
}

/** The feature flags `cdk synth` reads from cdk.json, so the tests see the template it would write. */
const featureFlags: Record<string, unknown> = JSON.parse(
  readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8'),
).context;

/** The app's context without bundling: synthesis takes seconds, and esbuild never runs. */
export function appContext(stage?: string): Record<string, unknown> {
  return { ...featureFlags, 'aws:cdk:bundling-stacks': [], ...(stage === undefined ? {} : { stage }) };
}

/** A stand-in for `web/dist`, so the infra tests need no web build. */
export const webAssets = mkdtempSync(join(tmpdir(), 'web-dist-'));
writeFileSync(join(webAssets, 'index.html'), '<!doctype html><title>CMB secretariat</title>');

const synthesized = new Map<Stage, Synthesized>();

export function synth(stage: Stage): Synthesized {
  let result = synthesized.get(stage);
  if (!result) {
    // CloudFormation schema validation takes seconds per synthesis; stack.spec.ts runs it once.
    const app = new App({ context: appContext(stage), builtinCloudFormationValidation: false });
    const stack = secretariatStack(app, { webAssets });
    result = { stack, template: Template.fromStack(stack) };
    synthesized.set(stage, result);
  }
  return result;
}

/** The dev stack with extra context, as `cdk deploy -c key=value` would build it. */
export function synthWith(context: Record<string, string>): Synthesized {
  const app = new App({
    context: { ...appContext('dev'), ...context },
    builtinCloudFormationValidation: false,
  });
  const stack = secretariatStack(app, { webAssets });
  return { stack, template: Template.fromStack(stack) };
}

export const logicalIdOf = (construct: IConstruct): string =>
  Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnElement);

/** The resource a construct synthesized to, found by its logical id rather than by guessing. */
export function resourceOf(template: Template, construct: IConstruct): Resource {
  const id = logicalIdOf(construct);
  const resource = template.toJSON().Resources?.[id];
  if (!resource) throw new Error(`no resource ${id} in the template`);
  return resource as Resource;
}

export const resourcesOfType = (template: Template, type: string): Record<string, Resource> =>
  template.findResources(type) as Record<string, Resource>;
