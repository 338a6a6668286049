import { SlideError } from './errors.ts';

/** Attributes whose URL Vite's HTML pass resolves, fingerprints and copies into dist/ (images, media, SVG images). */
const ASSET_ATTRIBUTES = new Set(['src', 'poster', 'srcset']);
const SVG_IMAGE_ATTRIBUTES = new Set(['href', 'xlink:href']);

/** Tells whether a path in the project (`assets/x.svg`, or `/robots.txt` from public/) is a file. */
export type AssetExists = (path: string) => boolean;

/**
 * A slide's image must exist when the deck is built: Vite leaves a URL it cannot resolve as it is, so a missing
 * file would only show as a broken image in front of the room. The deck works offline, so an image from another
 * site is refused too; `data:` URLs are the author's own.
 */
export function checkAssetUrl(file: string, line: number, tag: string, attribute: string, value: string, exists: AssetExists): void {
  const isAsset = ASSET_ATTRIBUTES.has(attribute) || (tag === 'image' && SVG_IMAGE_ATTRIBUTES.has(attribute));
  if (!isAsset) return;
  const urls = attribute === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value.trim()];
  for (const url of urls) {
    if (/^(https?:)?\/\//i.test(url)) {
      throw new SlideError(
        file,
        line,
        `<${tag} ${attribute}="${url}"> comes from another site, and the deck must work offline: save the file in assets/ and write assets/…`,
      );
    }
    if (url === '' || /^([a-z][a-z0-9+.-]*:|#)/i.test(url)) continue;
    const path = safeDecode(url.replace(/[?#].*$/, '')).replace(/^\.?\//, '');
    if (path.split('/').includes('..')) {
      throw new SlideError(
        file,
        line,
        `<${tag} ${attribute}="${url}"> points outside the project folder: put the file in assets/ and write assets/…`,
      );
    }
    if (!exists(path)) {
      throw new SlideError(
        file,
        line,
        `<${tag} ${attribute}="${url}">: no file ${path} in the project; put the file in assets/ (or fix the path: it is relative to the project folder)`,
      );
    }
  }
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
