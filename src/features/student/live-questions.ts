import { LIVE_LIMITS, type ClientMessage, type Question } from '../../model/live';

export interface LiveQuestions {
  show(questions: readonly Question[]): void;
  readonly element: HTMLElement;
}

function make<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

/**
 * Questions to the lecturer: a short plain text (at most 280 characters), sent anonymously; everyone's, by votes,
 * with an upvote. Every text is set with textContent, never parsed: markup in a question stays characters.
 */
export function liveQuestions(doc: Document, send: (message: ClientMessage) => boolean): LiveQuestions {
  const box = make(doc, 'details', 'live-ask');
  const summary = box.appendChild(make(doc, 'summary', '', 'Questions'));
  const form = box.appendChild(make(doc, 'form', 'live-ask-form'));
  const label = form.appendChild(make(doc, 'label', '', 'Ask the lecturer (anonymous)'));
  const input = label.appendChild(make(doc, 'textarea', ''));
  input.maxLength = LIVE_LIMITS.questionChars;
  input.rows = 2;
  input.required = true;
  const submit = form.appendChild(make(doc, 'button', '', 'Send'));
  submit.type = 'submit';
  const note = form.appendChild(make(doc, 'p', 'live-ask-note'));
  note.setAttribute('aria-live', 'polite');
  const list = box.appendChild(make(doc, 'ol', 'live-ask-list'));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text === '') return;
    if (send({ kind: 'ask', text })) {
      input.value = '';
      note.textContent = 'Sent.';
    } else note.textContent = 'Not sent: the class server is not connected. Your text is kept; try again.';
  });

  return {
    element: box,
    show(questions) {
      const open = questions.filter((q) => !q.answered).length;
      summary.textContent = `Questions (${String(open)} open)`;
      list.replaceChildren(
        ...questions.map((q) => {
          const item = make(doc, 'li', q.answered ? 'is-answered' : '');
          const vote = item.appendChild(make(doc, 'button', 'live-vote', `▲ ${String(q.votes)}`));
          vote.type = 'button';
          vote.setAttribute('aria-pressed', String(q.mine));
          vote.setAttribute('aria-label', `${q.mine ? 'Take back your vote' : 'Me too'} (${String(q.votes)} votes)`);
          vote.addEventListener('click', () => {
            send({ kind: 'vote', id: q.id, up: !q.mine });
          });
          item.append(make(doc, 'span', 'live-question-text', q.text));
          if (q.answered) item.append(make(doc, 'span', 'live-answered-tag', 'answered'));
          return item;
        }),
      );
    },
  };
}
