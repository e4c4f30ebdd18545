/**
 * The thread a hosted command runs on (hosted-run.ts): `main`, its writes passed to the main thread as messages (in
 * the order made), told whether the process's streams are terminals, with a stop signal the main thread sets.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { HostedData, HostedMessage } from './hosted-run.ts';
import { main } from './main.ts';

const port = parentPort!;
const data = workerData as HostedData;
const stop = new AbortController();
port.on('message', (message: { stop?: string }) => {
  if (message.stop !== undefined && !stop.signal.aborted) stop.abort(message.stop);
});

const send = (message: HostedMessage) => port.postMessage(message);
const stream = (name: 'stdout' | 'stderr', isTTY: boolean) => ({ write: (text: string) => send({ stream: name, text }), isTTY });
const code = await main(data.argv, { stdout: stream('stdout', data.stdoutIsTTY), stderr: stream('stderr', data.stderrIsTTY), cwd: process.cwd(), env: process.env, signal: stop.signal });
send({ code });
// Nothing more will come: the thread ends once its messages are handed over.
port.unref();
