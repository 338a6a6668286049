// The bench's parts, in the order one run takes them, each `{ name, offline?, run(ctx), rows(result) }`: `rows`
// gives the README table's rows; an `offline` part needs no browser. `BENCH_ONLY` picks parts by these names.
import exportBench from './export.mjs';
import fanout from './fanout.mjs';
import frames from './frames.mjs';
import keys from './keys.mjs';
import { ready, student } from './ready.mjs';
import scale from './scale.mjs';
import { sizes } from './sizes.mjs';

/** @typedef {{ browser: import('@playwright/test').Browser, deckUrl: string, stockUrl: string, beforeUrl?: string }} BenchContext */
/** @typedef {{ name: string, offline?: boolean, run: (ctx: BenchContext) => Promise<any>, rows?: (result: any) => import('./figures.mjs').Row[] }} Bench */

/** @type {Bench[]} */
export default [sizes, ready, student, keys, frames, exportBench, scale, fanout];
