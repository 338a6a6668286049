// The layers of src/ (README, "Where the code lives"), checked on resolved paths: every spelling of a path
// (`./../x`, `../../../src/features/x`), dynamic import(), type-only imports and Node's built-ins count.
// A module imports from its own layer or a lower one; compiler/ and server/ are Node islands no other code imports;
// a feature never imports another feature; model/ and core/ are pure. `npm run lint` runs it;
// tests/unit/layers/ proves each rule refuses its probe in tests/unit/layers/fixture/.
const LAYERS = ['model', 'core', 'platform', 'features', 'entry'];
const ISLANDS = ['compiler', 'server'];
// Packages resolve into a node_modules folder, this project's or (for the probes) one above.
const DOM_PACKAGES = '(^|/)node_modules/(reveal\\.js|d3-selection|d3-transition|d3-axis)/';

/** A browser layer may not import from any layer above it. */
const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `${layer}-imports-upward`,
  comment: `${layer} may import only from its own layer or a lower one, never from ${LAYERS.slice(i + 1).join(', ')}`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${LAYERS.slice(i + 1).join('|')})/` },
}));

/** Node code run at build time (the slide compiler) or by the class server: nothing else in src/ imports it. */
const islands = ISLANDS.map((island) => ({
  name: `${island}-is-an-island`,
  comment: `src/${island} runs in Node: no other part of src/ may import it (it may import only src/model)`,
  severity: 'error',
  from: { path: '^src/', pathNot: `^src/${island}/` },
  to: { path: `^src/${island}/` },
}));

module.exports = {
  forbidden: [
    ...upward,
    ...islands,
    {
      name: 'island-reaches-out',
      comment: 'compiler/ and server/ share only the vocabulary in src/model with the browser code',
      severity: 'error',
      from: { path: `^src/(${ISLANDS.join('|')})/` },
      to: { path: `^src/(${LAYERS.filter((l) => l !== 'model').join('|')})/` },
    },
    {
      name: 'feature-imports-feature',
      comment: 'a feature never imports another feature: what two share moves down to src/platform or src/core',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'browser-code-imports-node',
      comment: 'only src/compiler and src/server run in Node; every other layer runs in the browser (model and core in both)',
      severity: 'error',
      from: { path: `^src/(${LAYERS.join('|')})/` },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'pure-imports-dom',
      comment: 'model and core are pure: no DOM library and no reveal.js',
      severity: 'error',
      from: { path: '^src/(model|core)/' },
      to: { path: DOM_PACKAGES },
    },
    {
      name: 'src-imports-outside',
      comment: 'src/ imports packages and src/ only (not tests/, scripts/ or a file beside the project)',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(?!src/|virtual:)', pathNot: '(^|/)node_modules/', dependencyTypesNot: ['core'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'an import that does not resolve cannot be judged',
      severity: 'error',
      from: { path: '^src/' },
      // Vite's virtual module (the compiled slides' data) is made by the build.
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports tie layers together just as much.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.js', '.mjs', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
