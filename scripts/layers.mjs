// The layer check (.dependency-cruiser.cjs) through dependency-cruiser's API, for `npm run lint` and the layer
// probes (tests/unit/layers/). Its command line refuses any Node.js outside its own list before it reads a file:
// on Node 21 or 23, where ESLint, Prettier and TypeScript run, `npm run lint` stopped after Prettier with the
// reason on stderr alone. The probes run this same script, so the check is shown to refuse what it must on
// whichever Node.js runs it.
//
//   node scripts/layers.mjs [--json] [--config <file>] [dir ...]   (default: src, .dependency-cruiser.cjs)
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false }, config: { type: 'string', default: '.dependency-cruiser.cjs' } },
});
// A bare name would be looked up as a package: the file is named from the working directory.
const options = await extractDepcruiseOptions(resolve(values.config));
const tsConfigFile = options.tsConfig?.fileName;
const result = await cruise(
  positionals.length > 0 ? positionals : ['src'],
  { ...options, outputType: values.json ? 'json' : 'err' },
  {},
  { tsConfig: tsConfigFile ? extractTSConfig(tsConfigFile) : undefined },
);
process.stdout.write(String(result.output));
process.exitCode = result.exitCode;
