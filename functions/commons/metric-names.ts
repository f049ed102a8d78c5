/**
 * The custom metrics the functions emit (Powertools, CloudWatch embedded metric format), named once:
 * the handlers emit these and infra/observability.ts alarms and graphs the same names, so they cannot
 * drift apart. Every metric has the one dimension `service`.
 */
export const SERVICE_NAME = 'cmb-secretariat';
export const METRICS_NAMESPACE = 'CmbSecretariat';

export const METRIC = {
  /** A command decided and appended (2xx). */
  commandsAccepted: 'CommandsAccepted',
  /** A command the domain refused: not found, a state that does not allow it, a rule (404, 409, 422). */
  commandsRefused: 'CommandsRefused',
  /** A command that lost an optimistic-concurrency race for good, or named a stale version (409). */
  commandsConflicted: 'CommandsConflicted',
  /** A request refused by the token or the access matrix (401, 403): a rise means probing. */
  accessRefused: 'AccessRefused',
  /** A request refused at the edge for its shape (400, 413, 415). */
  requestsInvalid: 'RequestsInvalid',
  /** Events applied to the read models by the projector. */
  eventsProjected: 'EventsProjected',
  /** How long ago the oldest record of a batch was written, when the projector receives it. */
  projectorLag: 'ProjectorLag',
} as const;
