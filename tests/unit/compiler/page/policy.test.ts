import { describe, expect, it } from 'vitest';
import { deckPolicy, hashSource } from '../../../../src/compiler/page/policy';

describe('deckPolicy', () => {
  it('is the strict policy, with the given script hashes and nothing else inline', () => {
    expect(deckPolicy({ scriptHashes: ["'sha256-a'", "'sha256-b'"] })).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'",
    );
  });

  it('allows data: fonts only for a page that inlines its fonts', () => {
    expect(deckPolicy({ scriptHashes: [], inlineFonts: true })).toContain("font-src 'self' data:;");
    expect(deckPolicy({ scriptHashes: [] })).toContain("script-src 'self';");
  });
});

describe('hashSource', () => {
  // Reference values from `printf %s TEXT | openssl dgst -sha256 -binary | base64`.
  it('hashes the script text as UTF-8 into a CSP source', () => {
    expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(hashSource('é\n')).toBe("'sha256-7dOoY4cqBCOesprUvBL8iSs9SuV8x+eGo2l4FvjhQcI='");
  });
});
