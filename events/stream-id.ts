/**
 * Every aggregate's name as it appears in a stream id: one list, so a view that follows a misspelt
 * aggregate fails to compile instead of silently seeing no events.
 */
export const aggregates = [
  'process',
  'budget-line',
  'budget-draft',
  'commitment',
  'contribution',
  'disbursement',
  'invoice',
  'exchange-rate',
  'currency-pair',
  'appointment',
  'post',
  'secondment',
  'benchmark',
  'review-point',
  'risk',
  'opening-balance',
] as const;

export type Aggregate = (typeof aggregates)[number];

export interface StreamName {
  readonly processId: string;
  readonly aggregate: Aggregate;
  readonly id: string;
}

/** `<processId>#<aggregate>#<id>`: every key starts with the tenant, so a query never crosses processes. */
export const streamIdOf = (processId: string, aggregate: Aggregate, id: string): string =>
  `${processId}#${aggregate}#${id}`;

const isAggregate = (name: string): name is Aggregate => (aggregates as readonly string[]).includes(name);

/** The one reader of stream ids; ids of their own may hold `#`, process ids and aggregates never do. */
export function parseStreamId(streamId: string): StreamName {
  const [processId = '', aggregate = '', ...rest] = streamId.split('#');
  if (!isAggregate(aggregate) || rest.length === 0) throw new Error(`${streamId} is not a stream id`);
  return { processId, aggregate, id: rest.join('#') };
}
