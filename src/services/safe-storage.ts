// Web Storage that never throws: storage can be missing (a sandboxed iframe without
// allow-same-origin throws on access), full (QuotaExceededError), or disabled by the browser.

/** Which Web Storage area. */
export type StorageArea = 'local' | 'session';

/** The storage area itself, or undefined where reaching it throws or it is missing. */
export function storageArea(kind: StorageArea = 'local'): Storage | undefined {
  try {
    const storage = kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
    return storage ?? undefined;
  } catch {
    return undefined; // access itself throws in an opaque-origin frame
  }
}

/** The stored text under `key`, or undefined when there is none or storage cannot be read. */
export function readStorage(key: string, kind: StorageArea = 'local'): string | undefined {
  try {
    return storageArea(kind)?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Stores `value` under `key`; false when storage is missing, full or refused. */
export function writeStorage(key: string, value: string, kind: StorageArea = 'local'): boolean {
  const storage = storageArea(kind);
  if (!storage) return false;
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Removes `key`; false when storage is missing or refused. */
export function removeStorage(key: string, kind: StorageArea = 'local'): boolean {
  const storage = storageArea(kind);
  if (!storage) return false;
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** Every key in the area that starts with `prefix` (empty when storage cannot be read). */
export function storageKeys(prefix: string, kind: StorageArea = 'local'): string[] {
  const storage = storageArea(kind);
  if (!storage) return [];
  try {
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key !== null && key.startsWith(prefix)) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}
