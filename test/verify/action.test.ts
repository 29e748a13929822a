// The built verify-pypi bundle, run as the runner runs it, under Node 20 and Node 24, against the embedded index.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { distDir, nodeRuntimes, runAction, type ActionRun } from '../harness/index.js';
import {
  buildFixture,
  packagingWheel,
  publish,
  PYTHON,
  rezipped,
  startTestIndex,
  type TestIndex,
} from './support/index.js';

let work: string;
let release: TestIndex;
let deps: TestIndex;
let pure: { wheel: string; sdist: string };
let dev: { wheel: string; sdist: string };

/** A workspace whose dist/ holds `files`. */
async function workspace(name: string, files: readonly string[]): Promise<string> {
  const dir = join(work, name);
  await mkdir(join(dir, 'dist'), { recursive: true });
  for (const file of files) await copyFile(file, join(dir, 'dist', basename(file)));
  return dir;
}

function run(
  node: string,
  dir: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction({
    actionDir: distDir('verify-pypi'),
    node,
    workspace: dir,
    inputs: { interval: '1', timeout: '20', python: PYTHON, ...inputs },
    // No pip configuration file: the same on this machine as on a fresh runner.
    env: { PIP_CONFIG_FILE: '/dev/null', ...env },
    timeoutMs: 180_000,
  });
}

const annotations = (result: ActionRun, kind: string) =>
  result.commands.filter((c) => c.command === kind).map((c) => c.message);

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'verify-action-'));
  deps = await startTestIndex();
  await publish(deps, [await packagingWheel()]);
  release = await startTestIndex({ visibilityDelayMs: 1_200 });
  pure = await buildFixture('pure', '1.0');
  dev = await buildFixture('pure', '1.1.dev3');
  await publish(release, [pure.wheel, pure.sdist, dev.wheel, dev.sdist]);
}, 240_000);

afterAll(async () => {
  await Promise.all([release?.stop(), deps?.stop()]);
  await rm(work, { recursive: true, force: true });
});

describe.each(nodeRuntimes())('verify-pypi under $label', ({ label, path: node }) => {
  it('waits for the index and verifies every file (no install check), masking a proxy password', async () => {
    const dir = await workspace(`ok-${label}`, [pure.wheel, pure.sdist]);
    // Files that only become visible 2 s after upload, uploaded now: the action must wait for them.
    const lagging = await startTestIndex({ visibilityDelayMs: 2_000 });
    await publish(lagging, [pure.wheel, pure.sdist]);
    const proxyPassword = 'pr0xy-p@ss word';
    const result = await run(
      node,
      dir,
      { 'repository-url': lagging.uploadUrl, 'install-check': 'false' },
      // Never used for a loopback index, but pip would get it too: it must be masked from the start.
      { HTTPS_PROXY: `http://proxy-user:${encodeURIComponent(proxyPassword)}@proxy.invalid:3128` },
    ).finally(() => lagging.stop());
    expect(result.masks).toEqual(expect.arrayContaining([proxyPassword, encodeURIComponent(proxyPassword)]));
    expect(annotations(result, 'error')).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['verified']).toBe('true');
    const files = JSON.parse(result.outputs['files'] ?? '[]') as {
      filename: string;
      status: string;
      local_sha256: string;
      index_sha256: string;
      served_sha256: string;
    }[];
    expect(files.map((f) => [f.filename, f.status])).toEqual([
      ['pure-1.0-py3-none-any.whl', 'ok'],
      ['pure-1.0.tar.gz', 'ok'],
    ]);
    expect(
      files.every((f) => f.local_sha256 === f.index_sha256 && /^[0-9a-f]{64}$/.test(f.local_sha256)),
    ).toBe(true);
    // Counted from the first look to the look that found every file: at least one interval, within the run.
    const waited = Number(result.outputs['waited-seconds']);
    expect(waited).toBeGreaterThanOrEqual(1);
    expect(waited * 1000).toBeLessThan(result.durationMs);
    expect(result.log).toContain(`every file served with the right hash after ${waited} s`);
    expect(result.summary).toContain('pure 1.0: ✅ verified');
    expect(result.summary).toContain('<td>pure-1.0.tar.gz</td>');
    expect(result.summary).toContain('check-latest: 1.0 is a final release, nothing to check');
    expect(result.summary).toMatch(
      /Download \(all\): 2 of 2 file\(s\) downloaded from the URLs the index lists and hashed \([\d.]+ KiB\)\./,
    );
    expect(files.every((f) => f.served_sha256 === f.local_sha256)).toBe(true);
  }, 60_000);

  it('fails at once on a different file under the same name, naming it', async () => {
    const dir = await workspace(`mismatch-${label}`, [pure.sdist]);
    await rezipped(pure.wheel, join(dir, 'dist'));
    const result = await run(node, dir, {
      'repository-url': release.simpleUrl,
      timeout: '900',
      'install-check': 'false',
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['verified']).toBe('false');
    const errors = annotations(result, 'error');
    expect(errors).toHaveLength(2);
    expect(errors[1]).toMatch(
      /^pure-1\.0-py3-none-any\.whl: the (JSON|simple) API serves sha256 [0-9a-f]{12}…, the local file has/,
    );
    expect(result.durationMs).toBeLessThan(15_000);
    expect(JSON.parse(result.outputs['files'] ?? '[]')).toContainEqual(
      expect.objectContaining({ filename: 'pure-1.0-py3-none-any.whl', status: 'mismatch' }),
    );
  }, 60_000);

  it('lists the files still missing at the timeout, one per line, and names the input that is wrong', async () => {
    const dir = await workspace(`missing-${label}`, [pure.wheel, pure.sdist]);
    // The same wheel under a build tag: a valid name that was never uploaded.
    await copyFile(pure.wheel, join(dir, 'dist', 'pure-1.0-1-py3-none-any.whl'));
    const result = await run(node, dir, {
      'repository-url': release.uploadUrl,
      timeout: '2',
      'install-check': 'false',
    });
    expect(result.exitCode).toBe(1);
    expect(result.log).toMatch(
      /Still missing at the timeout:\n {2}pure-1\.0-1-py3-none-any\.whl: not on the index after 2(\.\d)? s\n/,
    );
    expect(annotations(result, 'error')).toEqual([
      expect.stringMatching(
        /^1 file\(s\) of pure 1\.0 not served after 2(\.\d)? s \(listed above\): pure-1\.0-1-py3-none-any\.whl$/,
      ),
    ]);
    expect(result.summary).toContain('⏳ missing');

    const bad = await run(node, dir, { 'repository-url': release.uploadUrl, interval: '0' });
    expect(bad.exitCode).toBe(1);
    expect(annotations(bad, 'error')).toEqual(['Input interval must be a whole number in 1.., got "0".']);
    // Whatever ends the step, later steps can read `verified`.
    expect(bad.outputs['verified']).toBe('false');
    const shell = await run(node, dir, { 'repository-url': release.uploadUrl, 'smoke-shell': 'fish' });
    expect(annotations(shell, 'error')).toEqual([
      expect.stringMatching(/^smoke-shell 'fish' is not a shell verify-pypi knows: use bash, /),
    ]);
    expect(shell.outputs['verified']).toBe('false');
  }, 60_000);
});

describe('verify-pypi install check and check-latest (Node 24, the declared runtime)', () => {
  it('installs the dev release from the index with credentials masked, and checks a plain install still gets 1.0', async () => {
    const [node24] = nodeRuntimes().filter((runtime) => runtime.label === 'node24');
    const dir = await workspace('install', [dev.wheel, dev.sdist]);
    const secret = 's3cr3t-index-password';
    const url = new URL(release.uploadUrl);
    url.username = 'ci';
    url.password = secret;
    await writeFile(join(dir, 'marker.txt'), 'from the workspace\n');
    const result = await run(node24?.path ?? process.execPath, dir, {
      'repository-url': url.href,
      'extra-index-url': deps.simpleUrl,
      'smoke-command':
        'python -c "import pure; print(pure.greet(\'ci\'))" && cat "$GITHUB_WORKSPACE/marker.txt"',
    });
    expect(annotations(result, 'error')).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['verified']).toBe('true');
    expect(result.masks).toContain(secret);
    const lines = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(lines.join('\n')).not.toContain(secret);
    expect(result.summary).not.toContain(secret);
    expect(result.log).toContain('hello, ci');
    expect(result.log).toContain('from the workspace');
    expect(result.summary).toContain('pure==1.1.dev3');
    expect(result.summary).toMatch(/CPython 3\.\d+\.\d+ \(/);
    expect(result.summary).toContain('pure-1.1.dev3-py3-none-any.whl (sha256 matches the release)');
    expect(result.summary).toContain('✅ pure');
    expect(result.summary).toContain(
      "✅ a plain 'pip install pure' still resolves to 1.0, the newest final release",
    );
    expect(result.log).toContain(
      "check-latest passed: a plain 'pip install pure' still resolves to 1.0, the newest final release",
    );
  }, 180_000);
});
