// The built compute-dev-version bundle, run as the runner runs it, under Node 20 and Node 24.
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, nodeRuntimes, runAction, type ActionRun } from '../harness/index.js';
import { GitRepo } from '../support/git-repo.js';

const PYPROJECT = '[project]\nname = "My.Pkg"\ndynamic = ["version"]\n';

async function run(
  repo: GitRepo,
  node: string,
  options: {
    ref?: string;
    event?: string;
    inputs?: Record<string, string>;
    env?: Record<string, string>;
  } = {},
): Promise<ActionRun> {
  return runAction({
    actionDir: distDir('compute-dev-version'),
    node,
    workspace: repo.dir,
    ref: options.ref ?? 'refs/heads/main',
    sha: repo.head(),
    event: { name: options.event ?? 'push', payload: {} },
    inputs: options.inputs ?? {},
    env: options.env ?? {},
  });
}

function errorLines(result: ActionRun): string[] {
  return result.commands.filter((c) => c.command === 'error').map((c) => c.message);
}

describe.each(nodeRuntimes())('compute-dev-version under $label', ({ path: node }) => {
  it('gives a branch push the next dev release and exports it for setuptools_scm', async () => {
    const repo = GitRepo.create(PYPROJECT).commit().tag('v1.2.3').commit(5);
    const result = await run(repo, node);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      version: '1.2.4.dev5',
      'base-version': '1.2.4',
      tag: 'v1.2.3',
      distance: '5',
      commit: repo.head(),
      dirty: 'false',
      'is-release': 'false',
      'is-prerelease': 'true',
      'is-dev': 'true',
      'should-publish': 'true',
      semver: '1.2.4-dev.5',
      'docker-tag': '1.2.4.dev5',
    });
    // setuptools_scm 10's node-and-date: g and nine hex digits.
    expect(result.outputs['local-version']).toBe(`1.2.4.dev5+g${repo.head().slice(0, 9)}`);
    // setuptools_scm 7 reads the name as written (MY.PKG), 8 and later the normalized one (MY_PKG).
    expect(result.env).toEqual({
      SETUPTOOLS_SCM_PRETEND_VERSION: '1.2.4.dev5',
      'SETUPTOOLS_SCM_PRETEND_VERSION_FOR_MY.PKG': '1.2.4.dev5',
      SETUPTOOLS_SCM_PRETEND_VERSION_FOR_MY_PKG: '1.2.4.dev5',
    });
    expect(result.summary).toContain('Version 1.2.4.dev5');
    expect(result.summary).toContain('<b>should publish</b>');
    expect(result.log).toContain('::group::Compute version from git');
  });

  it('gives a tag push the normalized release version', async () => {
    const repo = GitRepo.create(PYPROJECT).commit().tag('v1.0.0-rc.1');
    const result = await run(repo, node, { ref: 'refs/tags/v1.0.0-rc.1' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      version: '1.0.0rc1',
      'is-release': 'true',
      'is-prerelease': 'true',
      'is-dev': 'false',
      'should-publish': 'true',
    });
  });

  it('never turns a branch build into the release when the tag lands on HEAD meanwhile', async () => {
    const repo = GitRepo.create(PYPROJECT).commit().tag('v1.2.2').commit(3).tag('v1.2.3');
    const result = await run(repo, node);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['version']).not.toBe('1.2.3');
    expect(result.outputs['is-release']).toBe('false');
    expect(result.outputs['should-publish']).toBe('false');
    expect(result.outputs['publish-reason']).toMatch(/tag/);
  });

  it('gives pull requests a dev version that is not published', async () => {
    const repo = GitRepo.create(PYPROJECT).commit().tag('v2.0.0').commit(2);
    const result = await run(repo, node, { event: 'pull_request', ref: 'refs/pull/7/merge' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['version']).toBe('2.0.1.dev2');
    expect(result.outputs['should-publish']).toBe('false');
  });

  it('deepens a shallow checkout by itself, and names the fix when told not to fetch', async () => {
    const origin = GitRepo.create(PYPROJECT).commit().tag('v0.4.3.pre0').commit(7);
    const auto = await run(origin.shallowClone(), node);
    expect(auto.exitCode).toBe(0);
    expect(auto.outputs['version']).toBe('0.4.3rc1.dev7');
    const never = await run(origin.shallowClone(), node, { inputs: { fetch: 'never' } });
    expect(never.exitCode).toBe(1);
    expect(errorLines(never).join('\n')).toContain('fetch-depth: 0');
  });

  it('fails a tag build whose tag is not a version, in one line', async () => {
    const repo = GitRepo.create(PYPROJECT).commit().tag('nightly');
    const result = await run(repo, node, { ref: 'refs/tags/nightly' });
    expect(result.exitCode).toBe(1);
    expect(errorLines(result)).toHaveLength(1);
    expect(errorLines(result)[0]).toMatch(/nightly/);
    expect(result.outputs).toEqual({});
  });

  it('names the input and its choices for a bad input', async () => {
    const repo = GitRepo.create(PYPROJECT).commit();
    const result = await run(repo, node, { inputs: { scheme: 'calver' } });
    expect(result.exitCode).toBe(1);
    expect(errorLines(result)).toEqual([
      "input scheme is 'calver', which setuptools_scm 10.2.1 does not ship; supported: guess-next-dev, no-guess-dev, post-release, semver-pep440, python-simplified-semver, semver-pep440-release-branch, release-branch-semver, only-version, calver-by-date, towncrier-fragments",
    ]);
  });

  it('fails a tag build when a static [project].version disagrees, naming both', async () => {
    const repo = GitRepo.create('[project]\nname = "pkg"\nversion = "1.0.0"\n').commit().tag('v1.1.0');
    const result = await run(repo, node, { ref: 'refs/tags/v1.1.0' });
    expect(result.exitCode).toBe(1);
    expect(errorLines(result)[0]).toMatch(/1\.0\.0/);
    expect(errorLines(result)[0]).toMatch(/1\.1\.0/);
  });

  it('numbers dev releases by run number when asked, and exports nothing when told not to', async () => {
    const repo = GitRepo.create(PYPROJECT).commit().tag('1.0').commit(3);
    const result = await run(repo, node, {
      inputs: { 'dev-number': 'run-number', 'export-env': 'false' },
      env: { GITHUB_RUN_NUMBER: '812' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['version']).toBe('1.1.dev812');
    expect(result.env).toEqual({});
  });

  it("reads a monorepo package's own configuration: its --match keeps a sibling's newer tag out", async () => {
    const repo = GitRepo.create();
    mkdirSync(join(repo.dir, 'pkg'));
    writeFileSync(
      join(repo.dir, 'pkg', 'pyproject.toml'),
      [
        '[project]',
        'name = "pkg"',
        'dynamic = ["version"]',
        '[tool.setuptools_scm]',
        'root = ".."',
        'version_scheme = "post-release"',
        String.raw`tag_regex = "^pkg-(?P<version>v?\\d+(?:\\.\\d+){0,2}[^\\+]*)(?:\\+.*)?$"`,
        'scm.git.describe_command = ["git", "describe", "--dirty", "--tags", "--long", "--match", "pkg-*"]',
        '',
      ].join('\n'),
    );
    repo.commit().tag('pkg-v3.1.0').commit(2).tag('other-v7.0.0').commit(2);
    const result = await run(repo, node, { inputs: { 'working-directory': 'pkg' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      version: '3.1.0.post4',
      tag: 'pkg-v3.1.0',
      'should-publish': 'true',
    });
    expect(result.summary).toContain(
      '<td>version scheme</td><td>post-release</td><td>pyproject.toml <code>[tool.setuptools_scm] version_scheme</code></td>',
    );
    expect(result.summary).toContain('<td>describe</td><td>--match pkg-*</td>');
    // An input overrides the file, and the summary says so.
    const overridden = await run(repo, node, {
      inputs: { 'working-directory': 'pkg', scheme: 'guess-next-dev' },
    });
    expect(overridden.outputs['version']).toBe('3.1.1.dev4');
    expect(overridden.summary).toContain(
      '<td>version scheme</td><td>guess-next-dev</td><td>input <code>scheme</code></td>',
    );
  });

  it('fails in one line naming pyproject.toml and the key for a scheme or describe command it cannot honour', async () => {
    const plugin = GitRepo.create('[tool.setuptools_scm]\nversion_scheme = "my-plugin"\n')
      .commit()
      .tag('v1.0');
    const schemeRun = await run(plugin, node);
    expect(schemeRun.exitCode).toBe(1);
    expect(errorLines(schemeRun)).toHaveLength(1);
    expect(errorLines(schemeRun)[0]).toMatch(
      /pyproject\.toml \[tool\.setuptools_scm\] version_scheme names 'my-plugin'.*supported: guess-next-dev/,
    );
    const hg = GitRepo.create('[tool.setuptools_scm]\ngit_describe_command = "hg log -r ."\n').commit();
    const describeRun = await run(hg, node);
    expect(errorLines(describeRun)).toEqual([
      expect.stringMatching(
        /pyproject\.toml \[tool\.setuptools_scm\] git_describe_command cannot be honoured: it runs 'hg', not git describe/,
      ),
    ]);
    expect(describeRun.outputs).toEqual({});
  });

  it('fails a tag build from modified tracked files naming them, or warns with allow-dirty', async () => {
    const repo = GitRepo.create(PYPROJECT).commit().tag('v2.0.0');
    writeFileSync(join(repo.dir, 'counter.txt'), 'edited in the workflow\n');
    const refused = await run(repo, node, { ref: 'refs/tags/v2.0.0' });
    expect(refused.exitCode).toBe(1);
    expect(errorLines(refused)).toEqual([
      expect.stringMatching(/changes to tracked files \(counter\.txt\).*allow-dirty: true/),
    ]);
    expect(refused.outputs).toEqual({});
    const allowed = await run(repo, node, { ref: 'refs/tags/v2.0.0', inputs: { 'allow-dirty': 'true' } });
    expect(allowed.exitCode).toBe(0);
    expect(allowed.outputs).toMatchObject({ version: '2.0.0', dirty: 'true', 'should-publish': 'true' });
    expect(allowed.commands.filter((c) => c.command === 'warning').map((c) => c.message)).toEqual([
      expect.stringMatching(
        /release 2\.0\.0 of tag v2\.0\.0 is built from a work tree that differs.*counter\.txt/,
      ),
    ]);
  });
});
