import * as v from 'valibot';
import { parsedBy } from '../../core/parsed-by';
import type { SafeStorage } from '../storage';
import { storageKey } from '../../model/keys';

/**
 * The speaker view's remembered choices. Storage is only a memory: a value it cannot give back becomes the
 * default, and one it refuses to keep still applies until the window closes.
 */

export const NOTES_SIZE_KEY = storageKey('speaker.notes-px');
export const ON_PROJECTOR_KEY = storageKey('notices.on-projector');

/** Notes font sizes in CSS pixels: the default reads from an arm's length on a laptop. */
export const NOTES_SIZE = { min: 14, max: 40, step: 2, default: 22 } as const;

const clampSize = (px: number): number =>
  Math.min(NOTES_SIZE.max, Math.max(NOTES_SIZE.min, Math.round(px / NOTES_SIZE.step) * NOTES_SIZE.step));

/** Any stored size, brought within bounds. */
const NotesSizeSchema = v.pipe(v.number(), v.finite(), v.transform(clampSize));
const OnProjectorSchema = v.boolean();

const validSize = parsedBy(NotesSizeSchema);

export function readNotesSize(storage: SafeStorage): number {
  return storage.readJson(NOTES_SIZE_KEY, validSize).value ?? NOTES_SIZE.default;
}

/** The size one step larger (`+1`) or smaller (`-1`), within bounds. */
export function stepNotesSize(px: number, direction: 1 | -1): number {
  return clampSize(px + direction * NOTES_SIZE.step);
}

/** False when storage would not keep it. */
export function saveNotesSize(storage: SafeStorage, px: number): boolean {
  return storage.writeJson(NOTES_SIZE_KEY, clampSize(px));
}

const validFlag = parsedBy(OnProjectorSchema);

/** Whether the lecturer's notices (toasts, HUD, rehearsal badge) may show on the projector; off unless chosen. */
export function readOnProjector(storage: SafeStorage): boolean {
  return storage.readJson(ON_PROJECTOR_KEY, validFlag).value ?? false;
}

export function saveOnProjector(storage: SafeStorage, on: boolean): boolean {
  return storage.writeJson(ON_PROJECTOR_KEY, on);
}
