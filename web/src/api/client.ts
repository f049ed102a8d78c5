import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

export type ApiClient = ReturnType<typeof createClient<paths>>;

/**
 * The typed client of the API. Every request carries the signed-in person's bearer token (read at
 * request time, so signing out takes effect at once) and a correlation id the API logs with it.
 */
export function apiClient(baseUrl: string, token: () => string | undefined): ApiClient {
  const client = createClient<paths>({ baseUrl });
  const signed: Middleware = {
    onRequest({ request }) {
      const bearer = token();
      if (bearer) request.headers.set('authorization', `Bearer ${bearer}`);
      request.headers.set('x-correlation-id', crypto.randomUUID());
      return request;
    },
  };
  client.use(signed);
  return client;
}

/** A refusal or failure of the API, with the status and the message it answered. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
