import type { Platform } from '../model/page';
import { ContactSchema, type Contact, type RevisitReason } from '../model/records';
import { getDatabase, type DuibiaoDB } from './database';
import { buyerKeyOf } from '../analysis/shop/buyer-history';

/** The contact log of the 回访清单: who was contacted, for what and when (buyer data: stays local). */

export function listContacts(db: DuibiaoDB = getDatabase()): Promise<Contact[]> {
  return db.contacts.toArray();
}

/**
 * Marks a buyer as contacted now. The row is checked against its schema first, so a bad reason or occasion
 * throws and writes nothing.
 */
export async function markContacted(
  contact: { platform: Platform; buyer: string; reason: RevisitReason; occasion: string | null },
  now: number,
  db: DuibiaoDB = getDatabase(),
): Promise<Contact> {
  const buyerKey = buyerKeyOf(contact);
  const row = ContactSchema.parse({ ...contact, buyerKey, key: `${buyerKey}|${contact.reason}|${now}`, contactedAt: now });
  await db.contacts.put(row);
  return row;
}

/** Takes back a contact marked by mistake: the buyer returns to the list. */
export async function undoContact(key: string, db: DuibiaoDB = getDatabase()): Promise<void> {
  await db.contacts.delete(key);
}

/** Deletes the contact log, or one platform's (with that platform's orders: it names the same buyers). */
export async function deleteContacts(platform: Platform | null = null, db: DuibiaoDB = getDatabase()): Promise<number> {
  return db.transaction('rw', db.contacts, async () => {
    const keys = platform
      ? await db.contacts.where('buyerKey').startsWith(`${platform}:`).primaryKeys()
      : await db.contacts.toCollection().primaryKeys();
    await db.contacts.bulkDelete(keys);
    return keys.length;
  });
}
