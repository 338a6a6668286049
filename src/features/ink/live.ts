import toolbarStyle from './toolbar.css?inline';
import { deckId } from '../../core/ink/deck-id';
import { strokesNear } from '../../core/ink/hit';
import { slideId } from '../../core/ink/slide-id';
import { mergeInk, visibleStrokes } from '../../core/ink/state';
import { applyInk, type InkState } from '../../model/ink-state';
import type { InkColor, InkMessage, InkPoint, InkStep, Stroke } from '../../model/ink';
import type { DeckContext } from '../../platform/context';
import type { Disposer } from '../../platform/feature';
import { inkStore } from '../../platform/ink/store';
import { localInkTransport, type InkTransport } from '../../platform/ink/transport';
import { stepShown } from '../../platform/read-step';
import type { Deck } from '../../platform/reveal';
import { speakerPanelSection } from '../../platform/speaker/panel';
import { downloadInk, readChosenInk } from './file';
import { listenToPointers, type Tool } from './input';
import { bindInkKeys } from './keys';
import { inkLayer } from '../../platform/ink/layer';
import { inkToolbar, type Toolbar, type ToolbarActions } from './toolbar';

const SIZES = { pen: 5, highlighter: 26 } as const;
const HIGHLIGHT: InkColor = '#ffd400';
const ERASER_RADIUS = 14;

/**
 * Ink in the running deck: the layer over the slides, the tools (keys, a toolbar on the projector in drawing
 * mode, another in the speaker view's panel), the day's ink in storage, and the messages that keep the deck's
 * windows showing the same ink. `transport` is the local one unless another (the class channel) is given.
 */
export function attachLiveInk(deck: Deck, context: DeckContext, held: Disposer, transport: InkTransport = localInkTransport()): void {
  const slides = deck.getRevealElement()?.querySelector<HTMLElement>('.slides');
  if (!slides) return;
  const store = inkStore(context.storage, context.day.date);
  const loaded = store.load();
  let state: InkState = loaded.state;
  let status = loaded.problem === undefined ? '' : `Earlier ink is lost: ${loaded.problem}`;
  let tool: Tool | null = null;
  let color: InkColor = '#d62728';
  let drawingId: string | null = null;
  const deckName = deckId(context.content);
  held.defer(() => {
    transport.close();
  });

  const layer = inkLayer(slides);
  held.defer(layer.remove);

  const where = (): { slide: string; at: InkStep } => {
    const section = deck.getCurrentSlide() as HTMLElement | undefined;
    const { h, v = 0 } = deck.getIndices();
    const f = section ? stepShown(section) : -1;
    return { slide: (section && slideId(section.dataset)) ?? `${h}/${v}`, at: { h, v, f } };
  };

  const docks = toolbarDocks(context);
  let bars: Toolbar[] = [];
  const render = (): void => {
    const { slide, at } = where();
    layer.show(visibleStrokes(state, slide, at.f));
    layer.drawing(tool !== null);
    const shown = { tool, color, keep: state.keep.includes(slide), status };
    for (const bar of bars) bar.show(shown);
  };
  const save = (): void => {
    const kept = store.save(state);
    const problem = 'Ink is not saved (storage refused it): it lasts until the page reloads; Export keeps it';
    if (!kept) status = problem;
    else if (status === problem) status = '';
  };
  /** A change made here: applied, sent to the other windows, and (unless a stroke is still growing) saved. */
  const commit = (message: InkMessage, lasting = true): void => {
    state = applyInk(state, message);
    transport.send(message);
    if (lasting) save();
    render();
  };

  const setTool = (next: Tool | null): void => {
    if (tool === 'laser' && next !== 'laser') commit({ type: 'laser', slide: where().slide, point: null }, false);
    tool = next;
    keys.drawing(tool !== null);
    render();
  };
  const pick = (next: Tool): void => {
    setTool(tool === next ? null : next);
  };
  const clear = (): void => {
    const { slide, at } = where();
    const ids = visibleStrokes(state, slide, at.f).map((s) => s.id);
    if (ids.length > 0) commit({ type: 'erase', ids });
  };
  const keys = bindInkKeys(deck, {
    tool: pick,
    clear,
    leave: () => {
      setTool(null);
    },
  });
  held.defer(keys.unbind);

  listenToPointers(
    layer,
    {
      tool: () => tool,
      stroke(points: readonly InkPoint[], done) {
        if (tool !== 'pen' && tool !== 'highlighter') return;
        drawingId ??= strokeId();
        const { slide, at } = where();
        const highlighter = tool === 'highlighter';
        const stroke: Stroke = {
          id: drawingId,
          slide,
          at,
          tool,
          color: highlighter ? HIGHLIGHT : color,
          size: SIZES[tool],
          points: [...points],
        };
        commit({ type: 'stroke', stroke }, done);
        if (done) drawingId = null;
      },
      erase(point) {
        const { slide, at } = where();
        const ids = strokesNear(visibleStrokes(state, slide, at.f), point, ERASER_RADIUS);
        if (ids.length > 0) commit({ type: 'erase', ids });
      },
      laser(point) {
        const message: InkMessage = { type: 'laser', slide: where().slide, point: point ? [point[0], point[1]] : null };
        layer.laser(message.point);
        transport.send(message);
      },
    },
    held,
  );

  held.defer(
    transport.onMessage((message) => {
      if (message.type === 'laser') {
        layer.laser(message.slide === where().slide ? message.point : null);
        return;
      }
      state = applyInk(state, message);
      render();
    }),
  );
  for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden', 'overviewhidden']) held.onDeck(deck, type, render);

  const importInk = async (file: File): Promise<void> => {
    const read = await readChosenInk(file, deckName);
    if (!read.ok) {
      status = `Import refused, the ink on screen is kept: ${read.problem}`;
      render();
      return;
    }
    const before = state.strokes.length;
    const merged = mergeInk(state, { strokes: read.file.strokes, keep: read.file.keep });
    for (const stroke of merged.strokes.slice(before)) transport.send({ type: 'stroke', stroke });
    for (const slide of merged.keep) transport.send({ type: 'keep', slide, keep: true });
    state = merged;
    status = `Imported ${merged.strokes.length - before} strokes`;
    save();
    render();
  };
  const actions: ToolbarActions = {
    tool: pick,
    color(next) {
      color = next;
      setTool('pen');
    },
    clear,
    keep(on) {
      commit({ type: 'keep', slide: where().slide, keep: on });
    },
    exportInk() {
      downloadInk(document, state, deckName, context.day.date);
    },
    importInk(file) {
      void importInk(file);
    },
  };
  bars = docks.map((dock) => inkToolbar(dock, actions));
  held.defer(() => {
    for (const bar of bars) bar.remove();
    for (const dock of docks) if (dock.classList.contains('ink-dock')) dock.remove();
  });
  render();
}

/** Where the tools go: a floating dock on the projector, shown in drawing mode; a row in the speaker view's panel. */
function toolbarDocks(context: DeckContext): HTMLElement[] {
  if (context.speaker.role === 'main') {
    const dock = document.createElement('div');
    dock.className = 'ink-dock';
    document.body.append(dock);
    return [dock];
  }
  const section = speakerPanelSection(context.speaker, 'ink');
  if (!section) return [];
  const doc = section.ownerDocument;
  if (!doc.querySelector('style[data-for="ink-toolbar"]')) {
    const style = doc.createElement('style');
    style.dataset.for = 'ink-toolbar';
    // Inline style: the speaker view's Content-Security-Policy allows it, and the popup has no stylesheet of ours.
    style.textContent = toolbarStyle;
    doc.head.append(style);
  }
  // A reloaded deck iframe finds its section again, with the bar the earlier one left.
  section.replaceChildren();
  return [section];
}

function strokeId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
