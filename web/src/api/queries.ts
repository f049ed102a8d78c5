import { useQuery } from '@tanstack/react-query';
import { useSignedIn } from '../auth/session';
import { ApiError } from './client';
import type { paths } from './schema';

/** A GET route of the API, by its OpenAPI path. */
export type GetPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];

/**
 * An answer of a GET route of the current process, cached per path and query. `T` names the answer's
 * shape (api/answers.ts) until the OpenAPI document describes response bodies.
 */
export function useView<T>(
  path: GetPath,
  params: { path?: Record<string, string>; query?: Record<string, string | undefined> } = {},
  options: { enabled?: boolean } = {},
) {
  const { client, processId } = useSignedIn();
  const pathParams = { processId, ...params.path };
  const query = Object.fromEntries(
    Object.entries(params.query ?? {}).filter(([, v]) => v !== undefined && v !== ''),
  );
  return useQuery({
    queryKey: [path, pathParams, query],
    enabled: options.enabled ?? true,
    queryFn: async ({ signal }) => {
      const { data, error, response } = await client.GET(path, {
        params: { path: pathParams, query },
        signal,
      } as never);
      if (!response.ok)
        throw new ApiError(
          response.status,
          (error as { message?: string } | undefined)?.message ?? response.statusText,
        );
      return data as T;
    },
  });
}
