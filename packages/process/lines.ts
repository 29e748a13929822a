/** Splitting a byte stream into lines as they arrive, without holding more than the unfinished last line. */

/** Feeds chunks in and calls `onLine` for each complete line (CRLF or LF); `end` flushes the last one. */
export function lineSplitter(onLine: (line: string) => void): { push(chunk: string): void; end(): void } {
  let pending = '';
  return {
    push(chunk) {
      pending += chunk;
      const lines = pending.split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    },
    end() {
      if (pending) onLine(pending);
      pending = '';
    },
  };
}
