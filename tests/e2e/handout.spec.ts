import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportHandout } from '../../scripts/handout/export.mjs';
import { expect, openDeck, test } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'handout-'));

/** Text of one PDF page, as a student's viewer would extract it (selectable text, not pixels). */
function pageText(pdf: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' });
}

function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test('the handout has a cover, then one page per slide with its title, scenes drawn and no notes', async ({ page }) => {
  await openDeck(page);
  const slides = await page.evaluate(() =>
    window.Reveal.getSlides().map((s) => ({
      title: s.querySelector('h1, h2')?.textContent ?? '',
      scene: s.querySelector('.scene')?.getAttribute('data-scene') ?? null,
      notes: s.querySelector(':scope > aside.notes')?.textContent ?? '',
    })),
  );
  const pdf = join(dir, 'plain.pdf');
  const { pages, warnings } = await exportHandout({ out: pdf, start: '09:00', end: '15:00' });
  expect(warnings).toEqual([]);
  expect(pages).toBe(slides.length + 1);
  expect(pageCount(pdf)).toBe(slides.length + 1);

  const cover = squash(pageText(pdf, 1));
  expect(cover).toContain('Virtual Machines vs Docker');
  expect(cover).toContain('09:00–');
  expect(cover).toContain('Install Docker');
  expect(cover).toContain('1 / ');

  for (const [i, slide] of slides.entries()) {
    const text = squash(pageText(pdf, i + 2));
    expect(text, `page ${i + 2}`).toContain(squash(slide.title));
    expect(text, `page ${i + 2} page number`).toContain(`${i + 2} / ${slides.length + 1}`);
    const firstNoteWords = squash(slide.notes).split(' ').slice(0, 8).join(' ');
    expect(text, `page ${i + 2} must not print notes`).not.toContain(firstNoteWords);
  }
  const size = statSync(pdf).size;
  expect(size).toBeGreaterThan(50_000);
  expect(size).toBeLessThan(15_000_000);
});

test('scene pages carry the scene labels as text, in their final state', async ({ page }) => {
  await openDeck(page);
  const scenes = await page.evaluate(() =>
    window.Reveal.getSlides()
      .map((s, i) => ({ index: i, scene: s.querySelector('.scene')?.getAttribute('data-scene') ?? null }))
      .filter((s) => s.scene !== null),
  );
  const pdf = join(dir, 'scenes.pdf');
  await exportHandout({ out: pdf });
  const labels: Record<string, string[]> = {
    'kernel-requests': ['Kernel', 'CPU', 'RAM'],
    'hypervisor-layers': ['Type 1', 'Type 2', 'VirtualBox'],
    'container-startup': ['Container', 'VM'],
  };
  for (const { index, scene } of scenes) {
    const text = squash(pageText(pdf, index + 2));
    for (const label of labels[scene ?? ''] ?? []) expect(text, `${scene ?? ''} on page ${index + 2}`).toContain(label);
  }
});

test('--notes prints each slide\'s notes under it', async ({ page }) => {
  await openDeck(page);
  const notes = await page.evaluate(() => window.Reveal.getSlides().map((s) => s.querySelector(':scope > aside.notes')?.textContent ?? ''));
  const pdf = join(dir, 'notes.pdf');
  const { pages } = await exportHandout({ out: pdf, notes: true });
  expect(pages).toBe(notes.length + 1);
  for (const [i, note] of notes.entries()) {
    const firstWords = squash(note).split(' ').slice(0, 6).join(' ');
    expect(squash(pageText(pdf, i + 2)), `notes on page ${i + 2}`).toContain(firstWords);
  }
});

test('--steps adds a page per scene step and nothing else', async ({ page }) => {
  await openDeck(page);
  const { slides, steps } = await page.evaluate(() => ({
    slides: window.Reveal.getTotalSlides(),
    steps: document.querySelectorAll('.scene-step').length,
  }));
  const pdf = join(dir, 'steps.pdf');
  const { pages } = await exportHandout({ out: pdf, steps: true });
  expect(pages).toBe(slides + steps + 1);
  expect(pageCount(pdf)).toBe(slides + steps + 1);
});
