// The handout command's second look, once its options read right: do the slides fit in the day they make?
// Loaded on its own through Vite's module runner, because the slides' compiler takes seconds to load.
import { join } from 'node:path';
import { loadDeck } from '../../src/compiler/deck/load.ts';
import { deckMetadata } from '../../src/compiler/deck/markup.ts';
import { whyDayCannotHold } from '../../src/core/agenda/holds.ts';
import { SCENE_CATALOG } from '../../src/core/scenes/registry.ts';
import type { DayTimes } from '../../src/model/day-rules.ts';

/** Why the slides cannot be taught in `day`, or undefined; reading them reports a slide mistake as the build would. */
export function whySlidesDoNotFit(root: string, day: DayTimes): string | undefined {
  const { deck } = loadDeck(root, join(root, 'slides'), SCENE_CATALOG);
  return whyDayCannotHold(deckMetadata(deck), day);
}
