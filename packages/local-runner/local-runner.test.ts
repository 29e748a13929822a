import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startArtifactService } from '../artifact-service/index.js';
import { applyMasks, parseFileCommands, parseWorkflowCommand, runAction } from './index.js';
import { hostRunner, refNameAndType, runnerVariables } from './runner-env.js';

describe('parseFileCommands', () => {
  it('reads key=value lines and heredocs as the runner does', () => {
    const text = 'a=1\nb<<EOF\nline 1\nline 2\nEOF\nc=x<<y\nd<<D\n\nD\n';
    expect(parseFileCommands(text)).toEqual({ a: '1', b: 'line 1\nline 2', c: 'x<<y', d: '' });
  });
  it('refuses an unterminated heredoc', () => {
    expect(() => parseFileCommands('a<<EOF\nvalue\n', 'GITHUB_OUTPUT')).toThrow(
      'GITHUB_OUTPUT: no closing delimiter for a',
    );
  });
});

describe('parseWorkflowCommand', () => {
  it('decodes properties and message', () => {
    expect(parseWorkflowCommand('::error file=a%3Ab.py,line=3::bad%0Athing %25')).toEqual({
      command: 'error',
      properties: { file: 'a:b.py', line: '3' },
      message: 'bad\nthing %',
    });
    expect(parseWorkflowCommand('plain log line')).toBeNull();
  });
  it('masks values in logs', () => {
    expect(applyMasks('token abc and abcdef', ['abc', 'abcdef'])).toBe('token *** and ***');
  });
});

describe('hostRunner', () => {
  it.each<[NodeJS.Platform, string, string, string]>([
    ['linux', 'x64', 'Linux', 'X64'],
    ['darwin', 'arm64', 'macOS', 'ARM64'],
    ['win32', 'x64', 'Windows', 'X64'],
    ['win32', 'ia32', 'Windows', 'X86'],
    ['linux', 'arm', 'Linux', 'ARM'],
  ])('names %s on %s as a hosted runner does', (platform, arch, os, cpu) => {
    expect(hostRunner(platform, arch)).toEqual({ RUNNER_OS: os, RUNNER_ARCH: cpu });
  });
});

describe('refNameAndType', () => {
  it.each([
    ['refs/heads/feature/x', 'feature/x', 'branch'],
    ['refs/tags/v1.2.0', 'v1.2.0', 'tag'],
    ['refs/pull/7/merge', '7/merge', ''],
  ])('names %s as GitHub does', (ref, name, type) => {
    expect(refNameAndType(ref)).toEqual({ name, type });
  });
});

describe('runnerVariables', () => {
  const run = { workspace: '/w', runnerTemp: '/t', eventName: 'push', ref: 'refs/tags/v1', sha: 'abc' };
  it('derives the ref name and type, owner and workflow ref a runner would set', () => {
    expect(runnerVariables({ ...run, repository: 'pypa/sampleproject' })).toMatchObject({
      GITHUB_REF_NAME: 'v1',
      GITHUB_REF_TYPE: 'tag',
      GITHUB_REPOSITORY_OWNER: 'pypa',
      GITHUB_WORKFLOW_REF: 'pypa/sampleproject/.github/workflows/release.yml@refs/tags/v1',
      RUNNER_TEMP: '/t',
    });
  });
  it('takes what the caller knows over what it would derive', () => {
    const given = {
      ...run,
      refName: 'given',
      refType: 'branch',
      workflowRef: 'o/r/.github/workflows/ci.yml@x',
    };
    expect(runnerVariables(given)).toMatchObject({
      GITHUB_REF_NAME: 'given',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/ci.yml@x',
    });
    expect(runnerVariables(run)).not.toHaveProperty('GITHUB_EVENT_PATH');
  });
});

describe('runAction', () => {
  let actionDir: string;
  beforeAll(async () => {
    actionDir = await mkdtemp(join(tmpdir(), 'fake-action-'));
    await writeFile(
      join(actionDir, 'action.yml'),
      [
        'name: echo',
        'description: echoes its inputs',
        'inputs:',
        '  greeting: { description: what to say, default: hello }',
        '  who name: { description: who }',
        '  token: { description: a token, default: "${{ github.token }}" }',
        'outputs:',
        '  said: { description: what it said }',
        'runs: { using: node24, main: main.mjs }',
      ].join('\n'),
    );
    await writeFile(
      join(actionDir, 'main.mjs'),
      [
        "import { appendFileSync } from 'node:fs';",
        "const said = `${process.env.INPUT_GREETING} ${process.env['INPUT_WHO_NAME']}`;",
        'appendFileSync(process.env.GITHUB_OUTPUT, `said<<X\\n${said}\\nX\\n`);',
        "appendFileSync(process.env.GITHUB_ENV, 'EXPORTED=1\\n');",
        "appendFileSync(process.env.GITHUB_STEP_SUMMARY, '# hi\\n');",
        'console.log(`::add-mask::${process.env.INPUT_TOKEN}`);',
        'console.log(`token is ${process.env.INPUT_TOKEN} in ${process.cwd() === process.env.GITHUB_WORKSPACE}`);',
        'console.log(`runner ${process.env.RUNNER_OS}/${process.env.RUNNER_ARCH}`);',
        'console.log(`workflow ${process.env.GITHUB_WORKFLOW_REF}`);',
        'process.exitCode = 3;',
      ].join('\n'),
    );
  });
  afterAll(() => rm(actionDir, { recursive: true, force: true }));

  it('passes inputs with defaults, collects outputs, env, summary and masks', async () => {
    const run = await runAction({
      actionDir,
      inputs: { 'who name': 'world' },
      env: { GITHUB_TOKEN: 'ghs_secret' },
    });
    expect(run.exitCode).toBe(3);
    expect(run.outputs).toEqual({ said: 'hello world' });
    expect(run.env).toEqual({ EXPORTED: '1' });
    expect(run.summary).toBe('# hi\n');
    expect(run.masks).toEqual(['ghs_secret']);
    expect(run.log).toContain('token is *** in true');
    const host = hostRunner(process.platform, process.arch);
    expect(run.log).toContain(`runner ${host.RUNNER_OS}/${host.RUNNER_ARCH}`);
    expect(run.log).toContain('workflow octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main');
  });

  it('hands over each line while the action runs, masked as soon as the mask is set', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'live-action-'));
    const release = join(dir, 'release');
    await writeFile(
      join(dir, 'action.yml'),
      'name: live\ndescription: d\nruns: { using: node24, main: main.mjs }\n',
    );
    await writeFile(
      join(dir, 'main.mjs'),
      [
        "import { existsSync } from 'node:fs';",
        "console.log('before s3cret');",
        "console.log('::add-mask::s3cret');",
        "console.log('first s3cret');",
        "console.error('on stderr s3cret');",
        `while (!existsSync(${JSON.stringify(release)})) await new Promise((r) => setTimeout(r, 20));`,
        "console.log('last');",
      ].join('\n'),
    );
    const lines: string[] = [];
    const run = await runAction({
      actionDir: dir,
      onLine: (line, stream) => {
        lines.push(`${stream}: ${line}`);
        // The action waits for this file: the run can only end if lines arrive while it is running.
        if (line.startsWith('first')) void writeFile(release, '');
      },
    });
    await rm(dir, { recursive: true, force: true });
    expect(run.exitCode).toBe(0);
    expect(lines).toEqual(
      expect.arrayContaining(['stdout: first ***', 'stderr: on stderr ***', 'stdout: last']),
    );
    expect(lines[0]).toBe('stdout: before s3cret');
    expect(lines.join('\n')).not.toMatch(/::add-mask::s3cret/);
  });

  it('stops the action and everything it started when the signal aborts, keeping what it logged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stuck-action-'));
    await writeFile(
      join(dir, 'action.yml'),
      'name: stuck\ndescription: d\nruns: { using: node24, main: main.mjs }\n',
    );
    await writeFile(join(dir, 'main.mjs'), "console.log('waiting');\nsetInterval(() => {}, 1000);\n");
    const stop = new AbortController();
    const run = await runAction({
      actionDir: dir,
      signal: stop.signal,
      onLine: (line) => {
        if (line === 'waiting') stop.abort();
      },
    });
    await rm(dir, { recursive: true, force: true });
    expect(run).toMatchObject({ cancelled: true, timedOut: false, exitCode: null, log: 'waiting\n' });
  });

  it('catches undeclared inputs', async () => {
    await expect(runAction({ actionDir, inputs: { greting: 'typo' } })).rejects.toThrow(
      "Unexpected input 'greting'",
    );
  });

  it('serves the artifact service from a storage directory to the job the env names, across runs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'runner-artifacts-'));
    const storageDir = join(dir, 'storage');
    // Uploaded by an earlier step of run 5.
    const earlier = await startArtifactService({ storageDir });
    await earlier.addArtifact({ runId: 5, name: 'dist-sdist' }, Buffer.from('PK\x05\x06'.padEnd(22, '\0')));
    await earlier.close();
    const lister = join(dir, 'lister');
    await mkdir(lister);
    await writeFile(
      join(lister, 'action.yml'),
      'name: list\ndescription: lists\nruns: { using: node24, main: main.mjs }\n',
    );
    await writeFile(
      join(lister, 'main.mjs'),
      [
        "import { appendFileSync } from 'node:fs';",
        'const { ACTIONS_RESULTS_URL: url, ACTIONS_RUNTIME_TOKEN: token } = process.env;',
        "const scope = JSON.parse(Buffer.from(token.split('.')[1], 'base64url')).scp.split(' ')[1].split(':');",
        'const body = JSON.stringify({ workflow_run_backend_id: scope[1], workflow_job_run_backend_id: scope[2] });',
        "const response = await fetch(`${url}twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });",
        'const { artifacts } = await response.json();',
        'appendFileSync(process.env.GITHUB_OUTPUT, `names=${artifacts.map((a) => a.name).join(",")}\\n`);',
      ].join('\n'),
    );
    try {
      const [run5, run6] = await Promise.all(
        ['5', '6'].map((id) =>
          runAction({ actionDir: lister, env: { GITHUB_RUN_ID: id }, artifactStorage: storageDir }),
        ),
      );
      expect([run5?.stderr, run5?.outputs, run6?.outputs]).toEqual([
        '',
        { names: 'dist-sdist' },
        { names: '' },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
