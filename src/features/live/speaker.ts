import liveStyle from './live-speaker.css?inline';
import { practiceLines } from '../../core/live/practice-lines';
import * as v from 'valibot';
import { ClassInfoSchema, type ClientMessage, type Practice, type Question, type ServerMessage } from '../../model/live';
import type { ChannelStatus } from '../../platform/live/channel';
import { speakerPanelSection } from '../../platform/speaker/panel';
import type { SpeakerView } from '../../platform/speaker/role';
import { statusText } from './status-text';

export interface SpeakerLive {
  receive(message: ServerMessage, status: ChannelStatus): void;
  status(status: ChannelStatus): void;
  destroy(): void;
}

/** On the speaker view's body while the class section is there. */
const CLASS_LIVE = 'data-class-live';

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const made = doc.createElement(tag);
  made.className = className;
  made.textContent = text;
  return made;
}

/**
 * The class in the speaker view: the channel's state and how many students follow, per task done and stuck,
 * the questions by votes (text only, always: a question is set as textContent, never parsed), and a QR code
 * that pairs the lecturer's phone as a remote.
 */
export function speakerLive(
  view: SpeakerView,
  send: (message: ClientMessage) => boolean,
  blockTitle: (blockId: string) => string | undefined,
): SpeakerLive | undefined {
  const section = speakerPanelSection(view, 'live');
  if (!section) return undefined;
  const doc = section.ownerDocument;
  // live-speaker.css lays the view out for the class by this mark, not by a `:has()` on the body, which the
  // browser asks again by walking the page after every change in it.
  doc.body.toggleAttribute(CLASS_LIVE, true);
  const { line, counts, questions, pair, qr } = panelParts(section);
  let students = 0;
  let status: ChannelStatus = { kind: 'connecting' };
  const showStatus = (): void => {
    line.textContent = statusText(status, students);
  };
  const showPractice = (practice: Practice): void => {
    students = practice.students;
    counts.replaceChildren(
      ...practiceLines(practice, blockTitle).map((line) => element(doc, 'li', line.stuck ? 'has-stuck' : '', line.text)),
    );
    showStatus();
  };
  const showQuestions = (list: readonly Question[]): void => {
    questions.replaceChildren(...list.map((q) => questionItem(doc, q, send)));
  };
  pair.addEventListener('click', () => void showPairing(pair, qr));
  showStatus();

  return {
    receive(message) {
      if (message.kind === 'state') {
        showPractice(message.practice);
        showQuestions(message.questions);
      } else if (message.kind === 'practice') showPractice(message.practice);
      else if (message.kind === 'questions') showQuestions(message.questions);
    },
    status(next) {
      status = next;
      showStatus();
    },
    destroy() {
      section.remove();
      doc.body.toggleAttribute(CLASS_LIVE, false);
    },
  };
}

interface PanelParts {
  line: HTMLParagraphElement;
  counts: HTMLUListElement;
  questions: HTMLOListElement;
  pair: HTMLButtonElement;
  qr: HTMLElement;
}

/** The section's content, built afresh: a reloaded deck iframe finds the section the earlier one filled. */
function panelParts(section: HTMLElement): PanelParts {
  const doc = section.ownerDocument;
  if (!doc.querySelector('style[data-for="live"]')) {
    const style = doc.createElement('style');
    style.dataset.for = 'live';
    style.textContent = liveStyle;
    doc.head.append(style);
  }
  section.replaceChildren();
  section.append(element(doc, 'h4', '', 'Class'));
  const line = section.appendChild(element(doc, 'p', 'live-status'));
  line.setAttribute('role', 'status');
  const counts = section.appendChild(element(doc, 'ul', 'live-counts'));
  const questions = section.appendChild(element(doc, 'ol', 'live-questions'));
  const pair = section.appendChild(element(doc, 'button', 'live-pair', 'Pair a phone as remote'));
  pair.type = 'button';
  const qr = section.appendChild(element(doc, 'figure', 'live-qr'));
  qr.hidden = true;
  return { line, counts, questions, pair, qr };
}

function questionItem(doc: Document, q: Question, send: (message: ClientMessage) => boolean): HTMLLIElement {
  const item = element(doc, 'li', q.answered ? 'is-answered' : '');
  item.append(element(doc, 'span', 'live-votes', `▲ ${String(q.votes)}`), element(doc, 'span', 'live-text', q.text));
  const toggle = item.appendChild(element(doc, 'button', 'live-answered', q.answered ? 'Reopen' : 'Answered'));
  toggle.type = 'button';
  toggle.addEventListener('click', () => {
    send({ kind: 'answered', id: q.id, answered: !q.answered });
  });
  return item;
}

async function showPairing(pair: HTMLButtonElement, qr: HTMLElement): Promise<void> {
  const doc = qr.ownerDocument;
  pair.disabled = true;
  try {
    const [info, code, { qrSvg }] = await Promise.all([
      fetchJson('class/info').then((json) => v.parse(ClassInfoSchema, json)),
      fetchJson('class/pair'),
      import('../../platform/live/qr'),
    ]);
    const link = new URL(`remote.html?pair=${encodeURIComponent(String(code.code))}`, info.studentLink);
    const note =
      info.studentReach === 'lan'
        ? 'Scan with your phone (same network). Works once.'
        : 'Scan with your phone. It cannot reach this laptop yet: connect the laptop to the class network and restart npm run class.';
    qr.replaceChildren(qrSvg(doc, link.href, 'QR code that pairs a phone as the remote'), element(doc, 'figcaption', '', note));
    qr.hidden = false;
    // The class section scrolls when questions fill it: the code must be in sight to be scanned.
    qr.scrollIntoView({ block: 'nearest' });
  } catch {
    qr.replaceChildren(element(doc, 'figcaption', '', 'Pairing needs the class server: it did not answer.'));
    qr.hidden = false;
  } finally {
    pair.disabled = false;
  }
}

async function fetchJson(path: string): Promise<Record<string, unknown>> {
  const response = await fetch(new URL(path, location.href), { cache: 'no-store', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${path}: ${String(response.status)}`);
  return (await response.json()) as Record<string, unknown>;
}
