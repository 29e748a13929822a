// The workflow templates users copy: actionlint finds nothing, GitHub's parser reads them without an error, and
// the parse keeps the promises the templates make (template-rules.ts). Each rule is also shown failing on a
// template broken on purpose, so a rule that stopped looking cannot pass.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECTS_DIR } from '../fixtures/build.js';
import { distDir, nodeRuntimes, repoRoot, runAction } from '../harness/index.js';
import { checkWorkflowText, type WorkflowCheck } from '../support/workflows.js';
import {
  gateProblems,
  jobsOf,
  parsePinTable,
  permissionProblems,
  pinProblems,
  publishProblems,
  suiteAction,
} from './template-rules.js';

const TEMPLATES_DIR = join(repoRoot, 'action-templates');
const TEMPLATES = ['release.yml', 'staged-release.yml', 'pure-release.yml', 'monorepo-release.yml'];
const PINS = parsePinTable(readFileSync(join(TEMPLATES_DIR, 'README.md'), 'utf8'));

interface ActionContract {
  inputs: string[];
  outputs: string[];
}

/**
 * collect-artifacts as issue 13 specifies it, for as long as its action.yml is not in this tree; once it is,
 * the action.yml is what the templates are checked against.
 */
const COLLECT_ARTIFACTS_CONTRACT: ActionContract = {
  inputs: [
    'pattern',
    'path',
    'expected',
    'name',
    'version',
    'require-sdist',
    'run-id',
    'repository',
    'github-token',
    'source',
    'from',
  ],
  outputs: ['manifest', 'files', 'count', 'name', 'version'],
};

function actionContract(name: string): ActionContract {
  const file = join(repoRoot, 'actions', name, 'action.yml');
  if (!existsSync(file) && name === 'collect-artifacts') return COLLECT_ARTIFACTS_CONTRACT;
  const action = parse(readFileSync(file, 'utf8')) as { inputs?: object; outputs?: object };
  return { inputs: Object.keys(action.inputs ?? {}), outputs: Object.keys(action.outputs ?? {}) };
}

/** Suite steps with inputs their action does not declare, and step outputs it does not write. */
function contractProblems(check: WorkflowCheck): string[] {
  const problems: string[] = [];
  for (const [id, job] of Object.entries(jobsOf(check))) {
    const outputsOfStep = new Map<string, string[]>();
    for (const step of job.steps ?? []) {
      const action = suiteAction(step);
      if (!action) continue;
      const contract = actionContract(action);
      if (step.id) outputsOfStep.set(step.id, contract.outputs);
      const unknown = Object.keys(step.with ?? {}).filter((input) => !contract.inputs.includes(input));
      if (unknown.length > 0) problems.push(`${id}: ${action} has no input ${unknown.join(', ')}`);
    }
    const text = JSON.stringify(job);
    for (const [, step, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const declared = outputsOfStep.get(step as string);
      if (declared && !declared.includes(output as string))
        problems.push(`${id}: steps.${step} has no output ${output}`);
    }
  }
  return problems;
}

function allProblems(check: WorkflowCheck, text: string): string[] {
  return [
    ...gateProblems(check),
    ...publishProblems(check),
    ...permissionProblems(check),
    ...pinProblems(text, PINS),
    ...contractProblems(check),
  ];
}

const texts = new Map<string, string>();
const checks = new Map<string, WorkflowCheck>();
beforeAll(async () => {
  for (const name of TEMPLATES) {
    const text = await readFile(join(TEMPLATES_DIR, name), 'utf8');
    texts.set(name, text);
    checks.set(name, await checkWorkflowText(text, name));
  }
}, 30_000);

it('action-templates holds the four templates and nothing else to lint', async () => {
  const files = (await readdir(TEMPLATES_DIR)).filter((file) => /\.ya?ml$/.test(file)).sort();
  expect(files).toEqual([...TEMPLATES].sort());
});

describe.each(TEMPLATES)('%s', (name) => {
  const check = () => checks.get(name) as WorkflowCheck;
  const text = () => texts.get(name) as string;

  it('passes actionlint with no findings and parses without errors', () => {
    expect(check().findings).toEqual([]);
    expect(check().parseErrors).toEqual([]);
    expect(check().template.jobs.length).toBeGreaterThan(3);
  });

  it('keeps its promises: gate, publishing, least permissions, pinned actions, real inputs and outputs', () => {
    expect(allProblems(check(), text())).toEqual([]);
  });

  it('runs on tags, release branches and pull requests, one run per ref, and says what dev releases are', () => {
    const on = check().document['on'] as { push: { tags: string[]; branches: string[] } };
    expect(on.push.tags).toEqual(['v*']);
    expect(on.push.branches).toEqual(['main', 'release-*']);
    expect(Object.keys(on)).toContain('pull_request');
    expect(check().document['concurrency']).toEqual({
      group: "${{ format('{0}-{1}', github.workflow, github.ref) }}",
      'cancel-in-progress': "${{ github.event_name == 'pull_request' }}",
    });
    expect(text()).toMatch(
      /\.devN versions, which PEP 440 counts as pre-releases: `pip install yourpkg` never picks/,
    );
  });
});

describe('the rules catch a broken template', () => {
  const broken = async (edit: (text: string) => string) => {
    const text = edit(texts.get('release.yml') as string);
    expect(text).not.toBe(texts.get('release.yml'));
    return allProblems(await checkWorkflowText(text, 'release.yml'), text);
  };

  it('a gate that a red job would skip, or that misses a build job', async () => {
    expect(await broken((t) => t.replace('    if: always()\n', ''))).toContain(
      'gate: if must be always(), is unset',
    );
    expect(
      await broken((t) => t.replace('needs: [version, plan, build]', 'needs: [version, plan]')),
    ).toContain('gate: does not need build');
  });

  it('a publish job that skips the gate, the environment or should-publish', async () => {
    const problems = await broken((t) =>
      t
        .replace('needs: [version, gate, collect]', 'needs: [version, collect]')
        .replace(/ {4}environment:\n(?: {6}.*\n){2}/, '')
        .replace("    if: needs.version.outputs.should-publish == 'true'\n", ''),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'publish: does not need the gate',
        'publish: runs in no environment',
        'publish: if does not check should-publish',
      ]),
    );
  });

  it('a job with more permissions than its steps use, or none listed', async () => {
    expect(
      await broken((t) =>
        t.replace(
          '      id-token: write # trusted',
          '      contents: write\n      id-token: write # trusted',
        ),
      ),
    ).toContain(
      'publish: permissions [["contents","write"],["id-token","write"]], its steps use [["id-token","write"]]',
    );
    expect(await broken((t) => t.replace(/\npermissions: \{\}\n/, '\npermissions: write-all\n'))).toContain(
      'workflow: permissions must be {}, is "write-all"',
    );
  });

  it('an action pinned by tag, by an unknown commit, or with a comment naming another version', async () => {
    const checkout = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1';
    const problems = await broken((t) =>
      t
        .replace(checkout, 'actions/checkout@v7')
        .replace(
          'pypa/cibuildwheel@1828c10ab37f080699c7b81cea34097c684a7074 # v4.2.0',
          'pypa/cibuildwheel@1828c10ab37f080699c7b81cea34097c684a7074 # v4.1.1',
        )
        .replace(
          'docker/setup-qemu-action@96fe6ef7f33517b61c61be40b68a1882f3264fb8',
          'docker/setup-qemu-action@ce360397dd3f832beb865e1373c09c0e9f86d70a',
        ),
    );
    expect(problems.join('\n')).toMatch(/actions\/checkout@v7 is not pinned by a full commit/);
    expect(problems.join('\n')).toMatch(/pypa\/cibuildwheel pin says "# v4.1.1", the commit is v4.2.0/);
    expect(problems.join('\n')).toMatch(/docker\/setup-qemu-action@ce36.* is not the recorded v4.2.0/);
  });

  it('an input or output the action does not declare', async () => {
    const problems = await broken((t) =>
      t
        .replace('          platforms: linux macos windows', '          platform: linux')
        .replace('steps.version.outputs.should-publish', 'steps.version.outputs.publish'),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'plan: build-wheel-matrix has no input platform',
        'version: steps.version has no output publish',
      ]),
    );
  });
});

it('release.yml and staged-release.yml pass actionlint with a real plan in place of the fromJSON', async () => {
  const workspace = await mkdtemp(join(tmpdir(), 'templates-plan-'));
  try {
    await cp(join(PROJECTS_DIR, 'cext'), workspace, { recursive: true });
    const plan = await runAction({
      actionDir: distDir('build-wheel-matrix'),
      node: nodeRuntimes()[1]?.path,
      workspace,
      inputs: { platforms: 'linux macos windows linux-ppc64le' },
    });
    expect(plan.exitCode).toBe(0);
    const matrix = plan.outputs['matrix'] as string;
    expect(matrix).toContain('"qemu":true');
    for (const name of ['release.yml', 'staged-release.yml']) {
      const text = texts.get(name) as string;
      const inlined = text.replace('${{ fromJSON(needs.plan.outputs.matrix) }}', matrix);
      expect(inlined).not.toBe(text);
      expect((await checkWorkflowText(inlined, name)).findings).toEqual([]);
      // and a field the matrix does not have is reported
      const typo = inlined.replace('matrix.artifact-name', 'matrix.artifact');
      expect((await checkWorkflowText(typo, name)).findings.join('\n')).toContain(
        'property "artifact" is not defined',
      );
    }
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
});
