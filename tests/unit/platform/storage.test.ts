import { describe, expect, it } from 'vitest';
import { safeStorage } from '../../../src/platform/storage';
import { memoryStorage } from '../features/presenter/fixtures';

const isNumbers = (value: unknown): number[] | undefined =>
  Array.isArray(value) && value.every((n) => typeof n === 'number') ? value : undefined;

const securityError = (): never => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

describe('safeStorage', () => {
  it('round-trips JSON and says nothing about an unset key', () => {
    const raw = memoryStorage();
    const storage = safeStorage(() => raw);
    expect(storage.writeJson('k', [1, 2])).toBe(true);
    expect(storage.readJson('k', isNumbers)).toEqual({ value: [1, 2] });
    expect(storage.readJson('missing', isNumbers)).toEqual({ value: undefined });
    storage.remove('k');
    expect(raw.data.has('k')).toBe(false);
  });

  it('reports corrupt JSON and an unexpected shape, without throwing', () => {
    const raw = memoryStorage();
    raw.setItem('broken', '{"adjust');
    raw.setItem('shape', '{"a":1}');
    const storage = safeStorage(() => raw);
    expect(storage.readJson('broken', isNumbers)).toEqual({ value: undefined, problem: '"broken" does not hold valid JSON' });
    expect(storage.readJson('shape', isNumbers).problem).toMatch(/does not hold what this deck expects/);
  });

  it('survives a storage that is missing or refuses access', () => {
    for (const open of [() => undefined, () => null, securityError]) {
      const storage = safeStorage(open);
      expect(storage.readJson('k', isNumbers).value).toBeUndefined();
      expect(storage.readJson('k', isNumbers).problem).toMatch(/could not read "k"/);
      expect(storage.writeJson('k', [1])).toBe(false);
      expect(() => {
        storage.remove('k');
      }).not.toThrow();
    }
  });

  it('names the error of a storage whose every call throws', () => {
    const raw = memoryStorage();
    raw.getItem = securityError;
    expect(safeStorage(() => raw).readJson('k', isNumbers).problem).toBe('could not read "k" (SecurityError: The operation is insecure.)');
  });

  it('returns false when the quota is full or the value cannot be JSON', () => {
    const raw = memoryStorage();
    raw.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    expect(safeStorage(() => raw).writeJson('k', [1])).toBe(false);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(safeStorage(memoryStorage).writeJson('k', cyclic)).toBe(false);
  });
});
