/**
 * Rehearsal mode: records the time spent on every slide and step against the agenda's plan, keeps the runs,
 * and reports planned against actual. The main deck window records; the speaker view shows the running total.
 */
import './rehearsal.css';
import type { DeckContext } from '../../platform/context';
import { disposer, type Disposer, type Feature } from '../../platform/feature';
import { privacyOf } from '../../platform/speaker/privacy';
import { reserveTop } from '../../platform/reserve-top';
import { speakerPopup } from '../../platform/speaker/popup';
import { formatClock, formatDurationMs } from '../../model/time';
import type { Deck } from '../../platform/reveal';
import { stepShown } from '../../platform/read-step';
import type { RehearsalDialog } from './dialog';
import { rehearsalPlan, skippedByDefault } from './plan';
import {
  enter,
  finish,
  IDLE_LIMIT_MS,
  lastActivity,
  newRun,
  pause,
  plannedReached,
  recordedMs,
  resume,
  skipBlock,
  slideTime,
  stopIfIdle,
  unskipBlock,
  type Place,
  type Run,
} from './run';
import { RehearsalStore } from './store';
import { askForDialog, OPEN_DIALOG, showInSpeakerView } from './speaker';
import { localDate, when } from './when';
import { channelName } from '../../model/keys';

const CHANNEL = channelName('rehearsal');
const R = 82;
/** How long a notice (storage trouble, a run stopped while idle) stays on the badge and in the speaker view. */
const NOTICE_MS = 30_000;

export function rehearsalFeature(): Feature<DeckContext> {
  const held = disposer();
  return {
    id: 'rehearsal',
    init(deck, context) {
      attachRehearsal(deck, context, held);
    },
    destroy() {
      held.dispose();
    },
  };
}

/** Records against the day's plan, by the context's clock: `?now=` moves the rehearsal as it moves the agenda. */
function attachRehearsal(deck: Deck, context: DeckContext, held: Disposer): void {
  const { day, content, storage, clock, params, speaker } = context;
  if (deck.isPrintView()) return;
  if (speaker.role !== 'main') {
    if (speaker.role === 'speaker') {
      held.defer(showInSpeakerView(speaker, CHANNEL));
      held.defer(askForDialog(deck, CHANNEL, R));
    }
    return;
  }

  const now = (): number => clock.now().getTime();
  const store = new RehearsalStore(storage);
  // The badge is the lecturer's: on the projector only when chosen, or while no speaker view is open.
  const privacy = privacyOf(context);
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(CHANNEL) : null;
  const badge = document.createElement('div');
  badge.className = 'rehearsal-badge';
  badge.setAttribute('role', 'status');
  badge.hidden = true;
  document.body.append(badge);
  held.defer(() => {
    channel?.close();
    badge.remove();
  });
  held.defer(reserveTop(badge, 'badge'));

  const place = (): Place => {
    const slide = deck.getCurrentSlide();
    const { h, v } = deck.getIndices(slide);
    return { blockId: slide.dataset.block ?? 'unknown', slide: `${h}/${v ?? 0}`, step: stepShown(slide) };
  };

  /** Where reveal put a planned slide (`h/v`): the plan knows the slides, reveal their positions. */
  const slideAt = (section: HTMLElement): string => {
    const { h, v } = deck.getIndices(section);
    return `${h}/${v ?? 0}`;
  };
  const planned = () => rehearsalPlan(day.plan, content, deck.getSlidesElement() ?? document, slideAt);

  const save = (run: Run | null) => {
    store.saveCurrent(run);
    update();
  };

  const actions = {
    now,
    start() {
      const { plan } = day;
      const { blocks, slides } = planned();
      const at = now();
      let run = newRun(
        {
          id: `run-${at}`,
          date: localDate(at),
          classStart: formatClock(plan.schedule.start),
          classEnd: formatClock(plan.schedule.end),
          blocks,
          slides,
        },
        at,
        place(),
      );
      for (const id of skippedByDefault(blocks)) run = skipBlock(run, id, at);
      save(run);
    },
    stop() {
      if (!store.current) return;
      store.add([finish(store.current, now())]);
      save(null);
    },
    togglePause() {
      const run = store.current;
      if (!run) return;
      save(run.pausedSince === null ? pause(run, now()) : resume(run, now()));
    },
    setSkipped(blockId: string, skipped: boolean) {
      const run = store.current;
      if (!run) return;
      save(skipped ? skipBlock(run, blockId, now()) : unskipBlock(run, blockId));
    },
  };
  // The dialog, its report and charts load on first use: most of a class day never opens them. It opens in the
  // speaker view while one is open, where the lecturer's hands are: one dialog per page it was shown on.
  const popup = speakerPopup();
  held.defer(() => {
    popup.dispose();
  });
  const dialogs = new Map<Document, Promise<RehearsalDialog>>();
  const openDialog = (doc: Document = popup.document() ?? document): Promise<RehearsalDialog> => {
    const made = dialogs.get(doc);
    if (made) return made;
    const loading = import('./dialog')
      .then(({ RehearsalDialog }) => {
        const created = new RehearsalDialog(store, actions, doc);
        held.defer(() => {
          created.destroy();
        });
        const said = [...store.problems, ...(stoppedIdle ? [stoppedIdle] : [])];
        if (said.length > 0) created.say(said.join(' '));
        return created;
      })
      .catch((error: unknown) => {
        // A failed load must not stay cached: R would never open the dialog again until a reload.
        dialogs.delete(doc);
        throw error;
      });
    dialogs.set(doc, loading);
    return loading;
  };
  let notice = '';
  let noticeUntil = 0;
  const tellNotice = (text: string): void => {
    notice = text;
    noticeUntil = now() + NOTICE_MS;
  };
  if (store.problems.length > 0) tellNotice(`Rehearsal storage: ${store.problems.join(' ')} Press R for details.`);
  let stoppedIdle = '';

  /** A run left idle too long (open overnight) is stopped and saved at its last activity, and says so. */
  function stopIdleRun(): void {
    const run = store.current;
    const stopped = run ? stopIfIdle(run, now()) : undefined;
    if (!run || !stopped) return;
    store.add([stopped]);
    store.saveCurrent(null);
    stoppedIdle = `The rehearsal left running since ${when(lastActivity(run), now())} was idle over ${IDLE_LIMIT_MS / 3_600_000} h: it was stopped and saved there. R shows its report.`;
    tellNotice(stoppedIdle);
  }

  function update(): void {
    stopIdleRun();
    if (notice !== '' && now() > noticeUntil) notice = '';
    const run = store.current;
    badge.hidden = !privacy.open || (run === null && notice === '');
    badge.classList.toggle('notice', run === null && notice !== '');
    if (!run) {
      badge.textContent = notice;
      channel?.postMessage(notice === '' ? null : { notice });
      return;
    }
    const at = now();
    const here = run.place;
    const plannedHere = run.slides.find((s) => s.slide === here?.slide)?.seconds ?? 0;
    const onSlide = here ? slideTime(run, here.slide, at) : 0;
    const paused = run.pausedSince !== null;
    const total = recordedMs(run, at);
    badge.classList.toggle('paused', paused);
    badge.classList.toggle('unsaved', !store.keeping);
    // Storage refused the run: the lecturer must know before rehearsing for an hour, not after a reload.
    const kept = store.keeping ? '' : ' · NOT SAVED (storage refused): press R, Stop, Export JSON';
    badge.textContent = `${paused ? '❚❚ Paused' : '● Rehearsing'} · slide ${formatDurationMs(onSlide)} / ${formatDurationMs(plannedHere * 1000)} · run ${formatDurationMs(total)}${kept}`;
    channel?.postMessage({
      paused,
      onSlideMs: onSlide,
      plannedSlideS: plannedHere,
      totalMs: total,
      plannedSoFarS: plannedReached(run, at),
    });
  }

  for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden']) {
    held.onDeck(deck, event, () => {
      stopIdleRun();
      if (store.current) save(enter(store.current, place(), now()));
    });
  }
  if (channel) {
    held.listen(channel, 'message', (event) => {
      const asked = (event as MessageEvent<unknown>).data;
      if (asked === 'toggle-pause') actions.togglePause();
      if (asked === OPEN_DIALOG) showDialog();
    });
  }
  // + and - re-plan the day: a run in progress is measured against the new plan from then on.
  held.defer(
    day.onChange(() => {
      const run = store.current;
      if (run) save({ ...run, ...planned() });
    }),
  );

  // While the dialog is open it takes the keys itself, R included, so this only ever opens it.
  held.defer(() => {
    deck.removeKeyBinding(R);
  });
  deck.addKeyBinding({ keyCode: R, key: 'R', description: 'Rehearsal: start, pause, stop, report' }, showDialog);
  function showDialog(): void {
    openDialog()
      .then((d) => {
        d.open();
      })
      .catch((error: unknown) => {
        notice = `The rehearsal dialog failed to open (${error instanceof Error ? error.message : String(error)}); press R to try again.`;
        update();
      });
  }

  stopIdleRun();
  if (store.current) save(enter(store.current, place(), now()));
  else if (params.has('rehearse')) actions.start();
  held.defer(privacy.onChange(update));
  held.every(1000, update);
  update();
}
