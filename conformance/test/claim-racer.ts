import { claimDatabase } from '../reference/owner-lock.ts';

/**
 * One of several processes racing to claim the same databases (run by store.test.ts): for each round, it waits for
 * the round's start time, claims `<dir>/round-<n>.db` and prints `<n> claimed` or `<n> <error name>`. Its claims are
 * held until it ends, when its stdin does: the test ends every racer's stdin only once all have done every round, so
 * that a winner is alive whenever another racer judges its claim, however late a loaded machine makes that one.
 */
const [dir, start, rounds, gap] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4]), Number(process.argv[5])];
for (let round = 0; round < rounds; round += 1) {
  const at = start + round * gap;
  // Sleep to just before the start line, then spin to it: sleeping to it would wake each racer at a different moment.
  if (at - Date.now() > 5) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, at - Date.now() - 5);
  while (Date.now() < at) {
    // Spinning.
  }
  let said: string;
  try {
    claimDatabase(`${dir}/round-${round}.db`);
    said = 'claimed';
  } catch (error) {
    said = (error as Error).name;
  }
  process.stdout.write(`${round} ${said}\n`);
}
// Held open until the test closes it: then nothing is left to wait on, and the process ends.
process.stdin.resume();
