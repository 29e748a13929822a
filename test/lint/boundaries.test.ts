// The package boundaries are lint rules (eslint.config.js); here, each rule must reject a violation and
// let the allowed form through, linting source text as if it were at the given path.
import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';
import { repoRoot } from '../harness/index.js';

const eslint = new ESLint({ cwd: repoRoot });

/** The messages of the import and size rules for `code` placed at `path`. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}/${path}` });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'max-lines-per-function')
    .map((m) => m.message);
}

const use = (specifier: string) => `import { x } from '${specifier}';\nexport const y = x;\n`;

describe('lint boundaries', () => {
  it.each([
    ['packages/pypi/a.ts', '@actions/core', /Only packages\/action-kit speaks the runner protocol/],
    ['packages/verify/a.ts', '@actions/exec', /Only packages\/action-kit/],
    ['actions/verify-pypi/src/a.ts', '@actions/core', /Only packages\/action-kit/],
    ['packages/pypi/a.ts', '../dists/hash-file.js', /only through their index\.ts/],
    ['packages/dists/rules/a.ts', '../../pep440/parse.js', /only through their index\.ts/],
    ['actions/publish-pypi/src/a.ts', '../../../packages/action-kit/oidc.js', /only through their index\.ts/],
    ['packages/verify/a.ts', '../../test/support/clock.js', /Nothing in packages\/ imports from test\//],
    ['packages/dists/rules/a.ts', '../../../actions/x/src/main.js', /Nothing in packages\//],
    ['packages/pypi/a.ts', '../local-index/index.js', /never imports the embedded index/],
    ['packages/verify/a.test.ts', '../../test/harness/index.js', /test\/support and test\/fixtures only/],
    ['packages/rehearsal/workflow.ts', '@actions/core', /Only packages\/action-kit/],
    ['packages/rehearsal/engine.ts', '@actions/workflow-parser', /Only packages\/action-kit/],
  ])('%s may not import %s', async (path, specifier, message) => {
    const errors = await boundaryErrors(path, use(specifier));
    expect(errors).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['packages/action-kit/a.ts', '@actions/core'],
    ['packages/pypi/a.ts', '../dists/index.js'],
    ['packages/pypi/a.ts', './retry.js'],
    ['packages/dists/rules/a.ts', '../hash-file.js'],
    ['packages/dists/rules/a.ts', '../../pep440/index.js'],
    ['actions/publish-pypi/src/a.ts', '../../../packages/publish/index.js'],
    ['packages/verify/a.test.ts', '../../test/support/clock.js'],
    ['test/pypi/a.test.ts', '../../packages/pypi/retry.js'],
    ['packages/rehearsal/workflow.ts', '@actions/workflow-parser'],
    ['packages/rehearsal/expressions.ts', '@actions/expressions'],
  ])('%s may import %s', async (path, specifier) => {
    expect(await boundaryErrors(path, use(specifier))).toEqual([]);
  });

  it('refuses a function over 80 lines in packages/', async () => {
    const body = Array.from({ length: 81 }, (_, i) => `  console.log(${i});`).join('\n');
    expect(
      await boundaryErrors('packages/pypi/a.ts', `export function long(): void {\n${body}\n}\n`),
    ).toEqual([expect.stringMatching(/too many lines \(83\)/)]);
  });
});
