// Unit tests only: an in-memory IndexedDB for Dexie. The e2e tests use Chromium's real IndexedDB.
import 'fake-indexeddb/auto';
