import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { notesPluginFile, notesPopupScript } from './notes-popup.ts';
import { deckPolicy, hashSource } from './policy.ts';

/** The policy's `<meta>`, as this plugin writes it (the policy has no double quote to escape). */
export const cspMeta = (policy: string): string => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
export const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

/** The hash that lets reveal's speaker-view popup run its inline script, read from the installed plugin. */
export function speakerViewHash(root: string): string {
  const file = notesPluginFile(root);
  return hashSource(notesPopupScript(readFileSync(file, 'utf8'), file));
}

/**
 * Ships the deck's Content-Security-Policy as a `<meta>` in every page the build writes, and in the dev
 * server's (nothing Vite's dev client does needs more than `'self'`). `vite preview`, which the e2e suite
 * serves, also sends it as a response header, except for the pages named in `ownPolicy`, whose meta
 * differs (the single-file deck's inline scripts have hashes of their own).
 */
export function contentSecurityPolicy({ ownPolicy = [] }: { ownPolicy?: readonly string[] } = {}): Plugin {
  let policy = '';
  return {
    name: 'deck-content-security-policy',
    configResolved(config) {
      policy = deckPolicy({ scriptHashes: [speakerViewHash(config.root)] });
    },
    // First in <head>: a policy in a <meta> governs only what the parser meets after it.
    transformIndexHtml(html, context) {
      if (!/<head>/i.test(html)) throw new Error(`${context.filename}: no <head> to carry the Content-Security-Policy`);
      return html.replace(/<head>/i, (head) => `${head}\n    ${cspMeta(policy)}`);
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://preview').pathname;
        if (!ownPolicy.some((page) => path.endsWith(`/${page}`))) response.setHeader('Content-Security-Policy', policy);
        next();
      });
    },
  };
}
