import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from '@playwright/test';
import { EXCEPTIONS } from './a11y-exceptions';

/** Every rule axe-core has, the experimental ones too: no tag filter leaves one out. */
export const ALL_RULES: readonly string[] = axe.getRules().map((rule) => rule.ruleId);

interface Found {
  rule: string;
  target: string[];
  impact: string | null | undefined;
  text: string;
}

/** One line per violation: rule, impact, where, and axe's own summary, so a failure reads without a rerun. */
export async function violations(page: Page, exclude: readonly string[] = []): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withRules([...ALL_RULES]);
  for (const selector of exclude) builder = builder.exclude(selector);
  const result = await builder.analyze();
  return report(page, flatten(result.violations));
}

/**
 * Many states of one page (every slide and step): axe goes in once and runs on the part that changed.
 * AxeBuilder injects axe-core into every frame on each call, a few seconds each on a loaded machine.
 */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(axe.source);
}

export async function violationsIn(page: Page, selector: string): Promise<string[]> {
  const result = await page.evaluate(
    ({ selector, rules }) => window.axe.run(selector, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] }),
    { selector, rules: [...ALL_RULES] },
  );
  return report(page, flatten(result.violations));
}

function flatten(results: axe.Result[]): Found[] {
  return results.flatMap((v) =>
    v.nodes.map((node) => ({ rule: v.id, target: node.target.map(String), impact: v.impact, text: node.failureSummary ?? v.help })),
  );
}

async function report(page: Page, found: Found[]): Promise<string[]> {
  const excused = await page.evaluate(
    ({ found, exceptions }) =>
      found.map(({ rule, target }) => {
        // A target inside an iframe is a list; its last selector names the element in that frame.
        const element = target.length === 1 ? document.querySelector(target[0] ?? '') : null;
        return exceptions.some((e) => e.rule === rule && element?.matches(e.where) === true);
      }),
    { found, exceptions: EXCEPTIONS.map(({ rule, where }) => ({ rule, where })) },
  );
  return found.filter((_, i) => !excused[i]).map((v) => `${v.rule} (${v.impact ?? 'no impact'}) at ${v.target.join(' ')}: ${v.text}`);
}

/**
 * No transition still running: colours and opacities are the final ones axe should judge. (Reveal's arrow
 * bounces for 100 s on the first slide, an animation, not a transition, that changes no colour.)
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'));
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
