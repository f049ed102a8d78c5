import type { HttpFunction, RouteKey } from '../routes';
import type { Dispatcher } from './dispatch';
import type { Contract, ContractedEndpoint } from './http';

/**
 * The contract of every endpoint of the given functions, from the endpoints their handlers dispatch
 * to. Imported with the pattern `../<folder>/handler.ts` so esbuild bundles every
 * `functions/<folder>/handler.ts` into the function that asks (a Lambda has no sources to import at run
 * time). It lives in a folder without a handler because Vite keys a handler beside its importer as
 * `./handler.ts`, not found then.
 */
export async function contractsOf(functions: readonly HttpFunction[]): Promise<Map<RouteKey, Contract>> {
  const contracts = new Map<RouteKey, Contract>();
  for (const fn of functions) {
    const folder = /^functions\/([\w-]+)\/handler\.ts$/.exec(fn.entry)?.[1];
    if (!folder) throw new Error(`${fn.name}: entry ${fn.entry} is not functions/<folder>/handler.ts`);
    const { handler } = (await import(`../${folder}/handler.ts`)) as { handler: Dispatcher };
    for (const [key, endpoint] of handler.endpoints) {
      const { contract } = endpoint as Partial<ContractedEndpoint>;
      if (contract) contracts.set(key, contract);
    }
  }
  return contracts;
}
