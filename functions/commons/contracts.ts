import type { HttpFunction, RouteKey } from '../routes';
import type { Contract, ContractedEndpoint } from './http';

/**
 * The contract of every endpoint of the given functions, from their modules' `endpoints`. Imported
 * with the pattern `../<folder>/handler.ts` so esbuild bundles every `functions/<folder>/handler.ts`
 * into the function that asks (a Lambda has no sources to import at run time). It lives in a folder
 * without a handler because Vite keys a handler beside its importer as `./handler.ts`, not found then.
 */
export async function contractsOf(functions: readonly HttpFunction[]): Promise<Map<RouteKey, Contract>> {
  const contracts = new Map<RouteKey, Contract>();
  for (const fn of functions) {
    const folder = /^functions\/([\w-]+)\/handler\.ts$/.exec(fn.entry)?.[1];
    if (!folder) throw new Error(`${fn.name}: entry ${fn.entry} is not functions/<folder>/handler.ts`);
    const { endpoints } = (await import(`../${folder}/handler.ts`)) as {
      endpoints: Partial<Record<RouteKey, Partial<ContractedEndpoint>>>;
    };
    for (const [key, endpoint] of Object.entries(endpoints))
      if (endpoint?.contract) contracts.set(key as RouteKey, endpoint.contract);
  }
  return contracts;
}
