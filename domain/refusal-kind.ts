/**
 * What kind of refusal each code is: the thing named does not exist, the state it is in does not
 * allow the command, or a rule of the domain forbids it. The HTTP layer maps kinds to statuses.
 * Apart from the registry (refusals.ts), so each family's refusals can name it without a circle.
 */
export type RefusalKind = 'not-found' | 'conflict' | 'rule';
