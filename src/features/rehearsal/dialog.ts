import { formatLengthMinutes } from '../../model/time';
import { isPress, KEYMAP } from '../../model/keymap';
import dialogStyle from './rehearsal.css?inline';
import { parseRuns } from './codec';
import { button } from './dialog-parts';
import { historySection } from './history-view';
import { buildReport } from './report';
import { renderReport } from './report-view';
import type { Run } from './run';
import type { RehearsalStore } from './store';

/** What the dialog asks of the recorder. */
export interface RehearsalActions {
  start(): void;
  stop(): void;
  togglePause(): void;
  setSkipped(blockId: string, skipped: boolean): void;
  now(): number;
}

/**
 * The rehearsal dialog: start, pause and stop a run, choose the blocks to skip, read a run's report, and keep
 * the history (delete, export, import). Keys pressed inside it stay inside it, so reveal does not move.
 */
export class RehearsalDialog {
  readonly element: HTMLDialogElement;
  private readonly body: HTMLElement;
  private readonly message: HTMLElement;
  private selected: string | null = null;

  /** `doc`: the page it shows on, the projector's or the speaker view's, which has none of our styles. */
  constructor(
    private readonly store: RehearsalStore,
    private readonly actions: RehearsalActions,
    private readonly doc: Document = document,
  ) {
    if (doc !== document) {
      const style = doc.createElement('style');
      style.textContent = dialogStyle;
      doc.head.append(style);
    }
    this.element = doc.createElement('dialog');
    this.element.className = 'rehearsal-dialog';
    this.element.setAttribute('aria-label', 'Rehearsal');
    this.body = document.createElement('div');
    this.message = document.createElement('p');
    this.message.className = 'rehearsal-message';
    this.message.setAttribute('role', 'status');
    this.element.append(this.body);
    this.element.tabIndex = -1;
    // While the dialog is open, reveal hears no key: Escape (and R, which opened it) close the dialog instead of
    // opening the overview, wherever the focus is. Caught on the way down, before reveal's own listener.
    doc.addEventListener('keydown', this.keepKeys, true);
    this.element.addEventListener('close', () => {
      this.selected = null;
    });
    doc.body.append(this.element);
  }

  private readonly keepKeys = (event: KeyboardEvent): void => {
    if (!this.element.open) return;
    event.stopPropagation();
    if (
      isPress(KEYMAP['rehearsal.close'], event) ||
      (isPress(KEYMAP['rehearsal.dialog'], event) && (event.target as Element | null)?.tagName !== 'INPUT')
    ) {
      event.preventDefault();
      this.close();
    }
  };

  /** Takes the dialog off the page and gives reveal its keys back. */
  destroy(): void {
    this.doc.removeEventListener('keydown', this.keepKeys, true);
    this.element.remove();
  }

  get isOpen(): boolean {
    return this.element.open;
  }

  open(): void {
    this.render();
    if (!this.element.open) this.element.showModal();
  }

  close(): void {
    this.element.close();
  }

  say(text: string): void {
    this.message.textContent = text;
  }

  render(): void {
    const now = this.actions.now();
    const current = this.store.current;
    const parts: HTMLElement[] = [this.header(), this.controls(current), this.message, ...this.storageNotes()];
    if (current) parts.push(this.skipList(current));
    const report = this.report(current, now);
    if (report) parts.push(report);
    parts.push(this.history(now));
    const hadFocus = this.element.contains(this.doc.activeElement);
    this.body.replaceChildren(...parts);
    // The button that was pressed is gone with the old content; keep the focus in the dialog.
    if (hadFocus && !this.element.contains(this.doc.activeElement)) this.element.focus();
  }

  private header(): HTMLElement {
    const head = document.createElement('header');
    const title = document.createElement('h2');
    title.textContent = 'Rehearsal';
    head.append(
      title,
      button(
        'Close (Esc)',
        () => {
          this.close();
        },
        'rehearsal-close',
      ),
    );
    return head;
  }

  /** Pause or resume and stop while a run goes on; start one otherwise. */
  private controls(current: Run | null): HTMLElement {
    const controls = document.createElement('div');
    controls.className = 'rehearsal-controls';
    if (current) {
      const paused = current.pausedSince !== null;
      controls.append(
        button(paused ? 'Resume' : 'Pause', () => {
          this.actions.togglePause();
          this.render();
        }),
        button(
          'Stop and save the run',
          () => {
            this.actions.stop();
            this.render();
          },
          'primary',
        ),
      );
    } else {
      controls.append(
        button(
          'Start a run from this slide',
          () => {
            this.actions.start();
            this.close();
          },
          'primary',
        ),
      );
    }
    return controls;
  }

  /** The report of the run picked in the history, else the current run, else the last one saved. */
  private report(current: Run | null, now: number): HTMLElement | null {
    const shown = (this.selected ? this.store.runs.find((r) => r.id === this.selected) : null) ?? current ?? this.store.runs.at(-1) ?? null;
    if (!shown) return null;
    const report = document.createElement('section');
    report.className = 'rehearsal-report';
    const previous = this.store.previous(shown);
    renderReport(report, shown, buildReport(shown, shown.endedAt ?? now, previous), previous, () => {
      this.close();
    });
    return report;
  }

  private history(now: number): HTMLElement {
    return historySection(this.store, now, {
      report: (id) => {
        this.selected = id;
        this.render();
      },
      say: (text) => {
        this.say(text);
      },
      changed: () => {
        this.render();
      },
      importText: (name, text) => {
        this.importText(name, text);
      },
    });
  }

  private skipList(run: Run): HTMLElement {
    const box = document.createElement('fieldset');
    box.className = 'rehearsal-skips';
    const legend = document.createElement('legend');
    legend.textContent = 'Skip in this run (counted at their planned length)';
    box.append(legend);
    for (const block of run.blocks) {
      const label = document.createElement('label');
      const check = document.createElement('input');
      check.type = 'checkbox';
      check.checked = run.skipped.includes(block.id);
      check.addEventListener('change', () => {
        this.actions.setSkipped(block.id, check.checked);
        this.render();
      });
      label.append(check, ` ${block.title} (${formatLengthMinutes(block.seconds / 60)})`);
      box.append(label);
    }
    return box;
  }

  importText(name: string, text: string): void {
    const parsed = parseRuns(text);
    if (!parsed.ok) {
      this.say(`Could not import ${name}: ${parsed.error}.`);
      return;
    }
    const count = `${parsed.value.length} run${parsed.value.length === 1 ? '' : 's'}`;
    // Success is what storage holds afterwards, not what was handed to it.
    const stored = this.store.add(parsed.value.map((r) => (r.endedAt === null ? { ...r, endedAt: r.startedAt } : r)));
    this.selected = parsed.value.at(-1)?.id ?? null;
    this.render();
    this.say(
      stored
        ? `Imported ${count} from ${name}.`
        : `Read ${count} from ${name}, but the browser would not store them: they are shown until this page closes.`,
    );
  }

  /** Lasting notes on storage: a run that is not being kept, and runs set aside. */
  private storageNotes(): HTMLElement[] {
    const notes: string[] = [];
    if (!this.store.keeping)
      notes.push('This browser refuses to store rehearsals: what you record now is lost on reload. Export JSON keeps a copy.');
    const aside = this.store.setAside.length;
    if (aside > 0)
      notes.push(`${aside} stored rehearsal${aside === 1 ? ' was' : 's were'} unreadable and set aside; Export set-aside keeps a copy.`);
    return notes.map((text) => {
      const p = document.createElement('p');
      p.className = 'rehearsal-warning';
      p.textContent = text;
      return p;
    });
  }
}
