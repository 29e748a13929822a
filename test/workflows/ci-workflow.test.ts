/**
 * This repository's own workflows: actionlint finds nothing, GitHub's workflow parser accepts them, every
 * local action step passes only inputs its action.yml declares, and the `actions` job runs every bundled
 * action on Linux, Windows and macOS against the index it starts (the OSes the action READMEs promise).
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../harness/index.js';
import { checkWorkflowText } from '../support/workflows.js';

const WORKFLOWS = join(repoRoot, '.github', 'workflows');
const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));
const read = (name: string): string => readFileSync(join(WORKFLOWS, name), 'utf8');

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on'?: unknown;
  needs?: string | string[];
  strategy?: { matrix?: { os?: string[] } };
  steps?: Step[];
}
const ci = parse(read('ci.yml')) as { jobs: Record<string, Job> };

/** The actions bundled in dist/ (a directory with an action.yml), by name. */
const bundled = readdirSync(join(repoRoot, 'dist')).filter((name) =>
  existsSync(join(repoRoot, 'dist', name, 'action.yml')),
);

function declaredInputs(action: string): { all: string[]; required: string[] } {
  const meta = parse(readFileSync(join(repoRoot, 'dist', action, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { required?: boolean; default?: unknown }>;
  };
  const inputs = Object.entries(meta.inputs ?? {});
  return {
    all: inputs.map(([name]) => name),
    required: inputs.filter(([, spec]) => spec.required && spec.default === undefined).map(([name]) => name),
  };
}

const localAction = (step: Step): string | null => /^\.\/dist\/([^/@]+)$/.exec(step.uses ?? '')?.[1] ?? null;

describe.each(files)('.github/workflows/%s', (name) => {
  it("has no actionlint findings and parses with GitHub's workflow parser, without errors", async () => {
    const check = await checkWorkflowText(read(name), name);
    expect(check.findings).toEqual([]);
    expect(check.parseErrors).toEqual([]);
    expect(check.template.jobs.length).toBeGreaterThan(0);
  }, 30_000);

  it('gives each local action only inputs its action.yml declares, and every required one', () => {
    const jobs = (parse(read(name)) as { jobs: Record<string, Job> }).jobs;
    for (const [job, spec] of Object.entries(jobs)) {
      for (const step of spec.steps ?? []) {
        const action = localAction(step);
        if (!action) continue;
        const { all, required } = declaredInputs(action);
        const given = Object.keys(step.with ?? {});
        expect({ job, action, unknown: given.filter((input) => !all.includes(input)) }).toEqual({
          job,
          action,
          unknown: [],
        });
        expect(required.filter((input) => !given.includes(input))).toEqual([]);
      }
    }
  });
});

describe('ci.yml', () => {
  it('keeps the checks every change must pass: lint, typecheck, check-dist, test, actionlint', () => {
    const runs = (job: string) => (ci.jobs[job]?.steps ?? []).map((step) => step.run ?? '').join('\n');
    expect(runs('lint')).toContain('npm run lint');
    expect(runs('typecheck')).toContain('npm run typecheck');
    expect(runs('check-dist')).toContain('npm run check-dist');
    expect(runs('test')).toContain('npm test');
    expect(runs('actionlint')).toContain('actionlint');
  });

  describe('the actions job', () => {
    const job = ci.jobs['actions'] as Job;
    const steps = job.steps ?? [];
    const uses = (action: string) => steps.filter((step) => localAction(step) === action);

    it('runs on ubuntu-latest, windows-latest and macos-latest', () => {
      expect(job['runs-on']).toBe('${{ matrix.os }}');
      expect([...(job.strategy?.matrix?.os ?? [])].sort()).toEqual([
        'macos-latest',
        'ubuntu-latest',
        'windows-latest',
      ]);
    });

    it('uses every action bundled in dist/', () => {
      expect(bundled.filter((action) => action !== 'cli' && uses(action).length === 0)).toEqual([]);
    });

    it('starts the local index with index serve before the first action, and the actions point at it', () => {
      const start = steps.findIndex((step) => step.run?.includes('start-index.mjs'));
      const firstAction = steps.findIndex((step) => localAction(step) !== null);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(start).toBeLessThan(firstAction);
      expect(readFileSync(join(WORKFLOWS, 'start-index.mjs'), 'utf8')).toMatch(
        /join\('dist', 'cli', 'index\.js'\)[\s\S]*'index', 'serve'/,
      );
      for (const step of [...uses('publish-pypi'), ...uses('verify-pypi')])
        expect(step.with?.['repository-url']).toBe('http://127.0.0.1:8080/legacy/');
    });

    it('collects the files the build made at the computed version, and refuses any other version', () => {
      const version = steps.findIndex((step) => localAction(step) === 'compute-dev-version');
      const build = steps.findIndex((step) => step.run?.includes('-m build'));
      const [collect] = uses('collect-artifacts');
      expect(steps[version]?.id).toBe('version');
      // The build reads SETUPTOOLS_SCM_PRETEND_VERSION, which compute-dev-version exports for later steps.
      expect(version).toBeLessThan(build);
      expect(collect?.with?.['version']).toBe('${{ steps.version.outputs.version }}');
    });

    it('publishes with a token and as a dry run, verifies with the default python and a smoke command, gates from needs', () => {
      const publish = uses('publish-pypi');
      expect(
        publish.map((step) => [step.with?.['dry-run'] === true, 'password' in (step.with ?? {})]),
      ).toEqual([
        [true, false],
        [false, true],
      ]);
      const [verify] = uses('verify-pypi');
      expect(verify?.with).not.toHaveProperty('python');
      expect(verify?.with).not.toHaveProperty('smoke-shell');
      expect(String(verify?.with?.['smoke-command'])).toContain('$GITHUB_WORKSPACE');
      expect(uses('gate-all-jobs').map((step) => step.with?.['jobs'])).toEqual(['${{ toJSON(needs) }}']);
      expect(job.needs).toBeDefined();
    });
  });
});
