/**
 * What publish says when uploads stored by the index went unanswered (the index crashed, or a proxy lost
 * the answer) and the index could not be asked about them in time: it counted them as "not on the index"
 * (issue 10: "5 of 30 files are not on the index yet" when 28 were stored). It now reads the index once
 * more before counting, and says "not confirmed" when even that read fails.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import type { FaultOptions } from '../../packages/local-index/index.js';
import { publishRelease, type PublishResult } from '../../packages/publish/index.js';
import {
  resolveIndexUrls,
  uploadWithRetries,
  type Clock,
  type UploadWithRetriesRequest,
} from '../../packages/pypi/index.js';
import { secrets } from '../../packages/secrets/index.js';
import { listed, releaseDir, startTestIndex, type TestIndex } from './support.js';

const TOKEN = 'pypi-crash-count-token';
const NO_WAIT: Clock = { now: () => Date.now(), sleep: async () => undefined };
const indexes: TestIndex[] = [];
afterEach(async () => {
  await Promise.all(indexes.splice(0).map((index) => index.stop()));
  secrets.clear();
});

/**
 * Uploads that meet "stored, but 502" and cannot ask the index whether the file landed (one attempt, the
 * probe unreachable): what an index crash does to the uploads in flight.
 */
const lostAnswers = (request: UploadWithRetriesRequest) =>
  uploadWithRetries({
    ...request,
    policy: { maxAttempts: 1 },
    probe: async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1');
    },
  });

async function run(
  faults: FaultOptions,
  readable: boolean,
): Promise<{ result: PublishResult; stored: string[]; total: number }> {
  const target = await startTestIndex({ token: TOKEN, faults });
  indexes.push(target);
  const { dir, files } = await releaseDir({ wheels: 6 });
  const urls = resolveIndexUrls(target.uploadUrl);
  const result = await publishRelease({
    source: { directory: dir },
    urls,
    credentials: { kind: 'password', username: '__token__', password: TOKEN },
    clock: NO_WAIT,
    concurrency: 1,
    upload: async (request) => {
      const report = await lostAnswers(request);
      // The index goes away once the answer is lost: nothing can be read from it any more.
      if (!readable && report.outcome.kind === 'ambiguous') await target.close();
      return report;
    },
  });
  if (!readable) {
    // Back again, on the same storage: what did it keep?
    const again = await startTestIndex({ storageDir: target.storageDir, token: TOKEN });
    indexes.push(again);
    return { result, stored: (await listed(again, 'demo-pkg')).map((f) => f.filename), total: files.length };
  }
  return { result, stored: (await listed(target, 'demo-pkg')).map((f) => f.filename), total: files.length };
}

describe('the count publish gives after uploads went unanswered', () => {
  it('reads the index again: a file it stored is uploaded, and the count of those missing is right', async () => {
    // The third upload request is stored and answered 502 (seed 11 draws it there); the rest are plain.
    const { result, stored, total } = await run({ rate: 0.2, seed: 11, kinds: ['stored-502'] }, true);
    const failed = result.files.filter((f) => f.status === 'failed' || f.status === 'pending');
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length).toBeLessThan(total);
    expect(
      result.files
        .filter((f) => f.status === 'uploaded')
        .map((f) => f.filename)
        .sort(),
    ).toEqual([...stored].sort());
    expect(failed).toHaveLength(total - stored.length);
    expect(result.failure).toMatch(
      new RegExp(
        `; ${total - stored.length} of ${total} files are not on the index yet: fix the cause and re-run`,
      ),
    );
    const lost = result.files.filter((f) => f.message?.startsWith('landed, though its answer was lost'));
    expect(lost).toHaveLength(1);
    expect(stored).toContain(lost[0]?.filename);
  });

  it('says "not confirmed" rather than "not on the index" when the index cannot be read afterwards', async () => {
    const { result, stored, total } = await run({ rate: 0.2, seed: 11, kinds: ['stored-502'] }, false);
    const unconfirmed = result.files.filter((f) => f.status === 'failed' || f.status === 'pending');
    expect(stored.length).toBeGreaterThan(total - unconfirmed.length);
    expect(result.failure).toMatch(
      new RegExp(
        `; ${unconfirmed.length} of ${total} files are not confirmed on the index \\(it could not be read afterwards\\): re-run once it answers`,
      ),
    );
    expect(result.failure).not.toMatch(/not on the index|nothing was uploaded/);
    const [unanswered] = result.files.filter((f) => f.status === 'failed');
    expect(stored).toContain(unanswered?.filename);
  });
});
