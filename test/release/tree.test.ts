// Whether a release tree can serve `uses: <owner>/release-actions/<name>@vX` (scripts/release/tree.mjs), over
// trees given as data: entry points, module type, on-demand chunks, links, and the source's actions.
import { describe, expect, it } from '@jest/globals';
import { treeProblems, type TreeEntry } from '../../scripts/release/tree.mjs';

const ACTION_YML = 'name: x\nruns:\n  using: node24\n  main: index.js\n';
const REBUILD = 'run npm run build and commit dist/';

/** A tree from path → text (mode 100644 unless the text is a link target marked `-> `). */
function tree(files: Record<string, string>): { entries: TreeEntry[]; read: (path: string) => string } {
  const entries = Object.keys(files).map((path) => {
    const link = files[path]?.startsWith('-> ');
    return { path, mode: link ? '120000' : '100644', object: `blob:${files[path]}` };
  });
  return { entries, read: (path) => files[path] ?? '' };
}

const action = (dir: string, index: string, extra: Record<string, string> = {}) => ({
  [`${dir}/action.yml`]: ACTION_YML,
  [`${dir}/package.json`]: '{"type":"module"}\n',
  [`${dir}/index.js`]: index,
  ...extra,
});

function problems(files: Record<string, string>, source: Record<string, string> = {}) {
  const { entries, read } = tree(files);
  return treeProblems(entries, read, source);
}

describe('treeProblems', () => {
  it('passes a tree whose actions carry their entry point, module type and every chunk they load', () => {
    const index =
      'x = __nccwpck_require__.e(/* import() */ 411).then(a); Promise.all([__nccwpck_require__.e(253)])';
    const files = {
      ...action('publish-pypi', index, {
        'publish-pypi/411.index.js': 'c',
        'publish-pypi/253.index.js': 'd',
      }),
      ...action('gate-all-jobs', 'no chunks'),
      'cli/index.js': 'a command, no action',
    };
    expect(
      problems(files, { 'publish-pypi': `blob:${ACTION_YML}`, 'gate-all-jobs': `blob:${ACTION_YML}` }),
    ).toEqual([]);
  });

  it('names a chunk an action loads on demand that the tree lacks, once, by the file that loads it', () => {
    const index =
      '__nccwpck_require__.e(/* import() */ 411); __nccwpck_require__.e(411); __nccwpck_require__.e(7)';
    expect(problems(action('verify-pypi', index, { 'verify-pypi/7.index.js': '' }))).toEqual([
      `verify-pypi/index.js loads verify-pypi/411.index.js on demand, which the tree does not have: ${REBUILD}`,
    ]);
  });

  it('follows a chunk that loads another chunk, as a bundle does for code needed only by that chunk', () => {
    const index = '__nccwpck_require__.e(/* import() */ 641)';
    const nested = { 'publish-pypi/641.index.js': '__webpack_require__.e(/* import() */ 411).then(a)' };
    expect(problems(action('publish-pypi', index, nested))).toEqual([
      `publish-pypi/641.index.js loads publish-pypi/411.index.js on demand, which the tree does not have: ${REBUILD}`,
    ]);
  });

  it('names a missing entry point, a bundle Node would load as CommonJS, and a runs section that is no bundle', () => {
    const files = {
      'a/action.yml': ACTION_YML,
      'a/package.json': '{}',
      'b/action.yml': 'runs:\n  using: docker\n  image: Dockerfile\n',
      ...action('c', 'x', { 'c/package.json': 'not json' }),
    };
    expect(problems(files)).toEqual([
      `a/action.yml runs a/index.js, which the tree does not have: ${REBUILD}`,
      `a/package.json must say "type": "module", or Node loads the ES module bundle as CommonJS: ${REBUILD}`,
      `b/action.yml must run a JavaScript bundle (runs.using nodeNN, runs.main): ${REBUILD}`,
      `c/package.json must say "type": "module", or Node loads the ES module bundle as CommonJS: ${REBUILD}`,
    ]);
  });

  it('refuses an entry point outside its directory, links, and a tree with no action at all', () => {
    const escaping = { 'a/action.yml': 'runs:\n  using: node24\n  main: ../b/index.js\n', 'b/index.js': 'x' };
    expect(problems(escaping)[0]).toBe(
      `a/action.yml runs b/index.js, which the tree does not have: ${REBUILD}`,
    );
    expect(problems({ ...action('a', 'x'), 'a/lib.js': '-> ../node_modules/lib.js' })).toEqual([
      'a/lib.js is a symbolic link: a release tree holds files only',
    ]);
    expect(problems({ 'README.md': 'hi' })).toEqual([
      `the tree holds no action (no <name>/action.yml): ${REBUILD}`,
    ]);
  });

  it("holds every action of the source, with the source's action.yml unchanged", () => {
    const source = { a: `blob:${ACTION_YML}`, b: `blob:${ACTION_YML}`, c: 'blob:an older action.yml' };
    expect(problems({ ...action('a', 'x'), ...action('c', 'x') }, source)).toEqual([
      `actions/b is not in the tree (no b/action.yml): ${REBUILD}`,
      `c/action.yml differs from actions/c/action.yml: ${REBUILD}`,
    ]);
  });
});
