// The handout command's TypeScript, loaded in one go through Vite's module runner: the class file and the slide
// files read as the build reads them, and the class day's options checked by the rules the deck applies.
import { classFilePath, loadClassFile } from '../../src/compiler/deck/class-file.ts';
import { checkDayOptions, type CheckedDay, type DayOptionValues } from '../../src/core/agenda/day-options.ts';
import type { ClassDay } from '../../src/model/class-day.ts';
import { choosePaper, paperLocale, type PaperChoice } from '../../src/model/paper.ts';
import { join } from 'node:path';

export { SlideError } from '../../src/compiler/deck/errors.ts';
export { paperName } from '../../src/model/paper.ts';

/** The class file, or its SlideError (`slides/class.yaml:LINE: problem`). */
export function readClassDay(root: string): ClassDay {
  return loadClassFile(root, classFilePath(root, join(root, 'slides')));
}

/** The options checked by the deck's rules, with the class file's values where none is given. */
export function checkHandoutOptions(classDay: ClassDay, given: DayOptionValues): { day: CheckedDay; problems: string[] } {
  return checkDayOptions(given, classDay);
}

/** The handout's paper: --paper, else the class file's, else the locale of `env` (LC_ALL, LC_PAPER, LANG). */
export function handoutPaper(asked: string | undefined, classDay: ClassDay, env: NodeJS.ProcessEnv): PaperChoice {
  return choosePaper(asked, classDay.paper, paperLocale(env));
}
