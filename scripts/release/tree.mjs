// Whether a release tree (dist/ of the source commit, which becomes the root of the release commit) can
// serve `uses: <owner>/release-actions/<name>@vX`: every action directory must run on its own, with
// nothing from outside it (no node_modules, no parent directory, no link).
import { posix } from 'node:path';
import { parse } from 'yaml';

const REBUILD = 'run npm run build and commit dist/';
// ncc's ESM bundles load their on-demand chunks as `__nccwpck_require__.e(<id>)`, from `<id>.index.js`; a
// chunk that loads another names the loader `__webpack_require__` inside it.
const CHUNK_LOAD = /__(?:nccwpck|webpack)_require__\.e\((?:\/\*[^*]*\*\/\s*)?(\d+)\)/g;

/** The top-level directories of the tree that hold an action.yml. */
function actionDirectories(entries) {
  return entries
    .map((entry) => entry.path.split('/'))
    .filter((parts) => parts.length === 2 && parts[1] === 'action.yml')
    .map((parts) => parts[0]);
}

/** `runs.using` and `runs.main` of an action.yml, or a problem. */
function runsOf(dir, text) {
  let metadata;
  try {
    metadata = parse(text);
  } catch (error) {
    return { problem: `${dir}/action.yml is not valid YAML (${error.message.split('\n')[0]}): ${REBUILD}` };
  }
  const runs = metadata?.runs ?? {};
  if (!/^node\d+$/.test(String(runs.using)) || typeof runs.main !== 'string') {
    return {
      problem: `${dir}/action.yml must run a JavaScript bundle (runs.using nodeNN, runs.main): ${REBUILD}`,
    };
  }
  return { main: posix.normalize(posix.join(dir, runs.main)) };
}

/** The `type` a package.json declares (null when it is not JSON). */
function moduleType(text) {
  try {
    return JSON.parse(text)?.type ?? null;
  } catch {
    return null;
  }
}

/** Problems of one action directory: its entry point, module type and chunks. */
function directoryProblems(dir, files, read) {
  const runs = runsOf(dir, read(`${dir}/action.yml`));
  if (runs.problem) return [runs.problem];
  const problems = [];
  if (!runs.main.startsWith(`${dir}/`) || !files.has(runs.main)) {
    problems.push(`${dir}/action.yml runs ${runs.main}, which the tree does not have: ${REBUILD}`);
  }
  if (moduleType(files.has(`${dir}/package.json`) ? read(`${dir}/package.json`) : '{}') !== 'module') {
    problems.push(
      `${dir}/package.json must say "type": "module", or Node loads the ES module bundle as CommonJS: ${REBUILD}`,
    );
  }
  for (const file of [...files].filter((path) => path.startsWith(`${dir}/`) && path.endsWith('.js'))) {
    for (const [, chunk] of read(file).matchAll(CHUNK_LOAD)) {
      if (!files.has(`${dir}/${chunk}.index.js`)) {
        problems.push(
          `${file} loads ${dir}/${chunk}.index.js on demand, which the tree does not have: ${REBUILD}`,
        );
      }
    }
  }
  return [...new Set(problems)];
}

/**
 * One line per reason the tree cannot be released. `entries`: its files ({ path, mode, object }, as
 * `git ls-tree -r` lists them); `read(path)`: a file's text; `sourceActions`: each action of the source
 * (actions/<name>) with the object id of its action.yml, which the tree must carry unchanged.
 */
export function treeProblems(entries, read, sourceActions) {
  const problems = entries
    .filter((entry) => entry.mode === '120000' || entry.mode === '160000')
    .map(
      (entry) =>
        `${entry.path} is a ${entry.mode === '120000' ? 'symbolic link' : 'submodule'}: a release tree holds files only`,
    );
  const files = new Set(entries.filter((entry) => entry.mode.startsWith('100')).map((entry) => entry.path));
  const objects = new Map(entries.map((entry) => [entry.path, entry.object]));
  const dirs = actionDirectories(entries);
  for (const [name, object] of Object.entries(sourceActions)) {
    if (!dirs.includes(name))
      problems.push(`actions/${name} is not in the tree (no ${name}/action.yml): ${REBUILD}`);
    else if (objects.get(`${name}/action.yml`) !== object) {
      problems.push(`${name}/action.yml differs from actions/${name}/action.yml: ${REBUILD}`);
    }
  }
  for (const dir of dirs) problems.push(...directoryProblems(dir, files, read));
  if (dirs.length === 0) problems.push(`the tree holds no action (no <name>/action.yml): ${REBUILD}`);
  return problems;
}
