// Further benchmarks, each `{ name, run(ctx), rows(result) }`: key presses, scene frame times, handout export,
// scale, and the live class's fan-out when scripts/bench/fanout.mjs exists. `rows` gives the README table's rows.
import { existsSync } from 'node:fs';
import exportBench from './export.mjs';
import frames from './frames.mjs';
import keys from './keys.mjs';
import scale from './scale.mjs';

/** @typedef {{ browser: import('@playwright/test').Browser, deckUrl: string, stockUrl?: string, beforeUrl?: string }} BenchContext */
/** @typedef {{ name: string, run: (ctx: BenchContext) => Promise<any>, rows?: (result: any) => import('./figures.mjs').Row[] }} Bench */

/** The live class's fan-out (another part of the project adds it): `{ name, run, rows }` like the others. */
const FANOUT = new URL('./fanout.mjs', import.meta.url);

/** @type {Bench[]} */
const benches = [keys, frames, exportBench, scale];
if (existsSync(FANOUT)) benches.push(/** @type {{ default: Bench }} */ (await import(FANOUT.href)).default);

export default benches;
