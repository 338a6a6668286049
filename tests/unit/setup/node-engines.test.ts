import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const manifest = read('package.json') as { engines: { node: string } };
const lock = read('package-lock.json') as { packages: Record<string, { engines?: unknown }> };
const ours = manifest.engines.node;

/** Every package the lock file installs that names the Node.js versions it runs on. */
const ranges = Object.entries(lock.packages).flatMap(([path, entry]) => {
  const engines = entry.engines;
  const node = typeof engines === 'object' && engines !== null && 'node' in engines ? engines.node : undefined;
  return path !== '' && typeof node === 'string' ? [{ name: path.replace(/^.*node_modules\//, ''), node }] : [];
});

describe('the Node.js versions the project says it runs on', () => {
  it('are ones every installed package runs on: npm refuses the others at install, before a tool refuses them mid-lint', () => {
    // dependency-cruiser, ESLint, Vite and Vitest among them; on Node 23 `npm run lint` stopped after Prettier.
    expect(ranges.map((r) => r.name)).toEqual(expect.arrayContaining(['dependency-cruiser', 'eslint', 'vite', 'vitest']));
    const refused = ranges.filter((r) => !semver.subset(ours, r.node)).map((r) => `${r.name} (${r.node})`);
    expect(refused, `package.json's engines.node ${ours} takes versions these refuse`).toEqual([]);
    expect(readFileSync('.npmrc', 'utf8')).toMatch(/^engine-strict=true$/m);
  });

  it('match what package-lock.json records for the project, so npm ci reads the same range', () => {
    expect(lock.packages['']?.engines).toEqual(manifest.engines);
  });
});
