// Splits a byte stream into lines, handed over one chunk's worth at a time.
// readline's async iterator costs a promise per line, which is most of the
// time when checking 100,000 short comments; a batch per chunk costs one.
import type { Readable } from 'node:stream';

/** Calls `onBatch` with the complete lines of each chunk (without "\n" or "\r\n"), in order. */
export async function forEachLineBatch(input: Readable, onBatch: (lines: string[]) => Promise<void> | void): Promise<void> {
  input.setEncoding('utf8'); // decodes multi-byte characters split across chunks
  let rest = '';
  for await (const chunk of input as AsyncIterable<string>) {
    const text = rest + chunk;
    const lines = text.split('\n');
    rest = lines.pop() ?? '';
    if (lines.length > 0) await onBatch(lines.map(stripCr));
  }
  if (rest !== '') await onBatch([stripCr(rest)]);
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
