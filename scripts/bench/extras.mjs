// Further benchmarks (scene frame times, handout export), each `{ name, run({ browser, deckUrl }) }`.
export default [];
