/**
 * The lecturer's phone as the remote, once paired: big next/previous buttons, the slide's title and notes, the
 * class clock and the block's time left, the practice counts. It keeps the screen awake (Wake Lock) and sends
 * nothing but what a button asks: locking the phone or losing the network never moves the deck.
 */
import './remote.css';
import { practiceLines } from '../../core/live/practice-lines';
import type { Position, Practice, ServerMessage } from '../../model/live';
import { openChannel, type ChannelStatus } from '../../platform/live/channel';
import { notesAt, readSlides, type RemoteSlide } from './slides';

export interface RemoteOptions {
  readonly root: HTMLElement;
  /** The class clock and the block's time left, in words, now. */
  readonly clock: () => { readonly time: string; readonly block: string; readonly left: string };
  readonly every: (tick: () => void) => void;
  /** A block's title by its id: the counts name the block when marks span several. */
  readonly blockTitle: (blockId: string) => string | undefined;
  /** Lays the deck page's slides out as the deck does before reveal starts (break slides added). */
  readonly layOut: (slides: HTMLElement) => void;
}

function make<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

const STATUS: Record<ChannelStatus['kind'], string> = {
  connecting: 'Connecting…',
  live: 'Connected to the class',
  reconnecting: 'Connection lost · reconnecting…',
  offline: 'Class server offline · trying again…',
};

export function startRemote({ root, clock, every, blockTitle, layOut }: RemoteOptions): void {
  const doc = root.ownerDocument;
  const parts = remoteParts(root);
  const { prev, next, status, awake } = parts;
  let slides: RemoteSlide[][] = [];
  let position: Position | null = null;
  const showSlide = (): void => {
    if (position) showPosition(parts, slides, position);
  };
  const showPractice = (practice: Practice): void => {
    parts.counts.replaceChildren(
      ...practiceLines(practice, blockTitle).map((line) => make(doc, 'li', line.stuck ? 'has-stuck' : '', line.text)),
    );
  };
  const receive = (message: ServerMessage): void => {
    if (message.kind === 'state' || message.kind === 'position') {
      position = message.position;
      showSlide();
    }
    if (message.kind === 'state' || message.kind === 'practice') showPractice(message.practice);
  };
  const channel = openChannel({
    onMessage: receive,
    onStatus: (state) => {
      status.textContent = STATUS[state.kind];
      prev.disabled = next.disabled = state.kind !== 'live';
    },
  });
  prev.addEventListener('click', () => channel.send({ kind: 'step', by: -1 }));
  next.addEventListener('click', () => channel.send({ kind: 'step', by: 1 }));

  void fetch(new URL('./', location.href), { cache: 'no-store', credentials: 'same-origin' })
    .then((response) => (response.ok ? response.text() : ''))
    .then((html) => {
      slides = readSlides(html, layOut);
      showSlide();
    });

  const tick = (): void => {
    const now = clock();
    parts.time.textContent = now.time;
    parts.block.textContent = now.block;
    parts.left.textContent = now.left;
  };
  every(tick);
  tick();
  keepAwake(doc, (text) => {
    awake.textContent = text;
    awake.hidden = text === '';
  });
}

type RemoteParts = ReturnType<typeof remoteParts>;

/** The remote's page, top to bottom: clock, slide title, position, notes, counts, the two buttons, status. */
function remoteParts(root: HTMLElement) {
  const doc = root.ownerDocument;
  const head = root.appendChild(make(doc, 'div', 'remote-clock'));
  const time = head.appendChild(make(doc, 'span', 'remote-time'));
  const block = head.appendChild(make(doc, 'span', 'remote-block'));
  const left = head.appendChild(make(doc, 'span', 'remote-left'));
  const title = root.appendChild(make(doc, 'h1', 'remote-title', '…'));
  const where = root.appendChild(make(doc, 'p', 'remote-position'));
  const notes = root.appendChild(make(doc, 'div', 'remote-notes'));
  const counts = root.appendChild(make(doc, 'ul', 'remote-counts'));
  const buttons = root.appendChild(make(doc, 'div', 'remote-buttons'));
  const prev = buttons.appendChild(make(doc, 'button', 'remote-prev', '◀ Back'));
  const next = buttons.appendChild(make(doc, 'button', 'remote-next', 'Next ▶'));
  prev.type = next.type = 'button';
  const status = root.appendChild(make(doc, 'p', 'remote-status'));
  status.setAttribute('role', 'status');
  const awake = root.appendChild(make(doc, 'p', 'remote-awake'));
  return { time, block, left, title, where, notes, counts, prev, next, status, awake };
}

function showPosition(parts: RemoteParts, slides: readonly RemoteSlide[][], position: Position): void {
  const slide = slides[position.h]?.[position.v];
  parts.title.textContent = slide?.title || `Slide ${String(position.h + 1)}`;
  parts.notes.textContent = slide ? notesAt(slide, position.f) : '';
  // Numbered as the deck's slide number counts (every slide, vertical ones too): "24 / 63" on both.
  const number = slides.slice(0, position.h).reduce((sum, stack) => sum + stack.length, 0) + position.v + 1;
  const total = slides.reduce((sum, stack) => sum + stack.length, 0);
  parts.where.textContent = `Slide ${String(number)}${total > 0 ? ` / ${String(total)}` : ''}${position.f >= 0 ? ` · step ${String(position.f + 1)}` : ''}`;
}

/**
 * The phone's screen stays on while the remote is in front; the browser drops the lock when it is hidden, so it
 * is asked again on return. Browsers give the lock only to secure pages (HTTPS or this laptop itself), and the
 * class server speaks plain HTTP on the LAN: then the remote says what to do instead.
 */
function keepAwake(doc: Document, say: (text: string) => void): void {
  if (!('wakeLock' in navigator)) {
    say('This browser keeps the screen on only over HTTPS: set the phone to lock later for the class. A lock never moves the deck.');
    return;
  }
  const request = (): void => {
    if (doc.visibilityState !== 'visible') return;
    navigator.wakeLock.request('screen').then(
      () => {
        say('');
      },
      () => {
        say('The phone did not let the screen stay on (battery saver?): it may dim. A lock never moves the deck.');
      },
    );
  };
  doc.addEventListener('visibilitychange', request);
  request();
}

/** What an unpaired phone sees: how to pair. */
export function showUnpaired(root: HTMLElement): void {
  const doc = root.ownerDocument;
  root.replaceChildren(
    make(
      doc,
      'p',
      'remote-unpaired',
      'This phone is not paired. In the speaker view (press S on the deck), press "Pair a phone as remote" and scan the QR code with this phone.',
    ),
  );
}
