// Makes the release commit of a release-actions version: the tree of dist/ at the tagged commit becomes the
// root of a commit whose parent is that commit, so `uses: <owner>/release-actions/publish-pypi@v1` finds
// publish-pypi/action.yml. Then the version tag moves onto it, and so does its line's tag (v1) when this is
// the newest release of the line. The commit takes the source commit's dates, so a re-run makes the same one.
//
// Usage: node scripts/release-tree.mjs <tag> [--source <commit>] [--push <remote>]
//   without --push the commit and the tags are made locally only; with it they are pushed at once (atomic),
//   each tag forced only while the remote still has it where this run saw it.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { planTags, pushPlan, ReleaseError } from './release/tags.mjs';
import { treeProblems } from './release/tree.mjs';

/** Runs git; a failure becomes one line naming the command and git's last word (or `explain`'s). */
function git(args, { input, env, explain } = {}) {
  try {
    const options = {
      encoding: 'utf8',
      input,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 1 << 30,
    };
    return execFileSync('git', args, options).trimEnd();
  } catch (error) {
    const said =
      explain?.(error) ||
      String(error.stderr ?? '')
        .trim()
        .split('\n')
        .pop() ||
      error.message;
    throw new ReleaseError(`git ${args.join(' ')} failed: ${said}`);
  }
}

/** The object `rev` names, or null. */
function objectOf(rev) {
  try {
    return execFileSync('git', ['rev-parse', '-q', '--verify', rev], {
      encoding: 'utf8',
      stdio: 'pipe',
    }).trim();
  } catch {
    return null;
  }
}
const commitOf = (rev) => objectOf(`${rev}^{commit}`);
/** The tree at `path` of commit `commit`, or null when there is none (or a file is there). */
function treeOf(commit, path) {
  const object = objectOf(`${commit}:${path}`);
  return object && git(['cat-file', '-t', object]) === 'tree' ? object : null;
}

/** The files of a tree as `git ls-tree -r` lists them. */
function treeEntries(tree) {
  return git(['ls-tree', '-r', '-z', tree])
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, path] = line.split('\t');
      const [mode, , object] = meta.split(' ');
      return { path, mode, object };
    });
}

/** Reads the tree's files with one git process: path → text. */
function blobReader(entries) {
  const objects = entries.filter((entry) => entry.mode.startsWith('100')).map((entry) => entry.object);
  const batch = execFileSync('git', ['cat-file', '--batch'], {
    input: objects.join('\n') + '\n',
    maxBuffer: 1 << 30,
  });
  const texts = new Map();
  let at = 0;
  while (at < batch.length) {
    const end = batch.indexOf(10, at);
    const [object, , size] = batch.subarray(at, end).toString().split(' ');
    texts.set(object, batch.subarray(end + 1, end + 1 + Number(size)).toString('utf8'));
    at = end + 1 + Number(size) + 1;
  }
  const byPath = new Map(entries.map((entry) => [entry.path, entry.object]));
  return (path) => texts.get(byPath.get(path)) ?? '';
}

/** The source's actions (actions/<name>/action.yml) with the object id of each action.yml. */
function sourceActions(source) {
  const entries = treeEntries(`${source}:actions`);
  return Object.fromEntries(
    entries
      .filter((entry) => /^[^/]+\/action\.yml$/.test(entry.path))
      .map((entry) => [entry.path.split('/')[0], entry.object]),
  );
}

/** The release commit: dist/'s tree, the source as parent, the source's dates. */
function releaseCommit(source, tree, tag) {
  const date = git(['show', '-s', '--format=%cI', source]);
  const message = `release-actions ${tag}\n\nThe dist/ tree of ${source}: each directory is an action, used as\n<owner>/release-actions/<name>@${tag}.\n\nRelease-Source: ${source}\n`;
  const env = { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  return git(['commit-tree', tree, '-p', source, '-F', '-'], { input: message, env });
}

/** Where the remote's tags point: tag → { object, commit } (an annotated tag's `^{}` line is its commit). */
function remoteTags(remote) {
  const found = {};
  for (const line of git(['ls-remote', '--tags', remote]).split('\n').filter(Boolean)) {
    const [object, ref] = line.split('\t');
    const tag = ref.replace(/^refs\/tags\//, '').replace(/\^\{\}$/, '');
    found[tag] = ref.endsWith('^{}')
      ? { ...found[tag], commit: object }
      : { commit: object, ...found[tag], object };
  }
  return found;
}

function push(remote, plan, release) {
  const updates = pushPlan({ ...plan, release, remote: remoteTags(remote) });
  if (updates.length === 0)
    return `${remote} already has ${plan.tags.join(' and ')} on ${release}: nothing to push`;
  // --porcelain reports each refused ref on stdout as `!<tab>from:to<tab>[reason]`.
  const refused = (error) =>
    String(error.stdout ?? '')
      .split('\n')
      .filter((line) => line.startsWith('!'))
      .map((line) => line.split('\t').slice(1).join(' '))
      .join('; ');
  git(
    [
      'push',
      '--atomic',
      '--porcelain',
      remote,
      ...updates.map((update) => `--force-with-lease=${update.ref}:${update.expect}`),
      ...updates.map((update) => `${release}:${update.ref}`),
    ],
    { explain: refused },
  );
  return `pushed ${updates.map((update) => update.ref.replace('refs/tags/', '')).join(' and ')} to ${remote}`;
}

function release(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { source: { type: 'string', default: 'HEAD' }, push: { type: 'string' } },
  });
  if (positionals.length !== 1)
    throw new ReleaseError(
      'usage: node scripts/release-tree.mjs <tag> [--source <commit>] [--push <remote>]',
    );
  const [tag] = positionals;
  const plan = planTags(tag, git(['tag', '--list']).split('\n'));
  const source = commitOf(values.source);
  if (!source) throw new ReleaseError(`--source ${values.source} names no commit`);
  const tree = treeOf(source, 'dist');
  if (!tree)
    throw new ReleaseError(`${source} has no dist/ directory: release from a commit of the source tree`);
  const entries = treeEntries(tree);
  const problems = treeProblems(entries, blobReader(entries), sourceActions(source));
  if (problems.length > 0)
    throw new ReleaseError(`dist/ of ${source} cannot be released:\n${problems.join('\n')}`);
  const commit = releaseCommit(source, tree, tag);
  const tagged = commitOf(`refs/tags/${tag}`);
  if (tagged !== null && tagged !== source && tagged !== commit) {
    throw new ReleaseError(
      `${tag} points at ${tagged}, not at ${source}: release from the tagged commit (--source ${tag})`,
    );
  }
  for (const name of plan.tags) git(['tag', '-f', name, commit]);
  const lines = [`${tag}: release commit ${commit} (dist/ of ${source})`, plan.reason];
  lines.push(
    values.push
      ? push(values.push, { tags: plan.tags, source }, commit)
      : `tagged ${plan.tags.join(' and ')} locally`,
  );
  return lines;
}

try {
  console.log(release(process.argv.slice(2)).join('\n'));
} catch (error) {
  if (!(error instanceof ReleaseError) && !String(error?.code).startsWith('ERR_PARSE_ARGS')) throw error;
  console.error(`release-tree: ${error.message}`);
  process.exitCode = 1;
}
