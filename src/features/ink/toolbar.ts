import { INK_COLORS, type InkColor } from '../../model/ink';
import { keepKeysAndFocus } from '../../platform/speaker/keep-keys';
import type { Tool } from './input';

export interface ToolbarActions {
  readonly tool: (tool: Tool) => void;
  readonly color: (color: InkColor) => void;
  readonly clear: () => void;
  readonly keep: (on: boolean) => void;
  readonly exportInk: () => void;
  readonly importInk: (file: File) => void;
}

export interface ToolbarShown {
  readonly tool: Tool | null;
  readonly color: InkColor;
  readonly keep: boolean;
  readonly status: string;
}

export interface Toolbar {
  show(shown: ToolbarShown): void;
  remove(): void;
}

const TOOLS: readonly { tool: Tool; label: string; key: string }[] = [
  { tool: 'pen', label: 'Pen', key: 'I' },
  { tool: 'highlighter', label: 'Highlighter', key: 'M' },
  { tool: 'eraser', label: 'Eraser', key: 'E' },
  { tool: 'laser', label: 'Laser', key: 'W' },
];
const PEN_COLORS = INK_COLORS.filter((c) => c !== '#ffd400');
const COLOR_NAMES: Record<InkColor, string> = { '#d62728': 'red', '#1f5fbf': 'blue', '#222222': 'black', '#ffd400': 'yellow' };

/** The ink tools as buttons in `container` (the projector's floating bar, or the speaker view's panel). */
export function inkToolbar(container: HTMLElement, actions: ToolbarActions): Toolbar {
  const doc = container.ownerDocument;
  const bar = doc.createElement('div');
  bar.className = 'ink-toolbar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Ink');
  const tools = toolButtons(doc, actions);
  const colors = colorButtons(doc, actions);
  const clear = button(doc, 'Clear', 'Clear this step’s ink (X)', actions.clear);
  clear.dataset.inkAction = 'clear';
  const keep = keepBox(doc, actions);
  const status = doc.createElement('span');
  status.className = 'ink-status';
  status.setAttribute('role', 'status');
  bar.append(...tools, ...colors, clear, keep.label, ...fileButtons(doc, actions), status);
  container.append(bar);

  return {
    show(shown) {
      for (const made of tools) made.setAttribute('aria-pressed', String(made.dataset.inkTool === shown.tool));
      colors.forEach((made, i) => {
        made.setAttribute('aria-pressed', String(PEN_COLORS[i] === shown.color));
      });
      keep.input.checked = shown.keep;
      status.textContent = shown.status;
      bar.dataset.drawing = String(shown.tool !== null);
    },
    remove() {
      bar.remove();
    },
  };
}

function button(doc: Document, label: string, title: string, run: () => void): HTMLButtonElement {
  const made = doc.createElement('button');
  made.type = 'button';
  made.textContent = label;
  made.title = title;
  made.addEventListener('click', run);
  keepKeysAndFocus(made);
  return made;
}

function toolButtons(doc: Document, actions: ToolbarActions): HTMLButtonElement[] {
  return TOOLS.map(({ tool, label, key }) => {
    const made = button(doc, label, `${label} (${key}; Esc leaves drawing)`, () => {
      actions.tool(tool);
    });
    made.dataset.inkTool = tool;
    return made;
  });
}

function colorButtons(doc: Document, actions: ToolbarActions): HTMLButtonElement[] {
  return PEN_COLORS.map((color) => {
    const made = button(doc, '', `Pen colour: ${COLOR_NAMES[color]}`, () => {
      actions.color(color);
    });
    made.className = 'ink-swatch';
    made.style.background = color;
    made.setAttribute('aria-label', `${COLOR_NAMES[color]} pen`);
    return made;
  });
}

function keepBox(doc: Document, actions: ToolbarActions): { label: HTMLLabelElement; input: HTMLInputElement } {
  const label = doc.createElement('label');
  const input = doc.createElement('input');
  input.type = 'checkbox';
  input.dataset.inkAction = 'keep';
  input.addEventListener('change', () => {
    actions.keep(input.checked);
  });
  label.append(input, ' keep across steps');
  return { label, input };
}

/** Export, and Import with the hidden file input it opens. */
function fileButtons(doc: Document, actions: ToolbarActions): HTMLElement[] {
  const exporter = button(doc, 'Export', 'Save the day’s ink as a JSON file (for npm run handout -- --ink FILE)', actions.exportInk);
  exporter.dataset.inkAction = 'export';
  const picker = doc.createElement('input');
  picker.type = 'file';
  picker.accept = 'application/json,.json';
  picker.hidden = true;
  picker.dataset.inkAction = 'import-file';
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    if (file) actions.importInk(file);
    picker.value = '';
  });
  const importer = button(doc, 'Import', 'Add ink from a file exported earlier', () => {
    picker.click();
  });
  return [exporter, importer, picker];
}
