import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/**
 * On every answer, errors included: an API answer is data for a program, never a page to render,
 * frame, cache or sniff into another type.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export const json = (
  statusCode: number,
  body: unknown,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 => jsonText(statusCode, JSON.stringify(body), headers);

/** JSON already serialized: a command's answer as its record keeps it, so a replay sends the same bytes. */
export const jsonText = (
  statusCode: number,
  body: string,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { 'content-type': 'application/json', ...securityHeaders, ...headers },
  body,
});
