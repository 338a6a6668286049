// Further benchmarks, each `{ name, run({ browser, deckUrl }) }`: scene frame times, handout export, scale.
import exportBench from './export.mjs';
import frames from './frames.mjs';
import scale from './scale.mjs';
import fanout from './fanout.mjs';

/** @typedef {{ browser: import('@playwright/test').Browser, deckUrl: string }} BenchContext */
/** @typedef {{ name: string, run: (ctx: BenchContext) => Promise<unknown> }} Bench */

/** @type {Bench[]} */
export default [frames, exportBench, scale, fanout];
