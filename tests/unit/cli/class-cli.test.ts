// `npm run class` as a lecturer types it: --help and a wrong option answer from the server's own parser before
// the deck is built (which takes a minute on a slow laptop), with the exit codes a script can test.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readArgs, USAGE } from '../../../src/server/args';

function run(args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/class.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run class', () => {
  it('--help prints the usage and exits 0, building nothing and serving nothing', () => {
    const { code, out, err } = run(['--help', '--port', '1']);
    expect({ code, out: out.trim(), err }).toEqual({ code: 0, out: USAGE, err: '' });
    expect(readArgs(['-h'])).toEqual({ help: USAGE });
  });

  it('a wrong option says what is wrong, with the usage, and exits 2 before any build', () => {
    const { code, out, err } = run(['--prot', '8090']);
    expect(code).toBe(2);
    expect(out).not.toContain('Building');
    expect(err).toContain("Unknown option '--prot'");
    expect(err).toContain(USAGE);
    expect(readArgs(['--port', 'x'])).toEqual({ error: '--port x: a port is a whole number from 0 to 65535' });
  });
});
