/** The one way tests start an embedded index: an ephemeral port, fresh storage, a request log, `stop`. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startIndex,
  type IndexOptions,
  type RequestLogEntry,
  type RunningIndex,
} from '../../packages/local-index/index.js';

/** A started index with its storage directory and request log; `stop` closes it and removes the storage. */
export interface TestIndex extends RunningIndex {
  storageDir: string;
  log: RequestLogEntry[];
  stop(): Promise<void>;
}

/** Starts an index on an ephemeral port in a fresh temp directory (or `options.storageDir`). */
export async function startTestIndex(options: Partial<IndexOptions> = {}): Promise<TestIndex> {
  const storageDir = options.storageDir ?? (await mkdtemp(join(tmpdir(), 'li-store-')));
  const log: RequestLogEntry[] = [];
  const index = await startIndex({
    ...options,
    storageDir,
    port: 0,
    onRequest: (entry) => {
      log.push(entry);
      options.onRequest?.(entry);
    },
  });
  return {
    ...index,
    storageDir,
    log,
    async stop() {
      await index.close();
      await rm(storageDir, { recursive: true, force: true });
    },
  };
}
