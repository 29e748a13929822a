/**
 * Completing a shallow clone just enough for `git describe` to give the answer it gives on a full clone:
 * every commit between HEAD and the nearest version tag, and the version tags on those commits. Starts with
 * `ls-remote --tags` beside a first `--deepen`, writes the tags whose commits have arrived, checks, deepens more.
 */
import { readFile } from 'node:fs/promises';
import { VersionError } from './errors.js';
import { firstLine, gitOutput, type Git } from './git.js';

/** A tag on the remote: the object its ref names and the commit it peels to. */
export interface RemoteTag {
  name: string;
  object: string;
  commit: string;
}

/** What deepening needs from its caller. */
export interface DeepenPlan {
  git: Git;
  cwd: string;
  shallowFile: string;
  /** Version tags that can decide the version (valid, under the prefix; dev builds leave out HEAD's). */
  wanted: (tag: RemoteTag) => boolean;
  /** Resolves the version on what is local now; true when it cannot change by fetching more. */
  settled: () => Promise<boolean>;
  /** Called after tags were added locally, so cached tag lists are read again. */
  tagsChanged: () => void;
  /** Human-readable facts, appended to. */
  notes: string[];
  /** Commits fetched first; each later round fetches four times as many. */
  initialDepth?: number;
}

/** What deepening did and saw. */
export interface DeepenReport {
  fetches: number;
  steps: string[];
  /** The remote's tags (empty if it never got that far). */
  remoteTags: RemoteTag[];
}

const INITIAL_DEPTH = 64;
const WIDER_ROUNDS = 3;
const FETCH = [
  '-c',
  'fetch.writeCommitGraph=false',
  'fetch',
  '--no-tags',
  '--no-auto-gc',
  '--recurse-submodules=no',
  '--quiet',
];

/** Fetches history and tags in growing steps until `settled()`; throws VersionError when fetching fails. */
export async function deepenShallowHistory(plan: DeepenPlan): Promise<DeepenReport> {
  const report: DeepenReport = { fetches: 0, steps: [], remoteTags: [] };
  // actions/checkout names the remote origin; ask git for the list only when origin does not answer.
  let remote = 'origin';
  const fetch = async (step: string, args: string[]): Promise<void> => {
    report.fetches += 1;
    report.steps.push(step);
    const result = await plan.git.run([...FETCH, ...args], { cwd: plan.cwd });
    if (result.code !== 0) {
      throw new VersionError(
        `fetching history from ${remote} failed (${firstLine(result.stderr)}); give actions/checkout \`fetch-depth: 0\` or fix access to the remote`,
      );
    }
  };

  // Step 1: the tags the remote has and a first slice of history, at once.
  const depth = plan.initialDepth ?? INITIAL_DEPTH;
  const firstStep = async (): Promise<RemoteTag[]> => {
    const [tags] = await Promise.all([
      listRemoteTags(plan.git, plan.cwd, remote),
      readShallow(plan.shallowFile).then((boundary) =>
        fetch(`deepen ${depth}`, [`--deepen=${depth}`, remote, ...boundary]),
      ),
    ]);
    return tags;
  };
  let remoteTags: RemoteTag[];
  try {
    remoteTags = await firstStep();
  } catch (error) {
    const other = await pickRemote(plan.git, plan.cwd);
    if (other === remote) throw error;
    remote = other;
    remoteTags = await firstStep();
  }
  report.remoteTags = remoteTags;
  const wanted = remoteTags.filter(plan.wanted);
  if (wanted.length === 0) {
    const boundary = await readShallow(plan.shallowFile);
    // setuptools_scm then counts every commit (0.1.devN, or from fallback_version).
    if (boundary.length === 0) return finish(plan, report, 'the remote has no version tags');
    await fetch('unshallow (no version tags: counting all commits)', ['--unshallow', remote, ...boundary]);
    return finish(plan, report, 'the remote has no version tags; fetched all commits to count them');
  }
  await adoptPresentTags(plan, remote, wanted, fetch);
  if (await plan.settled()) return finish(plan, report);

  // Step 2: the tag is further back, or merges hide a nearer one behind the cut: deepen four times as far each
  // round, then take everything. (--shallow-exclude would cut exactly at the tags, but git 2.39 can leave a
  // boundary entry for a commit it never sent, which breaks every later fetch.)
  let more = depth * 4;
  for (let round = 0; round < WIDER_ROUNDS; round += 1, more *= 4) {
    const boundary = await readShallow(plan.shallowFile);
    if (boundary.length === 0) break;
    await fetch(`deepen ${more}`, [`--deepen=${more}`, remote, ...boundary]);
    await adoptPresentTags(plan, remote, wanted, fetch);
    if (await plan.settled()) return finish(plan, report);
  }
  const boundary = await readShallow(plan.shallowFile);
  if (boundary.length > 0) {
    await fetch('unshallow', ['--unshallow', remote, ...boundary]);
    await adoptPresentTags(plan, remote, wanted, fetch);
  }
  await plan.settled();
  return finish(plan, report);
}

function finish(plan: DeepenPlan, report: DeepenReport, why?: string): DeepenReport {
  const suffix = why ? ` (${why})` : '';
  plan.notes.push(
    `shallow clone: ${report.fetches} fetch(es) to find the nearest version tag: ${report.steps.join(', ')}${suffix}`,
  );
  return report;
}

/** The remote to fetch from: `origin` (what actions/checkout names it), else the only one. */
export async function pickRemote(git: Git, cwd: string): Promise<string> {
  const remotes = (await gitOutput(git, ['remote'], cwd)).split('\n').filter((name) => name !== '');
  const remote = remotes.includes('origin') ? 'origin' : remotes.length === 1 ? remotes[0] : undefined;
  if (remote === undefined || remote.startsWith('-')) {
    throw new VersionError(
      `the clone in ${cwd} is shallow and has ${remotes.length === 0 ? 'no remote' : 'no remote named origin'} to fetch history from; check out with actions/checkout and \`fetch-depth: 0\``,
    );
  }
  return remote;
}

/** `git ls-remote --tags`: every tag with the commit it peels to. */
export async function listRemoteTags(git: Git, cwd: string, remote: string): Promise<RemoteTag[]> {
  const result = await git.run(['ls-remote', '--tags', remote], { cwd });
  if (result.code !== 0) {
    throw new VersionError(
      `listing tags of ${remote} failed (${firstLine(result.stderr)}); give actions/checkout \`fetch-depth: 0\` or fix access to the remote`,
    );
  }
  return parseLsRemoteTags(result.stdout);
}

/** Parses `ls-remote --tags` output, pairing each tag with its peeled (`^{}`) line. */
export function parseLsRemoteTags(output: string): RemoteTag[] {
  const tags = new Map<string, RemoteTag>();
  for (const line of output.split('\n')) {
    const [oid, ref] = line.split('\t');
    if (!oid || !ref?.startsWith('refs/tags/')) continue;
    const peeled = ref.endsWith('^{}');
    const name = ref.slice('refs/tags/'.length, peeled ? -3 : undefined);
    const tag = tags.get(name) ?? { name, object: oid, commit: oid };
    if (peeled) tag.commit = oid;
    else tag.object = oid;
    tags.set(name, tag);
  }
  return [...tags.values()];
}

/** The boundary commits of a shallow clone (empty once history is complete). */
export async function readShallow(shallowFile: string): Promise<string[]> {
  try {
    return (await readFile(shallowFile, 'utf8')).split('\n').filter((line) => line !== '');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function localCommits(git: Git, cwd: string): Promise<Set<string>> {
  return new Set((await gitOutput(git, ['rev-list', 'HEAD'], cwd)).split('\n').filter((line) => line !== ''));
}

// Makes the wanted tags whose commits are now local into local tags: lightweight ones are plain refs
// (written without a round trip), annotated ones need their tag objects fetched.
async function adoptPresentTags(
  plan: DeepenPlan,
  remote: string,
  wanted: RemoteTag[],
  fetch: (step: string, args: string[]) => Promise<void>,
): Promise<void> {
  const [commits, localRefs] = await Promise.all([
    localCommits(plan.git, plan.cwd),
    gitOutput(plan.git, ['for-each-ref', '--format=%(refname)%09%(objectname)', 'refs/tags/'], plan.cwd),
  ]);
  const local = new Map(localRefs.split('\n').map((line) => line.split('\t') as [string, string]));
  const missing = wanted.filter(
    (tag) => commits.has(tag.commit) && local.get(`refs/tags/${tag.name}`) !== tag.object,
  );
  if (missing.length === 0) return;
  const lightweight = missing.filter((tag) => tag.object === tag.commit);
  const annotated = missing.filter((tag) => tag.object !== tag.commit);
  const jobs: Promise<unknown>[] = [];
  if (lightweight.length > 0) {
    const input = lightweight.map((tag) => `update refs/tags/${tag.name} ${tag.object}\n`).join('');
    jobs.push(
      plan.git.run(['update-ref', '--stdin'], { cwd: plan.cwd, input }).then((result) => {
        if (result.code !== 0)
          throw new VersionError(`writing fetched tags in ${plan.cwd} failed: ${firstLine(result.stderr)}`);
      }),
    );
  }
  if (annotated.length > 0) {
    jobs.push(
      fetch(`${annotated.length} annotated tag(s)`, [
        remote,
        ...annotated.map((tag) => `+refs/tags/${tag.name}:refs/tags/${tag.name}`),
      ]),
    );
  }
  await Promise.all(jobs);
  plan.tagsChanged();
}
