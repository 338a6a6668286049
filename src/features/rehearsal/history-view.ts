import { LIMITS, runsToCsv, runsToJson, tooBig } from './codec';
import { button, download } from './dialog-parts';
import type { RehearsalStore } from './store';
import { buildReport } from './report';
import { projectionText } from './report-view';

/** What the history asks of the dialog around it. */
export interface HistoryHooks {
  report(runId: string): void;
  say(text: string): void;
  /** The stored runs changed: draw again. */
  changed(): void;
  importText(name: string, text: string): void;
}

/** A run's start, on the 24-hour clock the agenda uses. */
const CLOCK = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The stored runs, newest first, each with its report and delete buttons; export, import and the set-aside copy. */
export function historySection(store: RehearsalStore, now: number, hooks: HistoryHooks): HTMLElement {
  const section = document.createElement('section');
  section.className = 'rehearsal-history';
  const title = document.createElement('h3');
  title.textContent = `History (${store.runs.length} run${store.runs.length === 1 ? '' : 's'})`;
  section.append(title, runTable(store, now, hooks), historyTools(store, hooks));
  return section;
}

function runTable(store: RehearsalStore, now: number, hooks: HistoryHooks): HTMLTableElement {
  const table = document.createElement('table');
  for (const run of [...store.runs].reverse()) {
    const row = table.insertRow();
    const when = CLOCK.format(new Date(run.startedAt));
    row.insertCell().textContent = `${run.date} ${when}`;
    row.insertCell().textContent = projectionText(buildReport(run, run.endedAt ?? now), run);
    const actions = row.insertCell();
    actions.append(
      button('Report', () => {
        hooks.report(run.id);
      }),
      button('Delete', () => {
        store.delete(run.id);
        hooks.say(`Deleted the run of ${run.date} ${when}.`);
        hooks.changed();
      }),
    );
  }
  return table;
}

/** Export (and the set-aside copy, when there is one) and import, with the hidden file input it opens. */
function historyTools(store: RehearsalStore, hooks: HistoryHooks): HTMLElement {
  const tools = document.createElement('div');
  tools.className = 'rehearsal-controls';
  const input = importInput(hooks);
  tools.append(
    button('Export JSON', () => {
      download('rehearsals.json', 'application/json', runsToJson(store.runs));
    }),
    button('Export CSV', () => {
      download('rehearsals.csv', 'text/csv', runsToCsv(store.runs));
    }),
    button('Import JSON…', () => {
      input.click();
    }),
    input,
  );
  if (store.setAside.length > 0) {
    tools.append(
      button('Export set-aside', () => {
        download('rehearsals-set-aside.json', 'application/json', `${JSON.stringify(store.setAside, null, 2)}\n`);
      }),
    );
  }
  return tools;
}

function importInput(hooks: HistoryHooks): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,application/json';
  input.hidden = true;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Refused before reading: a 47 MB file took the page down while it was parsed.
    if (file.size > LIMITS.importBytes) hooks.say(`Could not import ${file.name}: ${tooBig(file.size)}.`);
    else
      void file.text().then((text) => {
        hooks.importText(file.name, text);
      });
  });
  return input;
}
