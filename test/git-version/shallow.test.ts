/**
 * Shallow checkouts as actions/checkout leaves them (depth 1, no tags): with fetch auto the version equals the
 * full clone's, fetching as little as needed; with fetch never, or when the remote is gone, a clear VersionError.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  computeVersion,
  createGit,
  VersionError,
  type ComputeOptions,
} from '../../packages/git-version/index.js';
import { checkoutLikeActions, recordingGit } from './checkout.js';
import {
  BRANCH_NAMES,
  git,
  linearHistory,
  mixedTagName,
  randomHistory,
  writeHistory,
  type History,
  type TagSpec,
} from './history.js';
import { testOptions } from './options.js';

const root = mkdtempSync(join(tmpdir(), 'git-version-shallow-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;
const fresh = (): string => join(root, `d${counter++}`);

const options = (cwd: string, overrides: Partial<ComputeOptions> = {}): ComputeOptions =>
  testOptions(cwd, { fetch: 'auto', ...overrides });
const linear = (count: number, tags: TagSpec[]): History => linearHistory(count, tags);

function origin(history: History): { dir: string; head: string } {
  const dir = fresh();
  writeHistory(dir, history);
  return { dir, head: git(dir, ['rev-parse', 'HEAD']).trim() };
}

function shallowClone(originDir: string, branch: string, sha: string): string {
  const dir = fresh();
  checkoutLikeActions(originDir, dir, { branch, sha });
  return dir;
}

describe('shallow checkouts with fetch auto', () => {
  test('nearest tag a few commits back: one deepening fetch, lightweight tags written without a round trip', async () => {
    const o = origin(
      linear(200, [
        [5, '0.1.0', false],
        [190, 'v0.2.0', false],
      ]),
    );
    const dir = shallowClone(o.dir, 'main', o.head);
    const recorder = recordingGit();
    const result = await computeVersion(options(dir, { git: recorder }));
    expect(result).toMatchObject({ version: '0.2.1.dev10', tag: 'v0.2.0', distance: 10 });
    const fetches = recorder.calls.filter((args) => args.includes('fetch'));
    expect(fetches).toHaveLength(1);
    expect(result.notes.join('\n')).toMatch(/shallow clone: 1 fetch/);
    expect(git(dir, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
  });

  test('annotated tags are fetched as tag objects', async () => {
    const o = origin(
      linear(12, [
        [3, '1.0.0', true],
        [9, '1.1.0', true],
      ]),
    );
    const dir = shallowClone(o.dir, 'main', o.head);
    const result = await computeVersion(options(dir));
    expect(result).toMatchObject({ version: '1.1.1.dev3', tag: '1.1.0', distance: 3 });
    expect(git(dir, ['cat-file', '-t', 'refs/tags/1.1.0']).trim()).toBe('tag');
  });

  test('nearest tag far behind the first slice: deeper rounds reach it, the rest stays unfetched', async () => {
    const o = origin(
      linear(2000, [
        [10, '3.0.0', false],
        [1500, '3.1.0', true],
      ]),
    );
    const dir = shallowClone(o.dir, 'main', o.head);
    const recorder = recordingGit();
    const result = await computeVersion(options(dir, { git: recorder }));
    expect(result).toMatchObject({ version: '3.1.1.dev500', tag: '3.1.0', distance: 500 });
    expect(recorder.calls.filter((args) => args.includes('fetch')).length).toBeLessThanOrEqual(4);
    expect(Number(git(dir, ['rev-list', '--count', 'HEAD']).trim())).toBeLessThan(2000);
  });

  test('no tags anywhere: all commits fetched to count them, 0.1.devN', async () => {
    for (const count of [25, 300]) {
      const o = origin(linear(count, []));
      const dir = shallowClone(o.dir, 'main', o.head);
      const result = await computeVersion(options(dir));
      expect(result).toMatchObject({ version: `0.1.dev${count}`, tag: null, distance: count });
    }
  });

  test('no tags and a fallback version: the scheme starts from it, all commits counted (setuptools_scm 10)', async () => {
    const o = origin(linear(100, []));
    const dir = shallowClone(o.dir, 'main', o.head);
    const result = await computeVersion(options(dir, { fallbackVersion: '0.0.1' }));
    expect(result).toMatchObject({ version: '0.0.2.dev100', tag: null, distance: 100 });
  });

  test('a commit made in the workflow on top of the checkout (not on the remote)', async () => {
    const o = origin(linear(8, [[2, '2.0.0', false]]));
    const dir = shallowClone(o.dir, 'main', o.head);
    git(dir, ['commit', '-q', '--allow-empty', '-m', 'bump']);
    const result = await computeVersion(options(dir));
    expect(result).toMatchObject({ version: '2.0.1.dev7', tag: '2.0.0', distance: 7 });
  });

  test('a remote not named origin is found when it is the only one', async () => {
    const o = origin(linear(80, [[3, '4.0.0', false]]));
    const dir = shallowClone(o.dir, 'main', o.head);
    git(dir, ['remote', 'rename', 'origin', 'upstream']);
    expect((await computeVersion(options(dir))).version).toBe('4.0.1.dev77');
    const two = shallowClone(o.dir, 'main', o.head);
    git(two, ['remote', 'rename', 'origin', 'upstream']);
    git(two, ['remote', 'add', 'second', o.dir]);
    await expect(computeVersion(options(two))).rejects.toThrow(/no remote named origin.*fetch-depth: 0/);
  });

  test('branch build of a tagged HEAD: the tag is ignored, the previous one counts', async () => {
    const o = origin(
      linear(10, [
        [4, '1.0.0', false],
        [10, '1.1.0', true],
      ]),
    );
    const dir = shallowClone(o.dir, 'main', o.head);
    const result = await computeVersion(options(dir));
    expect(result).toMatchObject({ version: '1.0.1.dev6', tag: '1.0.0', shouldPublish: false });
    expect(result.publishReason).toMatch(/1\.1\.0.*tag's own build/);
  });

  test.each(Array.from({ length: 16 }, (_, i) => i + 1))(
    'random history %i: same version as the full clone',
    async (seed) => {
      const history = randomHistory(1000 + seed, {
        commits: 120 + seed * 20,
        tagRate: 0.015,
        tagNames: mixedTagName,
        branchNames: BRANCH_NAMES.slice(0, 6),
        branchRate: 0.06,
        mergeRate: 0.2,
      });
      history.dirt = 'none';
      const branch = history.checkout ?? 'main';
      history.checkout = branch;
      const o = origin(history);
      const event = { name: 'push', ref: `refs/heads/${branch}` };
      const full = await computeVersion(
        options(o.dir, { event, fetch: 'never', scheme: 'release-branch-semver' }),
      ).catch((e: Error) => e.message);
      const dir = shallowClone(o.dir, branch, o.head);
      const shallow = await computeVersion(options(dir, { event, scheme: 'release-branch-semver' })).catch(
        (e: Error) => e.message,
      );
      const pick = (r: typeof full) =>
        typeof r === 'string'
          ? r.replace(/ at \S+/g, '')
          : { version: r.version, tag: r.tag, distance: r.distance };
      expect(pick(shallow)).toEqual(pick(full));
    },
  );
});

describe('shallow checkouts that cannot be completed', () => {
  test('fetch never names fetch-depth: 0', async () => {
    const o = origin(linear(6, [[2, '1.0.0', false]]));
    const dir = shallowClone(o.dir, 'main', o.head);
    await expect(computeVersion(options(dir, { fetch: 'never' }))).rejects.toThrow(/fetch-depth: 0/);
    await expect(computeVersion(options(dir, { fetch: 'never' }))).rejects.toBeInstanceOf(VersionError);
  });

  test('the remote is gone: the failure names the remote and fetch-depth: 0', async () => {
    const o = origin(linear(6, [[2, '1.0.0', false]]));
    const dir = shallowClone(o.dir, 'main', o.head);
    rmSync(o.dir, { recursive: true, force: true });
    await expect(computeVersion(options(dir))).rejects.toThrow(/origin.*fetch-depth: 0/);
  });

  test('a full clone never fetches, even with fetch auto', async () => {
    const o = origin(linear(6, [[2, '1.0.0', false]]));
    const recorder = recordingGit();
    await computeVersion(options(o.dir, { git: recorder }));
    expect(recorder.calls.filter((args) => args.includes('fetch') || args[0] === 'ls-remote')).toEqual([]);
  });
});

describe('tag builds on actions/checkout checkouts', () => {
  test('depth-1 checkout of the pushed tag: no fetch at all', async () => {
    const o = origin(
      linear(9, [
        [3, '0.9.0', false],
        [9, '0.4.3.pre0', true],
      ]),
    );
    const dir = fresh();
    checkoutLikeActions(o.dir, dir, { tag: '0.4.3.pre0' });
    const recorder = recordingGit();
    const result = await computeVersion(
      options(dir, { git: recorder, event: { name: 'push', ref: 'refs/tags/0.4.3.pre0' } }),
    );
    expect(result).toMatchObject({
      version: '0.4.3rc0',
      isRelease: true,
      shouldPublish: true,
      tag: '0.4.3.pre0',
    });
    expect(recorder.calls.filter((args) => args.includes('fetch') || args[0] === 'ls-remote')).toEqual([]);
    expect(recorder.calls.length).toBeLessThanOrEqual(3);
  });

  test('pull request merge commit (detached, depth 1): dev version, not published', async () => {
    const o = origin(linear(7, [[2, 'v1.0.0-rc.1', false]]));
    const dir = fresh();
    checkoutLikeActions(o.dir, dir, { detachedSha: o.head });
    const result = await computeVersion(
      options(dir, { event: { name: 'pull_request', ref: 'refs/pull/1/merge', headRepoFork: true } }),
    );
    expect(result).toMatchObject({ version: '1.0.0rc2.dev5', shouldPublish: false });
    expect(result.publishReason).toMatch(/fork/);
  });

  test('full checkout (fetch-depth 0) gives the same as the shallow one', async () => {
    const o = origin(
      linear(15, [
        [4, '1.2.0', true],
        [11, 'v1.3.0', false],
      ]),
    );
    const full = fresh();
    checkoutLikeActions(o.dir, full, { branch: 'main', sha: o.head }, 0);
    const shallow = shallowClone(o.dir, 'main', o.head);
    const a = await computeVersion(options(full, { git: createGit() }));
    const b = await computeVersion(options(shallow));
    expect(b.version).toBe(a.version);
    expect(existsSync(join(full, '.git', 'shallow'))).toBe(false);
  });
});
