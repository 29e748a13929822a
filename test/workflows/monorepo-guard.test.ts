// monorepo-release.yml's guard step, run as the runner runs a `shell: python` step (the script from the
// parsed template, in a file, under a real Python) over wheels laid out as download-artifact leaves them.
import { afterEach, beforeAll, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProcess } from '../../packages/process/index.js';
import { repoRoot } from '../harness/index.js';
import { PYTHON } from '../fixtures/build.js';
import { checkWorkflowText } from '../support/workflows.js';
import { makeZip, wheelMembers } from '../support/zip-writer.js';
import { jobsOf } from './template-rules.js';

const PACKAGES = '["mypkg", "mypkg-cli", "mypkg-plugin"]';
let script = '';
beforeAll(async () => {
  const name = 'monorepo-release.yml';
  const check = await checkWorkflowText(
    await readFile(join(repoRoot, 'action-templates', name), 'utf8'),
    name,
  );
  const step = jobsOf(check)['guard']?.steps?.find((s) => s.run !== undefined) as {
    run: string;
    shell?: string;
  };
  expect(step.shell).toBe('python');
  script = step.run;
}, 30_000);

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A wheel of `name` `version` requiring `requires`, in its own artifact directory under dists/. */
async function wheel(root: string, name: string, version: string, requires: string[] = []): Promise<void> {
  const metadata = [
    'Metadata-Version: 2.1',
    `Name: ${name}`,
    `Version: ${version}`,
    ...requires.map((r) => `Requires-Dist: ${r}`),
    '',
    '',
  ].join('\n');
  const module = name.replace(/-/g, '_');
  const dir = join(root, 'dists', `dist-${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, `${module}-${version}-py3-none-any.whl`),
    makeZip(wheelMembers(module, version, metadata)),
  );
}

async function guard(root: string, version: string) {
  const file = join(root, 'guard.py');
  await writeFile(file, script);
  return runProcess(PYTHON, [file], { cwd: root, env: { ...process.env, VERSION: version, PACKAGES } });
}

async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'monorepo-guard-'));
  dirs.push(dir);
  return dir;
}

it('passes when every package carries the version and pins each sibling to it, in any spelling', async () => {
  const root = await workspace();
  await wheel(root, 'mypkg', '1.2.4.dev5', ['requests>=2']);
  await wheel(root, 'mypkg-cli', '1.2.4.dev5', ['mypkg==1.2.4.dev5', 'click']);
  await wheel(root, 'mypkg-plugin', '1.2.4.dev5', [
    'MyPkg (==1.2.4.dev5)',
    'mypkg_cli[color] == 1.2.4.dev5 ; python_version >= "3.10"',
  ]);
  const run = await guard(root, '1.2.4.dev5');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout.trim()).toBe('3 packages at 1.2.4.dev5, each sibling pinned to it');
});

it('fails naming a wrong version, a sibling not pinned to the version, and a package without a wheel', async () => {
  const root = await workspace();
  await wheel(root, 'mypkg', '1.2.3');
  await wheel(root, 'mypkg-cli', '1.2.4', ['mypkg>=1.2', 'mypkg-plugin==1.2.3; extra == "plugins"']);
  const run = await guard(root, '1.2.4');
  expect(run.code).toBe(1);
  // In path order: dists/dist-mypkg-cli/ sorts before dists/dist-mypkg/.
  expect(run.stdout.trim().split('\n')).toEqual([
    'mypkg_cli-1.2.4-py3-none-any.whl: requires mypkg>=1.2; pin it as mypkg==1.2.4',
    'mypkg_cli-1.2.4-py3-none-any.whl: requires mypkg-plugin==1.2.3; extra == "plugins"; pin it as mypkg-plugin==1.2.4',
    'mypkg-1.2.3-py3-none-any.whl: version 1.2.3, not 1.2.4',
    'no wheel of mypkg-plugin was built',
  ]);
});
