// Further benchmarks, each `{ name, run({ browser, deckUrl }) }`: scene frame times, handout export.
import exportBench from './export.mjs';
import frames from './frames.mjs';

export default [frames, exportBench];
