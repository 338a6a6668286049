import type { SafeStorage } from '../storage';

const KEY = 'class-device';

/**
 * This browser's anonymous id for the live class: marks count once per device and survive a reload. Random,
 * kept in local storage; without storage, one per page load (marks then last as long as the page).
 */
export function deviceId(storage: SafeStorage): string {
  const stored = storage.readJson(KEY, (value) => (typeof value === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(value) ? value : undefined));
  if (stored.value !== undefined) return stored.value;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  storage.writeJson(KEY, id);
  return id;
}
