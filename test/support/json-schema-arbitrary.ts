import fc from 'fast-check';

type Schema = Record<string, unknown>;

/**
 * Values that satisfy a JSON Schema as `z.toJSONSchema` writes it (the shapes this API's contracts
 * use: objects, arrays, strings with lengths or patterns, dates, bounded numbers, enums, unions), so a
 * fuzzer can send bodies that get past validation and reach the domain. `hints` give, by property
 * name, values worth sending more often (ids that exist, the currencies in use).
 */
export function arbitraryOf(
  schema: Schema,
  hints: Readonly<Record<string, fc.Arbitrary<unknown>>> = {},
  defs: Record<string, Schema> = (schema.$defs ?? {}) as Record<string, Schema>,
  name?: string,
): fc.Arbitrary<unknown> {
  const generated = generate(schema, hints, defs);
  const hint = name === undefined ? undefined : hints[name];
  return hint ? fc.oneof(hint, generated) : generated;
}

function generate(
  schema: Schema,
  hints: Readonly<Record<string, fc.Arbitrary<unknown>>>,
  defs: Record<string, Schema>,
) {
  const inner = (s: Schema, name?: string) => arbitraryOf(s, hints, defs, name);
  if (typeof schema.$ref === 'string') return inner(defs[schema.$ref.replace('#/$defs/', '')] ?? {});
  const union = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (union) return fc.oneof(...union.map((s) => inner(s)));
  if (schema.allOf) return inner((schema.allOf as Schema[])[0] ?? {});
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      return stringOf(schema);
    case 'integer':
    case 'number': {
      const exclusive = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : undefined;
      const min = exclusive ?? (typeof schema.minimum === 'number' ? schema.minimum : -1e6);
      const max = typeof schema.maximum === 'number' ? schema.maximum : 1e6;
      return schema.type === 'integer'
        ? fc.integer({ min, max })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(inner((schema.items ?? {}) as Schema), {
        minLength: (schema.minItems as number | undefined) ?? 0,
        maxLength: Math.min(
          (schema.maxItems as number | undefined) ?? 3,
          Math.max(3, (schema.minItems as number) ?? 0),
        ),
      });
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = new Set((schema.required ?? []) as string[]);
      return fc.record(
        Object.fromEntries(Object.entries(properties).map(([key, s]) => [key, inner(s, key)])),
        { requiredKeys: Object.keys(properties).filter((key) => required.has(key)) },
      );
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringOf(schema: Schema): fc.Arbitrary<string> {
  if (schema.format === 'date') return dates;
  if (schema.format === 'date-time') return dates.map((day) => `${day}T10:00:00.000Z`);
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern));
  const lengths = {
    minLength: (schema.minLength as number | undefined) ?? 0,
    maxLength: Math.min((schema.maxLength as number | undefined) ?? 64, 80),
  };
  // Whole characters, and raw UTF-16 code units (lone surrogates included).
  return fc.oneof(fc.string({ ...lengths, unit: 'grapheme' }), fc.string({ ...lengths, unit: 'binary' }));
}

/** Days around the seeded mandate (2026–2027), where the domain's date rules bite. */
const dates = fc
  .date({ min: new Date('2025-06-01T00:00:00Z'), max: new Date('2028-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
