// The handout command's TypeScript, loaded in one go through Vite's module runner: the class file and the slide
// files read as the build reads them, and the class day's options checked by the rules the deck applies.
import { classFilePath, loadClassFile } from '../../src/build/deck/class-file.ts';
import { loadDeck } from '../../src/build/deck/load.ts';
import { deckMetadata } from '../../src/build/deck/markup.ts';
import { checkDayOptions, type CheckedDay, type DayOptionValues } from '../../src/core/agenda/day-options.ts';
import { whyDayCannotHold } from '../../src/core/agenda/holds.ts';
import { SCENE_CATALOG } from '../../src/core/scenes/registry.ts';
import type { ClassDay } from '../../src/model/class-day.ts';
import { join } from 'node:path';

export { SlideError } from '../../src/build/deck/errors.ts';

/** The class file, or its SlideError (`slides/class.yaml:LINE: problem`). */
export function readClassDay(root: string): ClassDay {
  return loadClassFile(root, classFilePath(root, join(root, 'slides')));
}

/**
 * The day the handout prints, or every reason the deck would not run it as asked: values it would refuse, and
 * a day the slides do not fit in. Reading the slides also reports a slide file's mistake, as the build would.
 */
export function checkHandoutDay(root: string, classDay: ClassDay, given: DayOptionValues): { day: CheckedDay; problems: string[] } {
  const checked = checkDayOptions(given, classDay);
  if (checked.problems.length > 0) return checked;
  const { deck } = loadDeck(root, join(root, 'slides'), SCENE_CATALOG);
  const why = whyDayCannotHold(deckMetadata(deck), checked.day);
  return why === undefined ? checked : { ...checked, problems: [why] };
}
