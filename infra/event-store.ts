import { Duration } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { ReadModelSlot } from './read-model-slots';
import type { StageSettings } from './stage';
import { eventsTable, readModelsTable, type TableDefinition } from './tables';

/**
 * The Events table (the only source of truth, with its stream) and two ReadModels tables, blue and
 * green: the live one serves the queries and the projector, the standby one receives rebuilds.
 */
export class EventStoreTables extends Construct {
  readonly events: Table;
  /** The live read models. */
  readonly readModels: Table;
  /** Where a rebuild writes; becomes live when the slot is switched. */
  readonly standbyReadModels: Table;

  constructor(scope: Construct, id: string, settings: StageSettings, live: ReadModelSlot) {
    super(scope, id);
    this.events = tableFrom(this, eventsTable, settings);
    // Blue keeps the logical id the single ReadModels table had, so adding green replaces nothing.
    const blue = tableFrom(this, readModelsTable, settings);
    const green = tableFrom(this, readModelsTable, settings, `${readModelsTable.id}Green`);
    [this.readModels, this.standbyReadModels] = live === 'blue' ? [blue, green] : [green, blue];
  }
}

const attributeType = { S: AttributeType.STRING, N: AttributeType.NUMBER } as const;

/**
 * One customer-managed key per table, so a grant on one table's key never opens the other's data and
 * the key's CloudTrail records show who decrypted events.
 */
export function tableFrom(
  scope: Construct,
  definition: TableDefinition,
  settings: StageSettings,
  id: string = definition.id,
): Table {
  const encryptionKey = new Key(scope, `${id}Key`, {
    description: `${id} table (${settings.stage})`,
    enableKeyRotation: true,
    removalPolicy: settings.removalPolicy,
    // A deleted key makes every backup unreadable: the longest grace where data must survive.
    pendingWindow: Duration.days(settings.deletionProtection ? 30 : 7),
  });
  const table = new Table(scope, id, {
    partitionKey: {
      name: definition.partitionKey.name,
      type: attributeType[definition.partitionKey.type],
    },
    sortKey: { name: definition.sortKey.name, type: attributeType[definition.sortKey.type] },
    billingMode: BillingMode.PAY_PER_REQUEST,
    // The projector needs only the item as written; events are never updated in place.
    stream: definition.stream ? StreamViewType.NEW_IMAGE : undefined,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    encryption: TableEncryption.CUSTOMER_MANAGED,
    encryptionKey,
    deletionProtection: settings.deletionProtection,
    removalPolicy: settings.removalPolicy,
  });
  for (const index of definition.indexes)
    table.addGlobalSecondaryIndex({
      indexName: index.name,
      partitionKey: { name: index.partitionKey.name, type: attributeType[index.partitionKey.type] },
      sortKey: { name: index.sortKey.name, type: attributeType[index.sortKey.type] },
      ...(index.projection === 'all'
        ? { projectionType: ProjectionType.ALL }
        : { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: [...index.projection] }),
    });
  return table;
}
