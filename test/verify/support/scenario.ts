/**
 * What every verifyRelease test file sets up: a work directory, a dependency index holding `packaging` (the
 * pure fixture's dependency), indexes started on demand and stopped at the end, and options that point
 * verification at one of them with a directory of local files.
 */
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { resolveIndexUrls } from '../../../packages/pypi/index.js';
import type { VerifyOptions } from '../../../packages/verify/index.js';
import { PYTHON } from '../../fixtures/build.js';
import { startTestIndex, type TestIndex } from '../../support/test-index.js';
import { cleanPipEnv, packagingWheel, publish } from './index.js';

/** One test file's world. */
export interface Scenario {
  work: string;
  /** An index serving `packaging`, for the install check's dependencies. */
  deps: TestIndex;
  /** Starts an index that `stop` will stop. */
  index(options?: Parameters<typeof startTestIndex>[0]): Promise<TestIndex>;
  /** A directory under `work` holding copies of `files`. */
  dirWith(name: string, files: readonly string[]): Promise<string>;
  /** Options verifying `packagesDir` against the index at `uploadUrl`: no install check, fast polls. */
  options(uploadUrl: string, packagesDir: string, extra?: Partial<VerifyOptions>): VerifyOptions;
  stop(): Promise<void>;
}

/** Sets up a scenario (call in beforeAll, with a few minutes' timeout for the first `packaging` build). */
export async function startScenario(): Promise<Scenario> {
  const work = await mkdtemp(join(tmpdir(), 'verify-test-'));
  const started: TestIndex[] = [];
  const index = async (options: Parameters<typeof startTestIndex>[0] = {}): Promise<TestIndex> => {
    const running = await startTestIndex(options);
    started.push(running);
    return running;
  };
  const deps = await index();
  await publish(deps, [await packagingWheel()]);
  return {
    work,
    deps,
    index,
    async dirWith(name, files) {
      const dir = join(work, name);
      await mkdir(dir, { recursive: true });
      for (const file of files) await copyFile(file, join(dir, basename(file)));
      return dir;
    },
    options: (uploadUrl, packagesDir, extra = {}) => ({
      urls: resolveIndexUrls(uploadUrl),
      packagesDir,
      timeoutMs: 20_000,
      intervalMs: 250,
      installCheck: false,
      python: PYTHON,
      extraIndexUrls: [deps.simpleUrl],
      checkLatest: false,
      tempDir: work,
      env: cleanPipEnv(),
      ...extra,
    }),
    async stop() {
      await Promise.all(started.map((running) => running.stop()));
      await rm(work, { recursive: true, force: true });
    },
  };
}
