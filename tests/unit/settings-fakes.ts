// A fake storage area for the settings tests.
import { itemBytes } from '../../src/shared/settings';
import type { StorageArea } from '../../src/shared/settings-store';

/** An in-memory storage area that, like storage.sync, refuses items over `perItem` bytes. */
export function fakeArea(initial: Record<string, unknown> = {}, perItem = Infinity): StorageArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get(keys) {
      if (keys === null || keys === undefined) return structuredClone(data);
      const list = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) {
        if (itemBytes(key, value) > perItem) throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded (${key})`);
      }
      Object.assign(data, structuredClone(items));
    },
    async remove(keys) {
      for (const key of typeof keys === 'string' ? [keys] : keys) delete data[key];
    },
  };
}
