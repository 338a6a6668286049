import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ConfigEnv, Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { CSP_META, cspMeta, speakerViewHash } from './csp.ts';
import { deckPolicy, hashSource } from './policy.ts';
import { buildAgain, QUIET_CHECKS, type LaterPass } from './passes.ts';

/**
 * The deck you can carry: after the normal build, a second pass writes the whole deck (scripts, styles,
 * fonts, every scene) into one HTML file that opens from a double-click, a USB stick or an email. Browsers
 * run no module script from a file:// page, so nothing in it may be a file of its own, and its policy allows
 * its inlined scripts by their hashes (`'self'` means nothing on file://).
 */

/** The Vite mode of the second pass: the config file is loaded again in it, with these plugins active. */
export const PORTABLE_MODE = 'portable';

const inPortablePass = (_: unknown, env: ConfigEnv): boolean => env.mode === PORTABLE_MODE;

const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
/** The text of every inline `<script>` in a page, as the browser hashes it. */
export const inlineScripts = (html: string): string[] => [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? '');

/** Preloading a font that is already inlined into the stylesheet would only carry it twice. */
export const withoutFontPreloads = (html: string): string =>
  html.replace(/\n?[ \t]*<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="font")[^>]*>/g, '');

/**
 * The stylesheet names each face twice, woff2 and a woff fallback for browsers that predate woff2 and could not
 * run the deck anyway: inlined, the fallbacks would only add ~75 KB.
 */
export const withoutWoffFallbacks = (html: string): string =>
  html.replace(/,\s*url\(["']?data:font\/woff;base64,[A-Za-z0-9+/=]*["']?\)\s*format\(["']woff["']\)/g, '');

/**
 * The icon is a file of public/, served beside the page: inlined as a data: URL (which the policy's `img-src`
 * allows), so that the single file asks for nothing else.
 */
export function withInlineIcon(html: string, publicDir: string): string {
  return html.replace(/(<link\b(?=[^>]*\brel="icon")[^>]*\bhref=")\/?([\w.-]+\.svg)(")/, (_, head: string, name: string, tail: string) => {
    const svg = readFileSync(join(publicDir, name)).toString('base64');
    return `${head}data:image/svg+xml;base64,${svg}${tail}`;
  });
}

/** The pass that writes the single file, run once the normal build has written its files. */
function portablePass(fileName: string): LaterPass {
  return {
    mode: PORTABLE_MODE,
    async run(config) {
      const outDir = await buildAgain(config, PORTABLE_MODE);
      const html = readFileSync(join(outDir, fileName));
      const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
      config.logger.info(
        `${relative(config.root, join(outDir, fileName))}  ${kB(html.length)} │ gzip: ${kB(gzipSync(html).length)}  (the whole deck in one file: opens from disk)`,
      );
    },
  };
}

/** Inlines everything into `fileName`, then gives its policy the hashes of the scripts it now carries inline. */
function singleFile(fileName: string): Plugin[] {
  let root = process.cwd();
  let publicDir = join(root, 'public');
  let authored = new Set<string>();
  const inliner = viteSingleFile({ removeViteModuleLoader: true }) as Plugin;
  return [
    {
      name: 'deck-portable-before',
      apply: inPortablePass,
      config: (user) => ({
        // Only the deck's page, whatever other pages the normal build has; dist/ keeps the normal build's files.
        build: {
          emptyOutDir: false,
          copyPublicDir: false,
          rolldownOptions: { input: resolve(user.root ?? root, 'index.html'), checks: QUIET_CHECKS },
        },
      }),
      configResolved(config) {
        root = config.root;
        publicDir = config.publicDir;
      },
      transformIndexHtml: { order: 'pre', handler: (html) => withInlineIcon(withoutFontPreloads(html), publicDir) },
      generateBundle: {
        order: 'pre',
        handler(_, bundle) {
          authored = new Set(
            Object.values(bundle).flatMap((file) =>
              file.type === 'asset' && file.fileName.endsWith('.html') ? inlineScripts(String(file.source)) : [],
            ),
          );
        },
      },
    },
    { ...inliner, apply: inPortablePass },
    {
      name: 'deck-portable-after',
      apply: inPortablePass,
      enforce: 'post',
      generateBundle: {
        order: 'post',
        handler(_, bundle) {
          const page = bundle['index.html'];
          if (page?.type !== 'asset') return this.error('the single-file pass wrote no index.html');
          const left = Object.keys(bundle).filter((name) => name !== 'index.html');
          if (left.length > 0)
            this.error(`${fileName} would need these files beside it, so it would not open from disk: ${left.join(', ')}`);
          const html = withoutWoffFallbacks(String(page.source));
          // Only what the inliner added: a script an author wrote into a slide stays as blocked as in the deck.
          const inlined = inlineScripts(html).filter((script) => !authored.has(script));
          const policy = deckPolicy({ scriptHashes: [speakerViewHash(root), ...inlined.map(hashSource)], inlineFonts: true });
          if (!CSP_META.test(html)) return this.error(`${fileName} carries no Content-Security-Policy <meta> to complete`);
          delete bundle['index.html'];
          this.emitFile({ type: 'asset', fileName, source: html.replace(CSP_META, () => cspMeta(policy)) });
        },
      },
    },
  ];
}

/** The single file's pass, for `afterNormalBuild`, and the plugins of that pass: add them once to the config's plugins. */
export function portableDeck(fileName: string): { pass: LaterPass; plugins: Plugin[] } {
  return { pass: portablePass(fileName), plugins: singleFile(fileName) };
}
