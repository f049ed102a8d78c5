/**
 * The codes of IATI 2.03's codelists this system writes, each subset under its codelist's name
 * (https://iatistandard.org/en/iati-standard/203/codelists/): one place to check them against.
 */

/** Codelist TransactionType. */
export const TransactionType = {
  incomingFunds: '1',
  outgoingCommitment: '2',
  disbursement: '3',
} as const;

/** Codelist BudgetType. */
export const BudgetType = { original: '1', revised: '2' } as const;

/** Codelist BudgetStatus. */
export const BudgetStatus = { committed: '2' } as const;

/** Codelist OrganisationRole. */
export const OrganisationRole = { funding: '1', implementing: '4' } as const;

/** Codelist OrganisationType. */
export const OrganisationType = { government: '10', otherPublicSector: '15' } as const;

/** Codelist ActivityStatus. */
export const ActivityStatus = {
  pipeline: '1',
  implementation: '2',
  finalisation: '3',
  closed: '4',
} as const;

/** Codelist ActivityDateType. */
export const ActivityDateType = {
  plannedStart: '1',
  actualStart: '2',
  plannedEnd: '3',
  actualEnd: '4',
} as const;

/** Codelist ResultType. */
export const ResultType = { output: '1' } as const;

/** Codelist IndicatorMeasure. */
export const IndicatorMeasure = { unit: '1' } as const;

/** Codelist DescriptionType. */
export const DescriptionType = { general: '1' } as const;
