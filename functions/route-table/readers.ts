import type { Role } from '../access/roles';

/*
 * Who reads what, the groups most rows' `roles` name. Allowed always means "in a process the token
 * names" too: no role reaches another process.
 *
 * - `auditor` reads everything of its process and changes nothing: in every row that records nothing
 *   (every GET, and a POST served by a query or audit function, such as verifying a report), in no
 *   row that records something (a POST of a command function).
 * - `donor` in a row means "its own donor id only": the route takes `{donorId}` in the path or
 *   `?donorId=` in the query, and it must equal the token's donor id. A donor is in no other row, so it
 *   gets 403 on everything else, lists included, before anything is read.
 * - A route whose path names no process (`GET /me`) is about the caller alone, from its token: every
 *   role is in its row, the donor too, and it is served by a `caller` function that reads no table.
 * - `'public'` routes skip the JWT authorizer; only what describes the API, holding no data, may be one.
 *
 * `functions/access/matrix.spec.ts` checks these rules against every row.
 */

/** The finance of a process: the two finance roles, leadership (every view) and the auditor. */
export const financeReaders: readonly Role[] = [
  'finance-officer',
  'finance-approver',
  'leadership',
  'auditor',
];
/** Staffing: the HR officer, leadership and the auditor. */
export const staffingReaders: readonly Role[] = ['hr-officer', 'leadership', 'auditor'];
/** The plan and the risk register: leadership and the auditor. */
export const planReaders: readonly Role[] = ['leadership', 'auditor'];
/** The process itself (name, mandate, currency): every role of the process but the donor. */
export const processReaders: readonly Role[] = [
  'finance-officer',
  'finance-approver',
  'hr-officer',
  'leadership',
  'auditor',
  'admin',
];
