// `npm run class`: bundles the class server (src/server, TypeScript sharing its message schemas with the browser)
// when its code changed, answers --help and a wrong option at once, builds the deck when the slides or the code
// changed since the last build, and starts the server.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const SERVER_DIR = 'node_modules/.cache/class-server';
const SERVER_FILE = join(SERVER_DIR, 'main.mjs');
const DECK_SOURCES = ['src', 'slides', 'public', 'assets', 'index.html', 'student.html', 'remote.html', 'vite.config.ts', 'package.json'];
const SERVER_SOURCES = ['src/server', 'src/model', 'package.json', 'scripts/class.mjs'];

/** The newest modification time under these paths (0 for none). @param {string[]} paths @returns {number} */
function newest(paths) {
  let time = 0;
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    if (stat.isDirectory()) time = Math.max(time, newest(readdirSync(path).map((name) => join(path, name))));
    else time = Math.max(time, stat.mtimeMs);
  }
  return time;
}

/** @param {string} file */
const modified = (file) => newest([file]);

if (modified(SERVER_FILE) < newest(SERVER_SOURCES)) {
  // Into a folder of its own, then renamed into place: two servers started at once never read half a file.
  const tmp = join(SERVER_DIR, `tmp-${String(process.pid)}`);
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: 'src/server/main.ts',
      outDir: tmp,
      emptyOutDir: true,
      target: 'node20',
      rolldownOptions: { output: { entryFileNames: 'main.mjs' } },
    },
  });
  mkdirSync(SERVER_DIR, { recursive: true });
  renameSync(join(tmp, 'main.mjs'), SERVER_FILE);
  rmSync(tmp, { recursive: true, force: true });
}
/** @type {{ runClass: (argv: string[]) => void, commandLine: (argv: string[]) => unknown }} */
const server = await import(pathToFileURL(SERVER_FILE).href);
// --help and a wrong option are answered before the deck is built: the server's own parser, in its small bundle.
const argv = process.argv.slice(2);
if (server.commandLine(argv) === undefined) process.exit();
if (!argv.includes('--no-build') && modified('dist/index.html') < newest(DECK_SOURCES)) {
  console.log('Building the deck (the slides or the code changed since dist/ was built)...');
  await import('./build.mjs');
  if (process.exitCode) process.exit();
}
server.runClass(argv);
