import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './document';

/** Redocly's `recommended` rules, and each rule turned off with the reason it does not fit this API. */
const rules = {
  // The API is the Secretariat's own system of record, not offered to others under a licence.
  'info-license': 'off',
  // The one operation without a 4xx is GET /openapi.json: public, without parameters, it answers 200 or 500.
  'operation-4xx-response': 'off',
} as const;

describe('the OpenAPI document, linted', () => {
  it('has no error or warning under the recommended rules', async () => {
    const config = await createConfig({ extends: ['recommended'], rules });
    const problems = await lintFromString({
      source: JSON.stringify(await openApiDocument()),
      absoluteRef: 'openapi.json',
      config,
    });
    const found = problems.map(({ ruleId, severity, message, location }) =>
      [severity, ruleId, message, location[0]?.pointer].join(' '),
    );
    expect(found).toEqual([]);
  });
});
