import { Dexie, type EntityTable, type Table } from 'dexie';
import { z } from 'zod';
import {
  ContactSchema,
  ImageFeatureRowSchema,
  ItemCaptureSchema,
  ItemRecordSchema,
  MetricRowSchema,
  OrderSchema,
  OwnListingSchema,
  PageVisitSchema,
  PaidKeywordRowSchema,
  SearchSnapshotSchema,
  type Contact,
  type ImageFeatureRow,
  type ItemCapture,
  type ItemRecord,
  type MetricRow,
  type Order,
  type OwnListing,
  type PageVisit,
  type PaidKeywordRow,
  type SearchSnapshot,
} from '../model/records';
import {
  AlertSchema,
  SnapshotItemsSchema,
  SnapshotSummarySchema,
  type Alert,
  type SnapshotItems,
  type SnapshotSummary,
} from '../model/history';
import { SettingsSchema, type Settings } from '../model/settings';
import { declareSchemaVersions, LATEST_SCHEMA_VERSION } from './schema-versions';

export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

export const DB_NAME = 'duibiao';

/** The extension's one database. Lives in the extension origin: background, popup and side panel share it. */
export class DuibiaoDB extends Dexie {
  snapshots!: EntityTable<SearchSnapshot, 'id'>;
  items!: Table<ItemRecord, string>;
  captures!: EntityTable<ItemCapture, 'id'>;
  listings!: Table<OwnListing, string>;
  metrics!: EntityTable<MetricRow, 'id'>;
  orders!: Table<Order, string>;
  settings!: Table<SettingsRow, string>;
  visits!: EntityTable<PageVisit, 'id'>;
  imageFeatures!: Table<ImageFeatureRow, string>;
  snapshotSummaries!: Table<SnapshotSummary, number>;
  snapshotItems!: Table<SnapshotItems, number>;
  alerts!: EntityTable<Alert, 'id'>;
  contacts!: Table<Contact, string>;
  paidKeywords!: Table<PaidKeywordRow, string>;

  constructor(name: string = DB_NAME, upTo: number = LATEST_SCHEMA_VERSION) {
    super(name);
    declareSchemaVersions(this, upTo);
  }
}

/** The zod schema each table's rows must satisfy (checked by the migration test against every schema version). */
export const TABLE_ROW_SCHEMAS: Record<string, z.ZodType> = {
  snapshots: SearchSnapshotSchema,
  items: ItemRecordSchema,
  captures: ItemCaptureSchema,
  listings: OwnListingSchema,
  metrics: MetricRowSchema,
  orders: OrderSchema,
  settings: z.object({ key: z.literal('settings'), value: SettingsSchema }),
  visits: PageVisitSchema,
  imageFeatures: ImageFeatureRowSchema,
  snapshotSummaries: SnapshotSummarySchema,
  snapshotItems: SnapshotItemsSchema,
  alerts: AlertSchema,
  contacts: ContactSchema,
  paidKeywords: PaidKeywordRowSchema,
};

let shared: DuibiaoDB | null = null;

/** The process-wide instance for extension pages and the service worker. */
export function getDatabase(): DuibiaoDB {
  shared ??= new DuibiaoDB();
  return shared;
}
