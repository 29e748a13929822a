// Regenerates test/git-version/goldens/setuptools-scm-10.2.1.json: the version setuptools_scm 10.2.1 (with
// vcs-versioning 2.3.1) gives every build listed in setuptools-scm-cases.ts, on repositories written exactly as the
// differential test writes them. See README.md here for how to get the oracle.
// Usage: node scripts/goldens/setuptools-scm.mjs [--python FILE] [--out FILE]
//   The interpreter (default $SCM_PYTHON, else python3) must import setuptools_scm 10.2.1 and vcs_versioning 2.3.1.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// The TypeScript helpers are imported as they are, transpiled on load by the hooks the tests use.
register('../../test/local-index/support/ts-loader-hooks.mjs', import.meta.url);
const { goldenRepos } = await import('./setuptools-scm-cases.ts');
const { GOLDEN_EPOCH, writeGoldenRepo } = await import('../../test/git-version/golden-repos.ts');

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const PYTHON = flag('--python', process.env.SCM_PYTHON ?? 'python3');
const OUT = flag('--out', join(ROOT, 'test', 'git-version', 'goldens', 'setuptools-scm-10.2.1.json'));
const WANTED = { setuptools_scm: '10.2.1', vcs_versioning: '2.3.1' };

// The oracle runs without the caller's git or setuptools_scm settings, at the goldens' build time.
const home = mkdtempSync(join(tmpdir(), 'scm-goldens-home-'));
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.startsWith('SETUPTOOLS_SCM')),
);
Object.assign(env, {
  HOME: home,
  GIT_CONFIG_NOSYSTEM: '1',
  LC_ALL: 'C',
  SOURCE_DATE_EPOCH: String(GOLDEN_EPOCH),
  PYTHONNOUSERSITE: '1',
});

const found = JSON.parse(
  execFileSync(
    PYTHON,
    [
      '-c',
      'import json, importlib.metadata as m; print(json.dumps({n: m.version(n) for n in ["setuptools_scm", "vcs_versioning"]}))',
    ],
    { env, encoding: 'utf8' },
  ),
);
for (const [name, version] of Object.entries(WANTED)) {
  if (found[name] !== version) {
    console.error(`${PYTHON} imports ${name} ${found[name]}, not ${version}; see scripts/goldens/README.md`);
    process.exit(1);
  }
}

const root = mkdtempSync(join(tmpdir(), 'scm-goldens-'));
const repos = goldenRepos();
const questions = [];
repos.forEach((repo, index) => {
  const dir = writeGoldenRepo(root, repo, index);
  for (const golden of repo.cases) {
    questions.push({
      dir: join(dir, golden.cwd),
      mode: golden.mode,
      build: golden.build,
      scheme: golden.inputs.scheme ?? null,
      tagPrefix: golden.inputs.tagPrefix ?? null,
      fallbackVersion: golden.inputs.fallbackVersion ?? null,
    });
  }
});
console.log(
  `asking setuptools_scm about ${questions.length} builds in ${repos.length} repositories under ${relative(ROOT, root) || root}`,
);
const answers = JSON.parse(
  execFileSync(PYTHON, [join(HERE, 'setuptools_scm_oracle.py')], {
    env,
    input: JSON.stringify(questions),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  }),
);
let next = 0;
// Cases are copied before their answers go in: a case list may be shared between repositories.
for (const repo of repos) repo.cases = repo.cases.map((golden) => ({ ...golden, expected: answers[next++] }));

const file = {
  about: {
    oracle: `setuptools_scm ${found.setuptools_scm}, vcs_versioning ${found.vcs_versioning}`,
    sourceDateEpoch: GOLDEN_EPOCH,
    regenerate: 'node scripts/goldens/setuptools-scm.mjs --python <python with setuptools_scm 10.2.1>',
  },
  repos,
};
// One repository per line: diffs of a regenerated file show which repositories changed.
const lines = repos.map((repo) => `    ${JSON.stringify(repo)}`);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(
  OUT,
  `{\n  "about": ${JSON.stringify(file.about)},\n  "repos": [\n${lines.join(',\n')}\n  ]\n}\n`,
);
rmSync(root, { recursive: true, force: true });
rmSync(home, { recursive: true, force: true });
const errors = repos.flatMap((repo) => repo.cases).filter((golden) => 'error' in golden.expected).length;
console.log(`wrote ${relative(ROOT, OUT)}: ${answers.length} answers (${errors} errors)`);
