import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real class server process (`npm run class`'s script) on 127.0.0.1, serving the built dist/. */
export interface ClassServer {
  readonly origin: string;
  readonly lecturerLink: string;
  readonly port: number;
  readonly stateDir: string;
  stop(): Promise<void>;
}

/** Starts one; `port` 0 picks a free port; the same `stateDir` and port bring a stopped class back. */
export async function startClassServer(options: { port?: number; stateDir?: string } = {}): Promise<ClassServer> {
  const stateDir = options.stateDir ?? mkdtempSync(join(tmpdir(), 'class-state-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['scripts/class.mjs', '--no-build', '--host', '127.0.0.1', '--port', String(options.port ?? 0), '--state-dir', stateDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const lecturerLink = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`the class server did not start in 30 s:\n${output}`));
    }, 30_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const link = /lecturer: (http:\/\/\S+)/.exec(output)?.[1];
      if (link && /students: /.test(output)) {
        clearTimeout(timer);
        resolve(link);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the class server exited (${String(code)}):\n${output}`));
    });
  });
  const url = new URL(lecturerLink);
  return {
    origin: url.origin,
    lecturerLink,
    port: Number(url.port),
    stateDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
