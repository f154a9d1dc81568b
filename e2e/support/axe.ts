import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');

/** An axe-core rule violation, shortened to what a failing test should print. */
export type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] };

/** Runs axe-core in the page and returns the violations with impact serious or critical. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.addScriptTag({ path: AXE_SCRIPT });
  // A string, not a function: the page must not depend on helpers the test transpiler adds.
  const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((results) =>
    results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ') + (node.failureSummary ? ' — ' + node.failureSummary.replace(/\\s+/g, ' ') : '')),
    })))`)) as AxeViolation[];
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
