import { inkFile } from '../../core/ink/state';
import type { InkState } from '../../model/ink-state';
import { readInkFile, type InkFileResult } from '../../model/ink';

/** The day's ink as a JSON file download, named by the class date. */
export function downloadInk(doc: Document, state: InkState, deck: string, date: string): void {
  const blob = new Blob([JSON.stringify(inkFile(state, deck, date))], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = `ink-${date}.json`;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

/** A chosen file, checked as the handout export checks one; nothing is read past the size limit's refusal. */
export async function readChosenInk(file: File, deck: string): Promise<InkFileResult> {
  try {
    return readInkFile(await file.text(), deck);
  } catch {
    return { ok: false, problem: 'it could not be read' };
  }
}
