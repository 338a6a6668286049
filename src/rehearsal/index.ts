/**
 * Rehearsal mode: records the time spent on every slide and step against the agenda's plan, keeps the runs,
 * and reports planned against actual. The main deck window records; the speaker view shows the running total.
 */
import './rehearsal.css';
import type { DayPlan } from '../agenda/day';
import { formatClock, formatDuration } from '../agenda/time';
import type { Deck } from '../reveal';
import { stepShown } from '../scenes/runtime/read-step';
import type { RehearsalDialog } from './dialog';
import { rehearsalPlan, skippedByDefault } from './plan';
import { enter, finish, newRun, pause, recordedMs, resume, skipBlock, slideTime, unskipBlock, type Place, type Run } from './run';
import type { SafeStorage } from '../presenter/storage';
import { RehearsalStore } from './store';
import { showInSpeakerView } from './speaker';

const CHANNEL = 'vmdocker-rehearsal';

export function attachRehearsal(deck: Deck, plan: DayPlan, storage: SafeStorage, search = location.search): void {
  const params = new URLSearchParams(search);
  if (deck.isPrintView()) return;
  if (params.has('receiver')) {
    if (params.get('postMessageEvents') === 'true') showInSpeakerView(CHANNEL);
    return;
  }

  const store = new RehearsalStore(storage);
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(CHANNEL) : null;
  const badge = document.createElement('div');
  badge.className = 'rehearsal-badge';
  badge.setAttribute('role', 'status');
  badge.hidden = true;
  document.body.append(badge);

  const place = (): Place => {
    const slide = deck.getCurrentSlide();
    const { h, v } = deck.getIndices(slide);
    return { blockId: slide.dataset.block ?? 'unknown', slide: `${h}/${v ?? 0}`, step: stepShown(slide) };
  };

  const save = (run: Run | null) => {
    store.saveCurrent(run);
    update();
  };

  const actions = {
    now: () => Date.now(),
    start() {
      const { blocks, slides } = rehearsalPlan(deck.getSlides(), (s) => deck.getIndices(s), plan);
      const now = Date.now();
      const today = new Date(now);
      const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
      let run = newRun({ id: `run-${now}`, date, classStart: formatClock(plan.schedule.start), classEnd: formatClock(plan.schedule.end), blocks, slides }, now, place());
      for (const id of skippedByDefault(blocks)) run = skipBlock(run, id, now);
      save(run);
    },
    stop() {
      if (!store.current) return;
      store.add([finish(store.current, Date.now())]);
      save(null);
    },
    togglePause() {
      const run = store.current;
      if (!run) return;
      save(run.pausedSince === null ? pause(run, Date.now()) : resume(run, Date.now()));
    },
    setSkipped(blockId: string, skipped: boolean) {
      const run = store.current;
      if (!run) return;
      save(skipped ? skipBlock(run, blockId, Date.now()) : unskipBlock(run, blockId));
    },
  };
  // The dialog, its report and charts load on first use: most of a class day never opens them.
  let dialog: Promise<RehearsalDialog> | null = null;
  const openDialog = () =>
    (dialog ??= import('./dialog')
      .then(({ RehearsalDialog }) => {
        const created = new RehearsalDialog(store, actions);
        if (store.problems.length > 0) created.say(store.problems.join(' '));
        return created;
      })
      .catch((error: unknown) => {
        // A failed load must not stay cached: R would never open the dialog again until a reload.
        dialog = null;
        throw error;
      }));
  let notice = store.problems.length > 0 ? `Rehearsal storage: ${store.problems.join(' ')} Press R for details.` : '';
  setTimeout(() => {
    notice = '';
    update();
  }, 10_000);

  function update(): void {
    const run = store.current;
    badge.hidden = run === null && notice === '';
    badge.classList.toggle('notice', run === null && notice !== '');
    if (!run) {
      badge.textContent = notice;
      channel?.postMessage(null);
      return;
    }
    const now = Date.now();
    const here = run.place;
    const plannedHere = run.slides.find((s) => s.slide === here?.slide)?.seconds ?? 0;
    const onSlide = here ? slideTime(run, here.slide, now) : 0;
    const paused = run.pausedSince !== null;
    const total = recordedMs(run, now);
    badge.classList.toggle('paused', paused);
    badge.classList.toggle('unsaved', !store.keeping);
    // Storage refused the run: the lecturer must know before rehearsing for an hour, not after a reload.
    const kept = store.keeping ? '' : ' · NOT SAVED (storage refused): press R, Stop, Export JSON';
    badge.textContent = `${paused ? '❚❚ Paused' : '● Rehearsing'} · slide ${formatDuration(onSlide)} / ${formatDuration(plannedHere * 1000)} · run ${formatDuration(total)}${kept}`;
    channel?.postMessage({ paused, onSlideMs: onSlide, plannedSlideS: plannedHere, totalMs: total, plannedSoFarS: plannedReached(run, now) });
  }

  for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden']) {
    deck.on(event, () => {
      if (store.current) save(enter(store.current, place(), Date.now()));
    });
  }
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.data === 'toggle-pause') actions.togglePause();
  });

  // While the dialog is open it takes the keys itself, R included, so this only ever opens it.
  deck.addKeyBinding({ keyCode: 82, key: 'R', description: 'Rehearsal: start, pause, stop, report' }, () => {
    openDialog()
      .then((d) => {
        d.open();
      })
      .catch((error: unknown) => {
        notice = `The rehearsal dialog failed to open (${error instanceof Error ? error.message : String(error)}); press R to try again.`;
        update();
      });
  });

  if (store.current) save(enter(store.current, place(), Date.now()));
  else if (params.has('rehearse')) actions.start();
  setInterval(update, 1000);
  update();
}

/** Planned seconds of the slides the run has reached: what the time recorded so far should have been. */
function plannedReached(run: Run, now: number): number {
  return run.slides.filter((s) => !run.skipped.includes(s.blockId) && slideTime(run, s.slide, now) > 0).reduce((a, s) => a + s.seconds, 0);
}
