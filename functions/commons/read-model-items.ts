import type { RowKey } from '../../domain/views/projection';

/**
 * How read models are stored, written once for the incremental projector and the rebuild, so both
 * write identical items. A row carries its key and a `revision`: the number of events applied to it,
 * which depends only on the events (not on how they were batched) and guards concurrent writers. A
 * watermark holds, per view and source stream, the last version applied.
 */
export type StoredRow = Record<string, unknown> & RowKey & { readonly revision: number };

export const rowItem = (key: RowKey, row: object, revision: number): StoredRow => ({
  ...row,
  ...key,
  revision,
});

/** The row as its projection knows it, without the storage attributes. */
export function rowOfItem(item: Record<string, unknown>): { row: object; revision: number } {
  const { pk: _, sk: __, revision = 0, ...row } = item as Record<string, unknown> & { revision?: number };
  return { row, revision };
}

export const watermarkKey = (projection: string, streamId: string): RowKey => ({
  pk: `watermark#${streamId}`,
  sk: projection,
});

export const watermarkItem = (projection: string, streamId: string, version: number) => ({
  ...watermarkKey(projection, streamId),
  version,
});
