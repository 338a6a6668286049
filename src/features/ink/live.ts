import toolbarStyle from './toolbar.css?inline';
import { deckId } from '../../core/ink/deck-id';
import { strokesNear } from '../../core/ink/hit';
import { slideId } from '../../core/ink/slide-id';
import { mergeInk, visibleStrokes } from '../../core/ink/state';
import { applyInk, type InkState } from '../../model/ink-state';
import type { InkColor, InkMessage, InkPoint, InkStep, Stroke } from '../../model/ink';
import type { DeckContext } from '../../platform/context';
import type { Disposer } from '../../platform/feature';
import { inkStore, type InkStore } from '../../platform/ink/store';
import { localInkTransport, type InkTransport } from '../../platform/ink/transport';
import { stepShown } from '../../platform/read-step';
import type { Deck } from '../../platform/reveal';
import { speakerPanelSection } from '../../platform/speaker/panel';
import { downloadInk, readChosenInk } from './file';
import { listenToPointers, type InkInput, type Tool } from './input';
import { bindInkKeys } from './keys';
import { inkLayer, type InkLayer } from '../../platform/ink/layer';
import { inkToolbar, type Toolbar, type ToolbarActions } from './toolbar';

const SIZES = { pen: 5, highlighter: 26 } as const;
const HIGHLIGHT: InkColor = '#ffd400';
const ERASER_RADIUS = 14;

/** What the live ink holds between events: one record, so the named parts below share it. */
interface Live {
  readonly deck: Deck;
  readonly layer: InkLayer;
  readonly transport: InkTransport;
  readonly store: InkStore;
  state: InkState;
  status: string;
  tool: Tool | null;
  color: InkColor;
  drawingId: string | null;
  bars: Toolbar[];
}

/** The tool the keys and the toolbars pick, and the one action both offer besides. */
interface Tools {
  readonly setTool: (next: Tool | null) => void;
  readonly pick: (next: Tool) => void;
  readonly clear: () => void;
}

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
  const status = loaded.problem === undefined ? '' : `Earlier ink is lost: ${loaded.problem}`;
  const deckName = deckId(context.content);
  held.defer(() => {
    transport.close();
  });
  const layer = inkLayer(slides);
  held.defer(layer.remove);
  const live: Live = {
    deck,
    layer,
    transport,
    store,
    state: loaded.state,
    status,
    tool: null,
    color: '#d62728',
    drawingId: null,
    bars: [],
  };
  const docks = toolbarDocks(context);
  const tools = bindTools(live, held);
  listenToPointers(layer, pointerInput(live), held);
  held.defer(
    transport.onMessage((message) => {
      receive(live, message);
    }),
  );
  for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden', 'overviewhidden'])
    held.onDeck(deck, type, () => {
      render(live);
    });
  const actions = toolbarActions(live, tools, context, deckName);
  live.bars = docks.map((dock) => inkToolbar(dock, actions));
  held.defer(() => {
    for (const bar of live.bars) bar.remove();
    for (const dock of docks) if (dock.classList.contains('ink-dock')) dock.remove();
  });
  render(live);
}

function where(deck: Deck): { slide: string; at: InkStep } {
  const section = deck.getCurrentSlide() as HTMLElement | undefined;
  const { h, v = 0 } = deck.getIndices();
  const f = section ? stepShown(section) : -1;
  return { slide: (section && slideId(section.dataset)) ?? `${h}/${v}`, at: { h, v, f } };
}

function render(live: Live): void {
  const { slide, at } = where(live.deck);
  live.layer.show(visibleStrokes(live.state, slide, at.f));
  live.layer.drawing(live.tool !== null);
  const shown = { tool: live.tool, color: live.color, keep: live.state.keep.includes(slide), status: live.status };
  for (const bar of live.bars) bar.show(shown);
}

function save(live: Live): void {
  const kept = live.store.save(live.state);
  const problem = 'Ink is not saved (storage refused it): it lasts until the page reloads; Export keeps it';
  if (!kept) live.status = problem;
  else if (live.status === problem) live.status = '';
}

/** A change made here: applied, sent to the other windows, and (unless a stroke is still growing) saved. */
function commit(live: Live, message: InkMessage, lasting = true): void {
  live.state = applyInk(live.state, message);
  live.transport.send(message);
  if (lasting) save(live);
  render(live);
}

/** A change from another window: the laser only moves the dot (when on this slide); the rest is applied. */
function receive(live: Live, message: InkMessage): void {
  if (message.type === 'laser') {
    live.layer.laser(message.slide === where(live.deck).slide ? message.point : null);
    return;
  }
  live.state = applyInk(live.state, message);
  render(live);
}

/** The keys pick tools too; leaving drawing mode puts the tool down and takes the laser dot away. */
function bindTools(live: Live, held: Disposer): Tools {
  const setTool = (next: Tool | null): void => {
    if (live.tool === 'laser' && next !== 'laser') commit(live, { type: 'laser', slide: where(live.deck).slide, point: null }, false);
    live.tool = next;
    keys.drawing(live.tool !== null);
    render(live);
  };
  const pick = (next: Tool): void => {
    setTool(live.tool === next ? null : next);
  };
  const clear = (): void => {
    const { slide, at } = where(live.deck);
    const ids = visibleStrokes(live.state, slide, at.f).map((s) => s.id);
    if (ids.length > 0) commit(live, { type: 'erase', ids });
  };
  const keys = bindInkKeys(live.deck, {
    tool: pick,
    clear,
    leave: () => {
      setTool(null);
    },
  });
  held.defer(keys.unbind);
  return { setTool, pick, clear };
}

/** What the pointer does with the tool in hand. */
function pointerInput(live: Live): InkInput {
  return {
    tool: () => live.tool,
    stroke(points: readonly InkPoint[], done) {
      const tool = live.tool;
      if (tool !== 'pen' && tool !== 'highlighter') return;
      live.drawingId ??= strokeId();
      const { slide, at } = where(live.deck);
      const highlighter = tool === 'highlighter';
      const stroke: Stroke = {
        id: live.drawingId,
        slide,
        at,
        tool,
        color: highlighter ? HIGHLIGHT : live.color,
        size: SIZES[tool],
        points: [...points],
      };
      commit(live, { type: 'stroke', stroke }, done);
      if (done) live.drawingId = null;
    },
    erase(point) {
      const { slide, at } = where(live.deck);
      const ids = strokesNear(visibleStrokes(live.state, slide, at.f), point, ERASER_RADIUS);
      if (ids.length > 0) commit(live, { type: 'erase', ids });
    },
    laser(point) {
      const message: InkMessage = { type: 'laser', slide: where(live.deck).slide, point: point ? [point[0], point[1]] : null };
      live.layer.laser(message.point);
      live.transport.send(message);
    },
  };
}

async function importInk(live: Live, file: File, deckName: string): Promise<void> {
  const read = await readChosenInk(file, deckName);
  if (!read.ok) {
    live.status = `Import refused, the ink on screen is kept: ${read.problem}`;
    render(live);
    return;
  }
  const before = live.state.strokes.length;
  const merged = mergeInk(live.state, { strokes: read.file.strokes, keep: read.file.keep });
  for (const stroke of merged.strokes.slice(before)) live.transport.send({ type: 'stroke', stroke });
  for (const slide of merged.keep) live.transport.send({ type: 'keep', slide, keep: true });
  live.state = merged;
  live.status = `Imported ${merged.strokes.length - before} strokes`;
  save(live);
  render(live);
}

function toolbarActions(live: Live, tools: Tools, context: DeckContext, deckName: string): ToolbarActions {
  return {
    tool: tools.pick,
    color(next) {
      live.color = next;
      tools.setTool('pen');
    },
    clear: tools.clear,
    keep(on) {
      commit(live, { type: 'keep', slide: where(live.deck).slide, keep: on });
    },
    exportInk() {
      downloadInk(document, live.state, deckName, context.day.date);
    },
    importInk(file) {
      void importInk(live, file, deckName);
    },
  };
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
