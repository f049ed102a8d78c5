/**
 * Blue/green read models. The stack keeps two ReadModels tables; the `readModels` context value
 * (kept in cdk.json, so a plain deploy never flips it back) names the live one, which the queries
 * read and the projector writes. The other is the standby: only the rebuild function may write it.
 * Switching over is changing that value and deploying.
 */
export const readModelSlots = ['blue', 'green'] as const;
export type ReadModelSlot = (typeof readModelSlots)[number];

export function parseLiveSlot(value: unknown): ReadModelSlot {
  if (value === undefined) return 'blue';
  if (typeof value === 'string' && (readModelSlots as readonly string[]).includes(value))
    return value as ReadModelSlot;
  throw new Error(
    `Unknown read-model slot ${JSON.stringify(value)}: set the readModels context to blue or green`,
  );
}

/**
 * The `projector` context value: `paused` disables the stream event source while a rebuild runs, so
 * the records of events appended meanwhile wait in the stream and reach the table switched to (where
 * the watermarks skip those the rebuild already read). Any deploy without it resumes the projector.
 */
export function parseProjectorPaused(value: unknown): boolean {
  if (value === undefined || value === 'running') return false;
  if (value === 'paused') return true;
  throw new Error(
    `Unknown projector state ${JSON.stringify(value)}: pass -c projector=paused or leave it out`,
  );
}
