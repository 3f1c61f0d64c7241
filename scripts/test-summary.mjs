// Prints one closing line for the whole suite, from the unit and end-to-end runners' JSON reports:
// "total: N passed, N failed, N skipped". Exits non-zero if any test failed or none ran.
import { readFileSync } from 'node:fs';

const read = (file) => JSON.parse(readFileSync(new URL(`../reports/${file}`, import.meta.url), 'utf8'));

const unit = read('unit.json');
const e2e = read('e2e.json');
const passed = unit.numPassedTests + e2e.stats.expected;
const failed = unit.numFailedTests + e2e.stats.unexpected + e2e.stats.flaky;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.stats.skipped;

// A skipped test says why: Playwright's list reporter does not print the reason, so print it here.
function* skippedWithReasons(suite, path = []) {
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests) {
      if (t.status !== 'skipped') continue;
      const why = t.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given';
      yield `${[...path, spec.title].join(' › ')}: ${why}`;
    }
  }
  for (const child of suite.suites ?? []) yield* skippedWithReasons(child, [...path, child.title]);
}
for (const suite of e2e.suites)
  for (const line of skippedWithReasons(suite, [suite.title])) console.log(`skipped — ${line}`);
// Vitest's report has no reason field: a conditional unit test names its condition in its title.
for (const file of unit.testResults) {
  for (const t of file.assertionResults) {
    if (t.status === 'skipped' || t.status === 'pending' || t.status === 'todo') {
      console.log(`skipped — ${file.name.replace(/^.*?(tests\/)/, '$1')} › ${t.fullName}`);
    }
  }
}

console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed, ${unit.numPendingTests} skipped`);
console.log(`e2e: ${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed, ${e2e.stats.skipped} skipped`);
console.log(`total: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
