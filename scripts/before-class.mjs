// `node scripts/before-class.mjs [--date YYYY-MM-DD]`: the message of docs/before-class.md, ready to send, with the
// class file's date and times filled in (slides/class.yaml, read and checked as the build reads it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const root = process.cwd();
const { values } = parseArgs({ options: { date: { type: 'string' } } });

/** @type {{ module: typeof import('../src/compiler/deck/class-file.ts') }} */
const { module } = await runnerImport(join(root, 'src/compiler/deck/class-file.ts'));
const day = module.loadClassFile(root, module.classFilePath(root, join(root, 'slides')));
const iso = values.date ?? day.date;
// The day before class, "today" is the wrong day: the date must be said.
if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(Date.parse(`${iso}T00:00:00Z`))) {
  console.error('before-class: no class date. Set `date:` in slides/class.yaml, or pass --date YYYY-MM-DD.');
  process.exit(1);
}
/** @param {number} minutes */
const clock = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const date = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
  new Date(`${iso}T00:00:00Z`),
);
const page = readFileSync(join(root, 'docs/before-class.md'), 'utf8');
const message = page.slice(page.indexOf('\n---\n') + 5);
process.stdout.write(message.replaceAll('{{date}}', date).replaceAll('{{start}}', clock(day.start)).replaceAll('{{end}}', clock(day.end)));
