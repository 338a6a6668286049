// The colours every stylesheet reads (src/model/palette.ts), in the page's first stylesheet.
import 'virtual:palette.css';
import '../entry/theme/deck.css';
import deck from 'virtual:deck';
import { clockMinutes } from '../core/agenda';
import { formatClock } from '../model/time';
import { createDay } from '../platform/create-day';
import { classRole } from '../platform/live/role';
import { readPageParams } from '../platform/params';
import { safeLocalStorage } from '../platform/storage';
import { everySecond } from '../platform/ticker';
import { timeDeck } from '../features/presenter/mount';
import { showUnpaired, startRemote } from '../features/remote';
import { studentNow } from '../features/student/now';

const root = document.querySelector<HTMLElement>('.remote-main');
if (!root) throw new Error('remote.html lacks .remote-main');
// The phone reads the day's plan, never writes it.
const day = createDay({ deck, params: readPageParams(location.search), storage: { ...safeLocalStorage(), writeJson: () => false } });

if (classRole(document) === 'remote' || classRole(document) === 'lecturer') {
  const blocks = new Map(day.plan.schedule.blocks.map((b) => [b.id, b.title]));
  startRemote({
    blockTitle: (id) => blocks.get(id),
    layOut: (slides) => {
      timeDeck(slides, day.plan.entries);
    },
    root,
    clock: () => {
      const minutes = clockMinutes(day.clock);
      const now = studentNow(day.plan.schedule, minutes);
      return {
        time: formatClock(minutes),
        block: now.title,
        left: now.label.startsWith('left') ? `${now.main} ${now.label}` : `${now.main} · ${now.label}`,
      };
    },
    every: (tick) => {
      everySecond(day.clock, tick);
    },
  });
} else showUnpaired(root);
document.documentElement.dataset.remoteReady = '';
