/**
 * Where functions find their tables: in the environment, under these names. The CDK stack (infra/)
 * and the local runtime (local/) set the variables from this one definition, so a handler, its
 * deployment and its local run cannot disagree on a name.
 */
export const TABLE_ENV = {
  Events: 'EVENTS_TABLE',
  ReadModels: 'READ_MODELS_TABLE',
  /** Only the rebuild has it: the read-model table it fills, never the live one. */
  RebuildTarget: 'REBUILD_TARGET_TABLE',
  /** The signed anchors of the log (docs/anchoring.md). */
  Anchors: 'ANCHORS_TABLE',
} as const;

/** The key anchors are signed with: a KMS key on AWS, a PEM file locally; one of the two is set. */
export const ANCHOR_KEY_ENV = { kms: 'ANCHOR_KEY_ID', file: 'ANCHOR_KEY_FILE' } as const;

const tableName = (env: string): string => {
  const name = process.env[env];
  if (!name) throw new Error(`environment variable ${env} is not set`);
  return name;
};

export const eventsTableName = () => tableName(TABLE_ENV.Events);
export const readModelsTableName = () => tableName(TABLE_ENV.ReadModels);
export const rebuildTargetTableName = () => tableName(TABLE_ENV.RebuildTarget);
export const anchorsTableName = () => tableName(TABLE_ENV.Anchors);

/** The ReadModels index of the rows a list answers in another order than their sort key's. */
export const LIST_ORDER_INDEX = 'byListOrder';
