// The layers of src/ (README, "Where the code lives"): a module imports from its own layer or a lower one, and a
// feature never reaches into another feature's folder. A wrong import fails `npm run lint`.
const LAYERS = ['model', 'build', 'server', 'core', 'platform', 'features', 'entry'];
const FEATURES = ['presenter', 'scenes', 'rehearsal', 'handout', 'copy', 'student', 'live', 'remote'];
// Pure layers must not touch the page: no DOM library, no reveal.js.
const DOM_PACKAGES = ['reveal.js', 'reveal.js/*', 'd3-selection', 'd3-transition', 'd3-axis'];

/** @param {string} layer */
const climb = (layer) => {
  const above = LAYERS.slice(LAYERS.indexOf(layer) + 1);
  return above.length
    ? [{ regex: `(^|/)(${above.join('|')})/`, message: `a ${layer} module may not import from a layer above it (${above.join(', ')})` }]
    : [];
};
// The class server (Node, run time) is an island like build/: it shares model/ with the pages, nothing else.
/** @param {string} layer */
const island = (layer) =>
  layer === 'server' ? [] : [{ regex: '(^|/)server/', message: 'src/server is the class server: no other code imports it' }];
/** @param {string} layer */
const pure = (layer) =>
  ['model', 'core'].includes(layer) ? [{ group: DOM_PACKAGES, message: `${layer} is pure: no DOM library or reveal.js here` }] : [];

/** @typedef {import('eslint').Linter.Config} Config */

/** @type {Config[]} */
export const layerRules = [
  ...LAYERS.filter((layer) => layer !== 'features').map(
    /** @returns {Config} */ (layer) => ({
      files: [`src/${layer}/**/*.ts`],
      rules: { 'no-restricted-imports': ['error', { patterns: [...climb(layer), ...island(layer), ...pure(layer)] }] },
    }),
  ),
  ...FEATURES.map(
    /** @returns {Config} */ (feature) => {
      const others = FEATURES.filter((name) => name !== feature);
      return {
        files: [`src/features/${feature}/**/*.ts`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                ...climb('features'),
                ...island('features'),
                {
                  regex: `^\\.\\./(\\.\\./)*(features/)?(${others.join('|')})(/|$)`,
                  message: `the ${feature} feature may not reach into another feature; share through src/platform or src/core`,
                },
              ],
            },
          ],
        },
      };
    },
  ),
];
