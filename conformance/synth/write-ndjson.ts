/**
 * Records as NDJSON (one JSON value per line, LF), written in chunks of about 64 KiB and waiting for 'drain' when
 * the stream asks it to, so memory stays flat however many records there are; a turn of the event loop passes after
 * every chunk, so a signal is heard even when the stream never pushes back. The stream is left open: the
 * caller ends it (and learns of errors while it flushes).
 */
const chunkChars = 64 * 1024;

export async function writeNdjson(records: Iterable<{ readonly record: object }>, out: NodeJS.WritableStream): Promise<{ records: number; bytes: number }> {
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const onError = (error: Error): void => {
    failure ??= error;
    wake?.();
  };
  out.on('error', onError);
  const flush = async (text: string): Promise<number> => {
    if (failure) throw failure;
    const buffer = Buffer.from(text, 'utf8');
    if (!out.write(buffer)) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        out.once('drain', resolve);
      });
      out.removeListener('drain', wake!);
      wake = undefined;
    } else {
      // A stream that never pushes back (stdout sent to a file writes synchronously) would leave no turn of the
      // event loop for a signal's handler to run in: yield one after every chunk.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (failure) throw failure;
    return buffer.length;
  };
  try {
    let count = 0;
    let bytes = 0;
    let chunk = '';
    for (const { record } of records) {
      chunk += JSON.stringify(record) + '\n';
      count += 1;
      if (chunk.length >= chunkChars) {
        bytes += await flush(chunk);
        chunk = '';
      }
    }
    if (chunk.length > 0) bytes += await flush(chunk);
    return { records: count, bytes };
  } finally {
    out.removeListener('error', onError);
  }
}
