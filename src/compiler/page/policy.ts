import { createHash } from 'node:crypto';

/** What a page needs beyond `'self'`: the inline scripts it may run, and whether its fonts are inlined. */
export interface PolicyNeeds {
  /** `'sha256-…'` sources, one for each inline script the page or its speaker-view popup runs. */
  scriptHashes: readonly string[];
  /** Fonts inlined as `data:` URLs (the single-file deck), where `'self'` cannot serve them. */
  inlineFonts?: boolean;
}

/**
 * The deck's Content-Security-Policy. Inline styles stay allowed: reveal lays slides out through style
 * attributes. Nothing connects anywhere but the page's own origin (`default-src 'self'` covers `connect-src`,
 * including the dev server's HMR socket), no plugin content runs, a `<base>` cannot move relative script URLs
 * elsewhere, and no form submits.
 */
export function deckPolicy({ scriptHashes, inlineFonts = false }: PolicyNeeds): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...scriptHashes],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'", ...(inlineFonts ? ['data:'] : [])],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'none'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** The CSP source that allows exactly this inline script text (hashed as UTF-8, as browsers do). */
export function hashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}
