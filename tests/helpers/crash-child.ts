/**
 * The crash test's child (tests/integration/crash.test.ts): opens the office database through the
 * real backend and registers walk-ins as fast as it can, each a real check-in transaction through
 * dispatch. A visit's id is printed only after its transaction committed — stdout to a pipe is
 * synchronous on Linux, so every id the parent has read was acknowledged. It runs until killed.
 *
 * node crash-child.cjs FILE START_MS ROUND
 */
import { openDatabase } from '../../db/connection';
import { createBackend } from '../../electron/services/backend';

const [file, startText, roundText] = process.argv.slice(2);
if (!file || !startText || !roundText) throw new Error('usage: crash-child FILE START_MS ROUND');
const round = Number(roundText);
// The office clock moves a millisecond per reading: every round is later on the same test day.
let now = Number(startText);
const backend = createBackend(openDatabase(file), { now: () => (now += 1) });
process.stdout.write('ready\n');

for (let i = 0; ; i++) {
  const serial = round * 1_000_000 + i;
  const answer = backend.dispatch('checkIn', {
    partySize: 1,
    answers: { namedConsultant: null, namedEvidence: null, appointmentWith: null },
    registration: { consent: 'given', name: `访客${serial}`, phone: `139${String(serial).padStart(8, '0')}` },
  });
  if (answer instanceof Promise || !answer.ok) {
    process.stderr.write(`check-in refused: ${JSON.stringify(answer)}\n`);
    process.exit(1);
  }
  process.stdout.write(`${(answer.value as { visitId: number }).visitId}\n`);
}
