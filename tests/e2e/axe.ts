import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

// One axe check for every page the browser tests look at (a11y.spec.ts, hostile.spec.ts).

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Violations waiting for a fix, each by rule and exact element (none today). Anything else
// fails; delete an entry once it is fixed.
const knownIssues: { rule: string; target: string; where: string }[] = [];
const isKnown = (rule: string, target: string) =>
  knownIssues.some((known) => known.rule === rule && known.target === target);

/** Runs axe over the page as it is now and fails with a readable list of what it found. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  const violations = results.violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isKnown(v.id, n.target.join(' '))) }))
    .filter((v) => v.nodes.length > 0);
  const report = violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'unknown impact'}): ${v.help}\n` +
        v.nodes.map((n) => `    at ${n.target.join(' ')}`).join('\n'),
    )
    .join('\n');
  expect(violations.length, `axe violations on ${page.url()}:\n${report}`).toBe(0);
}
