import type { Get, Post } from './answers';
import type { components } from './schema';

/**
 * The answers the finance desk, donor and audit pages read, each the generated type of its route's
 * answer, like api/answers.ts: a changed answer breaks `tsc -p web` where a page reads it.
 */

/** A list route's page (`?limit=`, `?cursor=`): `nextCursor` asks for the next one. */
export interface ListPage<Item> {
  readonly items: readonly Item[];
  readonly nextCursor?: string;
}

/** A row of `GET …/disbursements`, newest request first. */
export type DisbursementRow = Get<'/processes/{processId}/disbursements'>['items'][number];
export type DisbursementStatus = DisbursementRow['status'];
/** `GET …/disbursements/{disbursementId}`: everything a checker reads, with its version. */
export type Disbursement = Get<'/processes/{processId}/disbursements/{disbursementId}'>;
/** `GET …/budget-lines/{lineId}`: the line as its own stream has it. */
export type BudgetLine = Get<'/processes/{processId}/budget-lines/{lineId}'>;
/** A row of `GET …/contributions`. */
export type ContributionRow = Get<'/processes/{processId}/contributions'>['items'][number];
/** A row of `GET …/donors`. */
export type DonorRow = Get<'/processes/{processId}/donors'>['donors'][number];
/** `GET …/donors/{donorId}`: what one donor sees of its money. */
export type DonorView = Get<'/processes/{processId}/donors/{donorId}'>;
/** An event as an audit report names it. */
export type EventRef = components['schemas']['EventRef'];
/** `POST …/audit-reports/verify`: whether the report is the log's, and where not, where. */
export type Verification = Post<'/processes/{processId}/audit-reports/verify'>;
