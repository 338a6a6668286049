import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer checks refuse every forbidden import in the fixture (tests/unit/layers/fixture: each probe file says
 * which check must refuse it) and accept the clean modules beside them. The fixture is laid out like src/ and
 * checked as the project checks src/: dependency-cruiser with the project's rules, and tsc with the pure layers'
 * settings (tsconfig.pure.json: no DOM, no Node types).
 */
const FIXTURE = join(import.meta.dirname, 'fixture');
const ROOT = join(import.meta.dirname, '../../..');

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
const sources = files(join(FIXTURE, 'src')).map((file) => relative(FIXTURE, file));
const probes = sources.filter((file) => /\/probe-[^/]+\.ts$/.test(file));
const clean = sources.filter((file) => !probes.includes(file));

/** The checks a probe names in its first line: `// refused by: rule-a, tsc`. */
const refusedBy = (file: string): string[] =>
  (/refused by: (.+)/.exec(readFileSync(join(FIXTURE, file), 'utf8'))?.[1] ?? '').split(',').map((s) => s.trim());

const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: FIXTURE, encoding: 'utf8' });

/** file -> the rules it breaks, and file -> its compiler errors. */
const broken = new Map<string, Set<string>>();
const compileErrors = new Map<string, string[]>();

beforeAll(() => {
  // The script `npm run lint` runs, on the Node.js running these tests.
  const cruise = run([join(ROOT, 'scripts/layers.mjs'), 'src', '--config', join(ROOT, '.dependency-cruiser.cjs'), '--json']);
  const { summary } = JSON.parse(cruise.stdout) as { summary: { violations: { from: string; rule: { name: string } }[] } };
  for (const { from, rule } of summary.violations) broken.set(from, (broken.get(from) ?? new Set()).add(rule.name));

  const tsc = run([join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json']);
  for (const [, file = '', message = ''] of tsc.stdout.matchAll(/^(\S+\.ts)\(\d+,\d+\): error (.*)$/gm)) {
    compileErrors.set(file, [...(compileErrors.get(file) ?? []), message]);
  }
}, 120_000);

describe('the layer checks', () => {
  it('have probes to refuse: every one the 2026-12-06 review found passing, and more', () => {
    expect(probes.length).toBeGreaterThanOrEqual(12);
  });

  it.each(probes)('refuse %s', (file) => {
    const checks = refusedBy(file);
    expect(checks.length, `${file} names the check that refuses it`).toBeGreaterThan(0);
    for (const check of checks) {
      if (check === 'tsc') expect(compileErrors.get(file), `tsc (pure layers) refuses ${file}`).toBeDefined();
      else expect([...(broken.get(file) ?? [])], `dependency-cruiser refuses ${file}`).toContain(check);
    }
  });

  it('accept the clean modules the probes import', () => {
    expect(clean.length).toBeGreaterThan(0);
    for (const file of clean) {
      expect(broken.get(file), file).toBeUndefined();
      expect(compileErrors.get(file), file).toBeUndefined();
    }
  });
});

describe('the fixture', () => {
  it('is left out of the project’s own lint and type check', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    for (const file of probes) expect(await eslint.isPathIgnored(join(FIXTURE, file)), file).toBe(true);
    const tsconfig = readFileSync(join(ROOT, 'tsconfig.json'), 'utf8');
    expect(tsconfig).toContain('"tests/unit/layers/fixture"');
  });
});
