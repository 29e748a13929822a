// `npm run demo`: a release rehearsed from start to finish on a sample project, offline. The project
// (test/fixtures/projects/hello) is copied into a temporary git repository and tagged v1.0.0; the release
// template pure-release.yml is played for that tag push (the release 1.0.0 is published to an embedded index
// and verified), then for a push to main one commit later (the dev release 1.0.1.dev1, which a plain
// `pip install` must not pick). Everything goes when it is done.
//
// Usage: npm run demo [-- --template release.yml] [-- --python /usr/bin/python3] (options go to `rehearse`)
import { spawnSync, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const work = mkdtempSync(join(tmpdir(), 'release-actions-demo-'));
const project = join(work, 'hello-rehearsal');
const storage = join(work, 'index');
const passed = process.argv.slice(2);
const template = passed.includes('--template') ? [] : ['--template', 'pure-release.yml'];

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Demo',
  GIT_AUTHOR_EMAIL: 'demo@example.invalid',
  GIT_COMMITTER_NAME: 'Demo',
  GIT_COMMITTER_EMAIL: 'demo@example.invalid',
};
const git = (...args) => execFileSync('git', args, { cwd: project, env: gitEnv, stdio: 'ignore' });

function rehearse(event, what) {
  console.log(`\n━━ ${what}: release-actions rehearse --event ${event}\n`);
  const run = spawnSync(
    process.execPath,
    [cli, 'rehearse', project, '--event', event, '--index-storage', storage, ...template, ...passed],
    { stdio: 'inherit' },
  );
  return run.status ?? 1;
}

let code = 1;
try {
  cpSync(join(root, 'test', 'fixtures', 'projects', 'hello'), project, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'hello-rehearsal');
  git('tag', '-a', 'v1.0.0', '-m', 'v1.0.0');
  code = rehearse('tag', 'A tag push, v1.0.0: the release');
  if (code === 0) {
    writeFileSync(join(project, 'CHANGES.md'), '- a change after 1.0.0\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'a change after 1.0.0');
    code = rehearse('branch', 'A push to main one commit later: a dev release');
  }
  console.log(
    code === 0
      ? '\nDemo done: 1.0.0 and 1.0.1.dev1 were published and verified, and a plain `pip install hello-rehearsal`\n' +
          'picks 1.0.0 (verify-pypi checked it). Rehearse your own project: release-actions rehearse <dir> --event tag'
      : `\nDemo failed (exit ${code}): the table above names the job and why.`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(code);
