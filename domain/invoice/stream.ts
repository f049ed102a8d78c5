import { streamIdOf } from '../../events/stream-id';
import { invoice } from './decide';

/** One stream per document hash and process: requests and payments of one invoice meet there. */
export const invoiceStream = (processId: string, sha256: string) =>
  [streamIdOf(processId, 'invoice', sha256), invoice] as const;
