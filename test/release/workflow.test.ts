// This repository's own release workflow: actionlint and GitHub's parser find nothing, it runs on release tags
// only, holds no more than the one permission it uses, pins what it runs, and releases the tagged commit.
import { expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../harness/index.js';
import { checkWorkflowFile } from '../support/workflows.js';
import { jobsOf, parsePinTable, pinProblems } from '../workflows/template-rules.js';

const WORKFLOW = join(repoRoot, '.github', 'workflows', 'release.yml');
const PINS = parsePinTable(readFileSync(join(repoRoot, 'action-templates', 'README.md'), 'utf8'));

it('passes actionlint with no findings and parses without errors', async () => {
  const check = await checkWorkflowFile(WORKFLOW);
  expect(check.findings).toEqual([]);
  expect(check.parseErrors).toEqual([]);
});

it('runs for release tags only, one at a time, with contents: write on its one job and nothing else', async () => {
  const check = await checkWorkflowFile(WORKFLOW);
  expect(check.document['on']).toEqual({
    push: { tags: ['v[0-9]+.[0-9]+.[0-9]+', 'v[0-9]+.[0-9]+.[0-9]+-*'] },
  });
  expect(check.document['concurrency']).toEqual({
    group: 'release-actions-release',
    'cancel-in-progress': false,
  });
  expect(check.document['permissions']).toEqual({});
  const jobs = jobsOf(check);
  expect(Object.keys(jobs)).toEqual(['release']);
  expect(jobs['release']?.permissions).toEqual({ contents: 'write' });
});

it('checks dist/ against the sources, then releases the tagged commit itself with every tag in view', async () => {
  const steps = jobsOf(await checkWorkflowFile(WORKFLOW))['release']?.steps ?? [];
  const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
  expect(checkout?.with).toEqual({ ref: '${{ github.sha }}', 'fetch-depth': '0' });
  const runs = steps.flatMap((step) => (step.run ? [step.run] : []));
  expect(runs).toEqual([
    'npm ci --no-audit --no-fund',
    'npm run check-dist',
    'node scripts/release-tree.mjs "$TAG" --source "$GITHUB_SHA" --push origin',
  ]);
});

it('pins every action by the commits action-templates/README.md records, each of which some workflow uses', () => {
  const text = readFileSync(WORKFLOW, 'utf8');
  expect(pinProblems(text, PINS)).toEqual([]);
  const templates = ['release.yml', 'staged-release.yml', 'pure-release.yml', 'monorepo-release.yml'].map(
    (name) => readFileSync(join(repoRoot, 'action-templates', name), 'utf8'),
  );
  const everything = [text, ...templates].join('\n');
  const unused = [...PINS].filter(([action, [, commit]]) => !everything.includes(`${action}@${commit}`));
  expect(unused).toEqual([]);
  expect(PINS.size).toBe(7);
});
