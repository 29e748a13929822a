// Blob bodies go out through two reused buffers: no fresh external memory per chunk, whatever the blob's size.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sendFileBytes } from './blob-stream.js';

let dir: string;
let blob: Buffer;
let path: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'blob-stream-'));
  blob = randomBytes(5 * (1 << 20) + 12345);
  path = join(dir, 'blob.zip');
  await writeFile(path, blob);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A response that takes each chunk a little later, as a socket does, recording what it got and into what memory. */
function recordingResponse(failAfter = Infinity) {
  const copies: Buffer[] = [];
  const memory = new Set<ArrayBufferLike>();
  const response = {
    write(chunk: Buffer, done: (error?: Error | null) => void) {
      memory.add(chunk.buffer);
      const copy = Buffer.from(chunk);
      setImmediate(() => {
        if (copies.length >= failAfter) return done(new Error('socket hang up'));
        copies.push(copy);
        done();
      });
      return true;
    },
  };
  return { response: response as unknown as ServerResponse, copies, memory };
}

describe('sendFileBytes', () => {
  it('sends the whole blob through two buffers, whatever its size', async () => {
    const { response, copies, memory } = recordingResponse();
    await sendFileBytes(response, path, blob.length);
    expect(Buffer.concat(copies).equals(blob)).toBe(true);
    expect(copies.length).toBeGreaterThan(4);
    expect(memory.size).toBeLessThanOrEqual(2);
  });

  it('sends only the first bytes when asked (a cut download), and stops when the socket goes away', async () => {
    const first = recordingResponse();
    await sendFileBytes(first.response, path, 1500);
    expect(Buffer.concat(first.copies).equals(blob.subarray(0, 1500))).toBe(true);
    const failing = recordingResponse(2);
    await expect(sendFileBytes(failing.response, path, blob.length)).rejects.toThrow('socket hang up');
  });
});
