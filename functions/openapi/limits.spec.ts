import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { contractsOf } from '../commons/contracts';
import { httpFunctions } from '../routes';

type Schema = Record<string, unknown>;

/**
 * Every field a client sends is bounded: a string by a length, an enum, a constant or an anchored
 * pattern without open repetition; a number by a minimum and a maximum; an array by a count; an
 * object closed to fields it does not name. Returns each field that is not, by its path.
 */
function unbounded(schema: Schema, path: string, defs: Record<string, Schema>): string[] {
  if (typeof schema.$ref === 'string') {
    const target = defs[schema.$ref.replace('#/$defs/', '')];
    return target ? unbounded(target, path, defs) : [`${path}: unresolved ${schema.$ref}`];
  }
  const alternatives = [schema.anyOf, schema.oneOf, schema.allOf].flat().filter(Boolean) as Schema[];
  if (alternatives.length) return alternatives.flatMap((inner) => unbounded(inner, path, defs));
  if ('const' in schema || 'enum' in schema) return [];
  switch (schema.type) {
    case 'string': {
      const pattern = typeof schema.pattern === 'string' ? schema.pattern : undefined;
      const closedPattern =
        pattern?.startsWith('^') && pattern.endsWith('$') && !/[*+]|\{\d+,\}/.test(pattern);
      return typeof schema.maxLength === 'number' || closedPattern ? [] : [`${path}: string without a limit`];
    }
    case 'number':
    case 'integer':
      return 'maximum' in schema && 'minimum' in schema ? [] : [`${path}: number without a range`];
    case 'boolean':
    case 'null':
      return [];
    case 'array':
      return [
        ...(typeof schema.maxItems === 'number' ? [] : [`${path}: array without a maximum count`]),
        ...unbounded(schema.items as Schema, `${path}[]`, defs),
      ];
    case 'object':
      return [
        ...(schema.additionalProperties === false ? [] : [`${path}: object open to unknown fields`]),
        ...Object.entries((schema.properties ?? {}) as Record<string, Schema>).flatMap(([name, inner]) =>
          unbounded(inner, path ? `${path}.${name}` : name, defs),
        ),
      ];
    default:
      return [`${path}: no type`];
  }
}

const check = (schema: z.ZodType, root: string) => {
  const json = z.toJSONSchema(schema, { io: 'input' }) as Schema;
  return unbounded(json, root, (json.$defs ?? {}) as Record<string, Schema>);
};

/**
 * The one field exempt, and why: a report handed back for verification is a document the server
 * issued, compared field by field with the log and never stored, so its fields are whatever the report
 * has. It is still bounded as a whole by the body's size and nesting limits.
 */
const documentsToVerify: Readonly<Record<string, string>> = {
  'POST /processes/{processId}/audit-reports/verify': 'report',
};
const exempt = (key: string, finding: string) => {
  const field = documentsToVerify[key];
  return field !== undefined && (finding.startsWith(`${field}:`) || finding.startsWith(`${field}.`));
};

describe('the limits on what a client sends', async () => {
  const contracts = [...(await contractsOf(httpFunctions)).entries()];

  it.each(contracts)('%s: every path, query and body field is bounded and closed', (key, contract) => {
    const findings = [
      ...check(contract.params, 'path'),
      ...(contract.query ? check(contract.query, 'query') : []),
      ...(contract.body ? check(contract.body, '') : []),
    ];
    expect(findings.filter((finding) => !exempt(key, finding))).toEqual([]);
  });

  it('finds an unbounded field when there is one', () => {
    const open = z.object({ note: z.string(), count: z.number(), tags: z.array(z.string().max(3)) });
    expect(check(open, '')).toEqual([
      ': object open to unknown fields',
      'note: string without a limit',
      'count: number without a range',
      'tags: array without a maximum count',
    ]);
  });
});
