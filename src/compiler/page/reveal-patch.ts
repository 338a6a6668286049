import type { Plugin } from 'vite';

/**
 * Changes to reveal.js, made as Vite reads its module, in `npm start` and in every build (a stock reveal.js
 * page, the bench's baseline, keeps the file as published). The first two keep a slide change from doing again what is
 * already done; with every slide laid out (`lay-out-ahead`), they took a slide change at 4x throttle from a
 * frame over 50 ms on most slide changes, as on a stock reveal.js page, to about one in four.
 *
 * - `updateSlides` took the classes `past`, `present` and `future` off every slide of the deck, with `hidden`
 *   and `aria-hidden` set again, then put each slide's class back. Nearly every slide ends as it was, but was
 *   changed twice on the way, and Chromium styles again every slide it saw change. A slide other than the new
 *   current one is now changed only where it differs from what it must become. The current slide, and every
 *   slide in reveal's print and scroll views, take reveal's own path, so the `visible` event and everything after
 *   the loop see what they always saw.
 * - `updateSlidesVisibility` showed (`load`) every slide within the view distance, and hid (`unload`) every other,
 *   on every slide change: each call searches the slide for media to load. A slide already shown is no longer
 *   shown again, nor one already hidden hidden again. Shown or hidden is what `load` and `unload` write on the
 *   slide (`style.display`), wherever they are called from.
 *
 * The others move work out of the key press's frame, to just after it is painted (`deckAfterPaint$`). Walking the
 * deck at 4x throttle by turns with the build before, three walks each: 5, 3 and 18 frames over 50 ms against 11, 6
 * and 26 (a walk moves that much from one to the next on this machine).
 * - On a slide change, the progress bar, the controls, the notes, the slide number, the URL and the auto-slide
 *   timer; on a step (a fragment), the controls, the progress bar and the URL. Each key press that lands before the
 *   frame is painted leaves one update of each kind, run with the deck as it then is.
 * - The screen reader's announcement of the new slide or step: reveal reads its text with `getComputedStyle` on
 *   each element, from a frame callback for a slide and at once for a step, which made the browser style the
 *   changed slides there, within the key press's frame. After the paint the styles are already worked out.
 * - reveal's `layout()`, which places (centres) every shown slide by its height on each slide change, when the new
 *   slide has been placed before: its place is known, and the read of every slide's height made the browser style
 *   and lay out the changed slides inside the key handler. A slide never placed while shown is placed at once, as
 *   before. Walking the deck at 4x by turns, two walks each: the key handlers took 957 and 1,139 ms in all against
 *   1,678 and 1,739 ms without this change.
 *
 * The last two answer reveal's searches for its slides (`.slides>section`, `.slides section:not(.stack)…`, a
 * dozen a slide change, each through the whole deck, pictures and all) from a list of the deck's sections kept
 * until a section comes or goes (`deckQuery$`), with the same elements in the same order. In the speaker view's
 * three decks at 4x throttle, those searches took 1.2 s of a 60-press walk's script; answered from the list, 0.35 s.
 */

interface Change {
  /** What the change finds, as an error message names it. */
  what: string;
  find: RegExp;
  /** How many places it must find. */
  count: number;
  replace: (found: Record<string, string>) => string;
}

const CLASSES = '"past", "present", "future"';

const CHANGES: readonly Change[] = [
  {
    what: "updateSlides's loop over the slides",
    find: new RegExp(
      [
        String.raw`if \((?<slide>\w+)\.classList\.remove\("past"\), \k<slide>\.classList\.remove\("present"\), \k<slide>\.classList\.remove\("future"\), `,
        String.raw`\k<slide>\.setAttribute\("hidden", ""\), \k<slide>\.setAttribute\("aria-hidden", "true"\), `,
        String.raw`(?<stack>\k<slide>\.querySelector\("section"\) && \k<slide>\.classList\.add\("stack"\)), (?<whole>\w+)\) \{`,
        String.raw`(?<keep>\s*\k<slide>\.classList\.add\("present"\);\s*continue;\s*\}\s*)`,
        String.raw`(?<i>\w+) < (?<index>\w+) \? \(\k<slide>\.classList\.add\((?<reverse>\w+) \? "future" : "past"\)`,
      ].join(''),
      'g',
    ),
    count: 1,
    replace: ({ slide = '', stack = '', whole = '', keep = '', i = '', index = '', reverse = '' }) => {
      const own = `${slide}.classList.remove("past"), ${slide}.classList.remove("present"), ${slide}.classList.remove("future"), ${slide}.setAttribute("hidden", ""), ${slide}.setAttribute("aria-hidden", "true")`;
      const settled = `deckSettleSlide$(${slide}, ${i} < ${index} !== !!${reverse} ? "past" : "future")`;
      return (
        `if (${i} === ${index} || ${whole} ? (${own}) : ${settled}, ${stack}, ${whole}) {` +
        `${keep}${i} < ${index} ? (${slide}.classList.add(${reverse} ? "future" : "past")`
      );
    },
  },
  {
    what: "updateSlidesVisibility's load-or-unload of a slide",
    find: /(?<near>\w+(?: \+ \w+)? < \w+) \? (?<content>\w+)\.load\((?<slide>\w+)\) : \k<content>\.unload\(\k<slide>\)/g,
    count: 2,
    replace: ({ near = '', content = '', slide = '' }) => `${near} ? deckLoad$(${content}, ${slide}) : deckUnload$(${content}, ${slide})`,
  },
  {
    what: "slide()'s updates of the progress bar, controls, notes, slide number, URL and auto-slide",
    find: new RegExp(
      [
        String.raw`(?<progress>[\w$]+)\.update\(\), (?<controls>[\w$]+)\.update\(\), (?<notes>[\w$]+)\.update\(\), `,
        String.raw`(?<backgrounds>[\w$]+)\.update\(\), \k<backgrounds>\.updateParallax\(\), (?<number>[\w$]+)\.update\(\), `,
        String.raw`(?<fragments>[\w$]+)\.update\(\), (?<location>[\w$]+)\.writeURL\(\), (?<cue>[\w$]+)\(\),`,
      ].join(''),
      'g',
    ),
    count: 1,
    replace: ({ progress = '', controls = '', notes = '', backgrounds = '', number = '', fragments = '', location = '', cue = '' }) =>
      `${backgrounds}.update(), ${backgrounds}.updateParallax(), ${fragments}.update(), ` +
      `deckAfterPaint$(${cue}, () => { ${progress}.update(), ${controls}.update(), ${notes}.update(), ${number}.update(), ${location}.writeURL(), ${cue}(); }),`,
  },
  {
    what: "layout()'s list of the slides it places",
    find: /(?<shown>Array\.from\([\w$]+\.wrapper\.querySelectorAll\([\w$]+\)\)\.filter\(\((?<e>[\w$]+)\) => \k<e>\.style\.display !== "none"\)), (?<tops>[\w$]+ = Array\()/g,
    count: 1,
    replace: ({ shown = '', tops = '' }) => `deckPlaced$(${shown}), ${tops}`,
  },
  {
    // Placing the slides reads their heights: the changed slides' styles and the deck's layout were worked out then.
    what: "slide()'s layout of the slides",
    find: /(?<current>[\w$]+) && !(?<overview>[\w$]+)\.isActive\(\) && (?<animate>\([^()]*\([^()]*\)[^()]*\([^()]*\)\)), (?<visibility>[\w$]+)\(\), (?<layout>[\w$]+)\(\), \k<overview>\.isActive\(\)/g,
    count: 1,
    replace: ({ current = '', overview = '', animate = '', visibility = '', layout = '' }) =>
      `${current} && !${overview}.isActive() && ${animate}, ${visibility}(), ` +
      `${overview}.isActive() || !deckWasPlaced$.has(${current}) ? ${layout}() : deckAfterPaint$(${layout}, ${layout}), ${overview}.isActive()`,
  },
  {
    what: "the screen reader's announcement of a new slide",
    find: /requestAnimationFrame\(\(\) => \{\s*(?<announce>[\w$]+)\((?<text>[\w$]+)\((?<slide>[\w$]+)\)\);\s*\}\)/g,
    count: 2,
    replace: ({ announce = '', text = '', slide = '' }) => `deckAfterPaint$(${announce}, () => { ${announce}(${text}(${slide})); })`,
  },
  {
    // reveal says a step at once and a slide in the next frame: a slide's announcement still waiting is kept.
    what: "the screen reader's announcement of a step (a fragment) shown",
    find: /this\.Reveal\.announceStatus\(this\.Reveal\.getStatusText\((?<fragment>[\w$]+)\)\)/g,
    count: 1,
    replace: ({ fragment = '' }) =>
      `deckAfterPaint$(this.Reveal.announceStatus, () => this.Reveal.announceStatus(this.Reveal.getStatusText(${fragment})), true)`,
  },
  {
    what: "a step's updates of the controls, progress bar and URL",
    find: /return (?<updates>this\.Reveal\.controls\.update\(\), this\.Reveal\.progress\.update\(\), this\.Reveal\.getConfig\(\)\.fragmentInURL && this\.Reveal\.location\.writeURL\(\)), /g,
    count: 1,
    replace: ({ updates = '' }) => `return deckAfterPaint$(this.Reveal.location, () => { ${updates}; }), `,
  },
  {
    what: 'the helper that lists the elements a selector matches',
    find: /(?<helper>[\w$]+) = \((?<root>[\w$]+), (?<selector>[\w$]+)\) => Array\.from\(\k<root>\.querySelectorAll\(\k<selector>\)\)/g,
    count: 1,
    replace: ({ helper = '', root = '', selector = '' }) => `${helper} = (${root}, ${selector}) => deckQuery$(${root}, ${selector})`,
  },
  {
    what: "the deck's own searches for its slides",
    find: /(?<dom>[\w$]+)\.wrapper\.querySelectorAll\((?<selector>[\w$]+)\)/g,
    count: 6,
    replace: ({ dom = '', selector = '' }) => `deckQuery$(${dom}.wrapper, ${selector})`,
  },
];

/**
 * A page that draws no frames (a tab in the background) still gets what a slide change deferred, this much later:
 * a frame comes within it at 4x throttle.
 */
const HIDDEN_PAGE_MS = 250;

/** The functions the changed code calls, put before reveal's module. */
const HELPERS = `function deckSettleSlide$(slide, state) {
  for (const other of [${CLASSES}]) if (other !== state && slide.classList.contains(other)) slide.classList.remove(other);
  if (!slide.hasAttribute("hidden")) slide.setAttribute("hidden", "");
  if (slide.getAttribute("aria-hidden") !== "true") slide.setAttribute("aria-hidden", "true");
}
function deckLoad$(content, slide) {
  if (slide.style.display === "" || slide.style.display === "none") content.load(slide);
}
function deckUnload$(content, slide) {
  if (slide.style.display !== "none") content.unload(slide);
}
// Every slide reveal's layout() has placed while shown (reveal's own display; without it the stylesheet hides a
// slide, which then measures 0 high): its place is known, and moves only with its content.
const deckWasPlaced$ = new WeakSet();
function deckPlaced$(slides) {
  for (const slide of slides) if (slide.style.display !== "") deckWasPlaced$.add(slide);
  return slides;
}
// reveal finds its slides with selectors that search the whole deck, pictures and all (3,000 elements), a dozen
// times a slide change. Those selectors are answered here from a list of the deck's sections, made again only when
// a section comes or goes: the same elements, in the same order, as querySelectorAll gives.
const deckUnderSlides$ = (s) => s.parentElement?.classList.contains("slides") === true;
// Selectors that depend only on where the sections stand: their answers are kept with the list.
const deckSectionPlace$ = {
  ".slides>section": deckUnderSlides$,
  ".slides>section>section": (s) => s.parentElement?.localName === "section" && deckUnderSlides$(s.parentElement),
  ".slides section": (s) => s.parentElement?.closest(".slides") != null,
};
// Selectors that also read a section's classes: asked of the kept answers each time.
const deckSectionState$ = {
  ".slides>section.present>section": [".slides>section>section", (s) => s.parentElement.classList.contains("present")],
  ".slides>section.stack": [".slides>section", (s) => s.classList.contains("stack")],
  '.slides section:not(.stack):not([data-visibility="uncounted"])': [
    ".slides section",
    (s) => !s.classList.contains("stack") && s.getAttribute("data-visibility") !== "uncounted",
  ],
};
const deckHasSection$ = (node) => node.nodeType === 1 && (node.localName === "section" || node.getElementsByTagName("section").length > 0);
const deckMovesSections$ = (records) =>
  records.some((r) => Array.prototype.some.call(r.addedNodes, deckHasSection$) || Array.prototype.some.call(r.removedNodes, deckHasSection$));
const deckSectionLists$ = new WeakMap();
/** The answers kept for \`root\`, emptied when a section has come or gone under it since they were given. */
function deckKeptAnswers$(root) {
  let kept = deckSectionLists$.get(root);
  if (!kept) {
    const answers = new Map();
    const observer = new MutationObserver((records) => {
      if (deckMovesSections$(records)) answers.clear();
    });
    observer.observe(root, { childList: true, subtree: true });
    deckSectionLists$.set(root, (kept = { answers, observer }));
  } else if (deckMovesSections$(kept.observer.takeRecords())) kept.answers.clear();
  return kept.answers;
}
function deckSectionsAt$(root, selector) {
  const answers = deckKeptAnswers$(root);
  let found = answers.get(selector);
  if (!found) answers.set(selector, (found = Array.from(root.getElementsByTagName("section")).filter(deckSectionPlace$[selector])));
  return found;
}
// layout() looks for slides to stretch on every slide change; the lecture has none.
const deckStretch$ = "section > .stretch, section > .r-stretch";
function deckQuery$(root, selector) {
  if (selector === "section") return Array.from(root.getElementsByTagName("section"));
  if (Object.hasOwn(deckSectionPlace$, selector)) return deckSectionsAt$(root, selector).slice();
  if (Object.hasOwn(deckSectionState$, selector)) {
    const [place, state] = deckSectionState$[selector];
    return deckSectionsAt$(root, place).filter(state);
  }
  if (selector === deckStretch$ && root.getElementsByClassName("stretch").length + root.getElementsByClassName("r-stretch").length === 0)
    return [];
  return Array.from(root.querySelectorAll(selector));
}
const deckPending$ = new WeakMap();
function deckAfterPaint$(owner, run, keepWaiting = false) {
  const waiting = deckPending$.has(owner);
  if (waiting && keepWaiting) return;
  deckPending$.set(owner, run);
  if (waiting) return;
  // Whichever comes first runs the update and stops the timer, which would otherwise run the next key press's early.
  let late = 0;
  const flush = () => {
    clearTimeout(late);
    const latest = deckPending$.get(owner);
    deckPending$.delete(owner);
    latest?.();
  };
  late = setTimeout(flush, ${String(HIDDEN_PAGE_MS)});
  requestAnimationFrame(() => setTimeout(flush, 0));
}
`;

/** reveal's module with the changes made; throws, naming `file`, when one does not find what it expects. */
export function patchReveal(code: string, file: string): string {
  let patched = code;
  for (const change of CHANGES) {
    const found = [...patched.matchAll(change.find)].length;
    if (found !== change.count) {
      throw new Error(
        `${file}: reveal.js's ${change.what} was found ${String(found)} times, not ${String(change.count)}: check ` +
          'src/compiler/page/reveal-patch.ts against this version of reveal.js.',
      );
    }
    patched = patched.replace(change.find, (...args: unknown[]) => change.replace(args.at(-1) as Record<string, string>));
  }
  return HELPERS + patched;
}

/** reveal.js's published module, wherever the package manager put it. */
const REVEAL_MODULE = /[\\/]reveal\.js[\\/]dist[\\/]reveal\.mjs(?:\?.*)?$/;

export function revealPatchPlugin(): Plugin {
  return {
    name: 'deck:reveal-patch',
    enforce: 'pre',
    // Vite's dev server bundles dependencies ahead, past the plugins' reach: reveal is served as its own module.
    config: () => ({ optimizeDeps: { exclude: ['reveal.js'] } }),
    transform(code, id) {
      if (!REVEAL_MODULE.test(id)) return null;
      return { code: patchReveal(code, id), map: null };
    },
  };
}
