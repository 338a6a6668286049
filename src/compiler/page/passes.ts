import { resolve } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';

/**
 * Rolldown reports plugins that took most of a build's time. The later passes run inside the first's
 * `closeBundle`, so that report would blame them on every build, and on a busy machine it fires for any plugin.
 */
export const QUIET_CHECKS = { pluginTimings: false };

/** A build of its own after the normal one has written its files: the config file is loaded again in `mode`. */
export interface LaterPass {
  readonly mode: string;
  run(config: ResolvedConfig): Promise<void>;
}

/** Runs the later passes one after another (not side by side: they write into the same folder) once dist/ is written. */
export function afterNormalBuild(passes: readonly LaterPass[]): Plugin {
  const modes = new Set(passes.map((pass) => pass.mode));
  let config: ResolvedConfig;
  let written = false;
  return {
    name: 'deck-later-passes',
    apply: (_, env) => env.command === 'build' && !modes.has(env.mode),
    config: () => ({ build: { rolldownOptions: { checks: QUIET_CHECKS } } }),
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle() {
      written = true;
    },
    async closeBundle() {
      if (!written) return;
      for (const pass of passes) await pass.run(config);
    },
  };
}

/**
 * Builds again in `mode` into the normal build's folder, quietly (the normal build already listed its files), and
 * returns that folder.
 */
export async function buildAgain(config: ResolvedConfig, mode: string): Promise<string> {
  const outDir = resolve(config.root, config.build.outDir);
  await build({ configFile: config.configFile ?? false, root: config.root, mode, logLevel: 'warn', build: { outDir } });
  return outDir;
}
