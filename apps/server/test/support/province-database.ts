import { type DatabaseHandle, insertBodies } from '@lantoa/db';
import { createTestDatabase } from '@lantoa/db/testing';

/** A fresh migrated database with one province and nothing else, for helpers tested below the API. */
export async function provinceDatabase(): Promise<{ handle: DatabaseHandle; bodyId: string }> {
  const handle = await createTestDatabase();
  const [body] = await insertBodies(handle.db, null, [{ kind: 'province', name: 'Tỉnh Thử' }]);
  if (!body) throw new Error('no body');
  return { handle, bodyId: body.id };
}
