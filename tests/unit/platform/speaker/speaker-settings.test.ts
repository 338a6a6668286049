import { describe, expect, it } from 'vitest';
import {
  NOTES_SIZE,
  NOTES_SIZE_KEY,
  ON_PROJECTOR_KEY,
  readNotesSize,
  readOnProjector,
  saveNotesSize,
  saveOnProjector,
  stepNotesSize,
} from '../../../../src/platform/speaker/settings';
import { safeStorage } from '../../../../src/platform/storage';
import { memory, memoryStorage } from '../../features/presenter/fixtures';

describe('the speaker view’s remembered settings', () => {
  it('start at their defaults: notes at the default size, notices private', () => {
    const { storage } = memory();
    expect(readNotesSize(storage)).toBe(NOTES_SIZE.default);
    expect(readOnProjector(storage)).toBe(false);
  });

  it('are remembered', () => {
    const { storage } = memory();
    expect(saveNotesSize(storage, 30)).toBe(true);
    expect(saveOnProjector(storage, true)).toBe(true);
    expect(readNotesSize(storage)).toBe(30);
    expect(readOnProjector(storage)).toBe(true);
  });

  it('step the notes size within bounds', () => {
    expect(stepNotesSize(NOTES_SIZE.default, 1)).toBe(NOTES_SIZE.default + NOTES_SIZE.step);
    expect(stepNotesSize(NOTES_SIZE.max, 1)).toBe(NOTES_SIZE.max);
    expect(stepNotesSize(NOTES_SIZE.min, -1)).toBe(NOTES_SIZE.min);
  });

  it('read what someone else stored as the nearest sane value, or the default', () => {
    const { storage, data } = memory();
    data.set(NOTES_SIZE_KEY, '900');
    expect(readNotesSize(storage)).toBe(NOTES_SIZE.max);
    data.set(NOTES_SIZE_KEY, '"big"');
    expect(readNotesSize(storage)).toBe(NOTES_SIZE.default);
    data.set(NOTES_SIZE_KEY, '{not json');
    expect(readNotesSize(storage)).toBe(NOTES_SIZE.default);
    data.set(ON_PROJECTOR_KEY, '"yes"');
    expect(readOnProjector(storage)).toBe(false);
  });

  it('survive storage that throws or is full: defaults, and a save that says it was not kept', () => {
    const broken = safeStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(readNotesSize(broken)).toBe(NOTES_SIZE.default);
    expect(readOnProjector(broken)).toBe(false);
    expect(saveNotesSize(broken, 30)).toBe(false);
    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(
      saveOnProjector(
        safeStorage(() => full),
        true,
      ),
    ).toBe(false);
  });
});
