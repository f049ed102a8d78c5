import { resolve } from 'node:path';
import type { NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import { describe, expect, it, vi } from 'vitest';
import { projectorEntry, routes } from '../../functions/routes';
import { synth } from './synth';

// Bundling is skipped in these tests, so its options never reach the template: read them on the way in.
const built = vi.hoisted(() => new Map<string, NodejsFunctionProps>());
vi.mock('aws-cdk-lib/aws-lambda-nodejs', async (importOriginal) => {
  const original = await importOriginal<typeof import('aws-cdk-lib/aws-lambda-nodejs')>();
  class RecordedNodejsFunction extends original.NodejsFunction {
    constructor(...args: ConstructorParameters<typeof original.NodejsFunction>) {
      super(...args);
      built.set(this.node.path, args[2] ?? {});
    }
  }
  return { ...original, NodejsFunction: RecordedNodejsFunction };
});

const projectRoot = resolve(import.meta.dirname, '../..');

describe('bundling of every handler', () => {
  const { stack } = synth('dev');
  const functions = [...stack.api.functions.values(), stack.projector.function];
  const propsOf = (path: string): NodejsFunctionProps => {
    const props = built.get(path);
    if (!props) throw new Error(`${path} was not built as a NodejsFunction`);
    return props;
  };

  it('bundles exactly the stack’s functions with esbuild', () => {
    expect([...built.keys()].sort()).toEqual(functions.map((fn) => fn.node.path).sort());
  });

  it('bundles the entry files named in functions/routes.ts, from the project root', () => {
    const expected = [...routes.map((route) => route.entry), projectorEntry].map((entry) =>
      resolve(projectRoot, entry),
    );
    expect(functions.map((fn) => propsOf(fn.node.path).entry)).toEqual(expected);
  });

  it.each(functions.map((fn) => fn.node.path))(
    '%s is minified ESM with source maps, SDK left out',
    (path) => {
      expect(propsOf(path).bundling).toEqual({
        format: 'esm',
        minify: true,
        sourceMap: true,
        externalModules: ['@aws-sdk/*'],
        mainFields: ['module', 'main'],
        banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
      });
    },
  );
});
