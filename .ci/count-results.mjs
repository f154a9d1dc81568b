// Reads a vitest JSON report and prints "<passed> <failed>": failed tests, plus test files that
// failed without any failing test (an import or setup error), so a crashed file is never lost.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const brokenFiles = report.testResults.filter(
  (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
).length;
console.log(`${report.numPassedTests} ${report.numFailedTests + brokenFiles}`);
