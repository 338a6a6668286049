// Further benchmarks, each `{ name, run({ browser, deckUrl }) }`: scene frame times, handout export, scale.
import exportBench from './export.mjs';
import frames from './frames.mjs';
import scale from './scale.mjs';

export default [frames, exportBench, scale];
