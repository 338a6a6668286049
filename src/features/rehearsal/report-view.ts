import { formatClock, formatLengthMinutes, parseClock } from '../../model/time';
import { blockChart, slideChart } from './charts';
import type { Report } from './report';
import type { Run } from './run';

const min = (s: number) => formatLengthMinutes(Math.round(s) / 60);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** What the projection means for the class day, in one sentence a lecturer can act on. */
export function projectionText(report: Report, run: Run): string {
  const { projection } = report;
  const pace = `Recorded ${min(report.recordedS)} at ${Math.round(report.pace * 100)}% of the planned time`;
  const end = parseClock(run.classEnd) ?? 0;
  if (projection.lateS > 0) {
    return `${pace}: at this pace class ends at ${formatClock(end + projection.lateS / 60)}, ${min(projection.lateS)} late.`;
  }
  const flexible = projection.flexible;
  if (flexible && projection.overrunS !== 0) {
    const verb = projection.overrunS > 0 ? 'shrinks' : 'grows';
    return `${pace}: class still ends at ${run.classEnd}; ${flexible.title} ${verb} from ${min(flexible.plannedS)} to ${min(flexible.projectedS)}.`;
  }
  return `${pace}: class ends at ${run.classEnd} as planned.`;
}

/** The report of one run: summary, block chart, slide chart and the longest slides as links. */
export function renderReport(target: HTMLElement, run: Run, report: Report, previous: Run | null, onJump: () => void): void {
  target.replaceChildren();
  const when = new Date(run.startedAt);
  target.append(el('h3', `Run of ${run.date} ${when.toTimeString().slice(0, 5)} · class ${run.classStart}–${run.classEnd}`));
  target.append(el('p', projectionText(report, run), 'rehearsal-projection'));
  if (report.pausedS > 0) target.append(el('p', `Paused for ${min(report.pausedS)} (not counted).`, 'rehearsal-muted'));

  target.append(el('h4', 'Per block: plan (grey) and this run at its pace (colour)' + (previous ? '; black tick: previous run' : '')));
  target.append(blockChart(report.blocks));
  const legend = el(
    'p',
    'Red: over plan · blue: under · green: on plan (±10%, at least ±15 s) · amber: partly rehearsed, the rest projected · grey: skipped, counted at plan.',
    'rehearsal-muted',
  );
  target.append(legend);

  const longest = report.longest;
  if (longest.length > 0) {
    target.append(el('h4', 'Longest slides'));
    const list = el('ol', undefined, 'rehearsal-longest');
    for (const slide of longest) {
      const item = el('li');
      const link = el('a', slide.title);
      const [h = '0', v = '0'] = slide.slide.split('/');
      link.href = `#/${h}/${v}`;
      link.addEventListener('click', onJump);
      item.append(link, ` ${min(slide.actualS)} (plan ${min(slide.plannedS)})`);
      list.append(item);
    }
    target.append(list);
  }

  const reached = report.slides.filter((s) => s.status !== 'not reached' && s.status !== 'skipped');
  if (reached.length > 0) {
    target.append(el('h4', 'Per slide: seconds over (right) or under (left) plan'));
    target.append(slideChart(reached));
  }
}
