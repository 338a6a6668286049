// Further benchmarks, each `{ name, run(ctx), rows(result) }`: key presses, scene frame times, handout export,
// scale, and the live class's fan-out. `rows` gives the README table's rows.
import exportBench from './export.mjs';
import frames from './frames.mjs';
import keys from './keys.mjs';
import scale from './scale.mjs';
import fanout from './fanout.mjs';

/** @typedef {{ browser: import('@playwright/test').Browser, deckUrl: string, stockUrl?: string, beforeUrl?: string }} BenchContext */
/** @typedef {{ name: string, run: (ctx: BenchContext) => Promise<any>, rows?: (result: any) => import('./figures.mjs').Row[] }} Bench */

/** @type {Bench[]} */
export default [keys, frames, exportBench, scale, fanout];
