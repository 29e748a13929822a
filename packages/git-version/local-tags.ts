/** The repository's tags and the commits they name, read once when a decision needs them. */
import { gitOutput, type Git } from './git.js';

/** A tag and the commit it finally points at (null when it names no commit). */
export interface LocalTag {
  name: string;
  commit: string | null;
}

const FORMAT = '%(refname)%09%(objecttype)%09%(objectname)%09%(*objecttype)%09%(*objectname)';

/** All tags under `refs/tags/` (or only `refs/tags/<name>`), peeled to commits as `git describe` peels them. */
export async function listLocalTags(git: Git, cwd: string, name?: string): Promise<LocalTag[]> {
  const pattern = name === undefined ? 'refs/tags/' : `refs/tags/${name}`;
  const output = await gitOutput(git, ['for-each-ref', `--format=${FORMAT}`, pattern], cwd);
  const tags: LocalTag[] = [];
  const nested: LocalTag[] = [];
  for (const line of output.split('\n')) {
    if (line === '') continue;
    const [ref = '', type, object = '', peeledType, peeled = ''] = line.split('\t');
    if (name !== undefined && ref !== pattern) continue; // for-each-ref also lists refs/tags/<name>/...
    const tag: LocalTag = { name: ref.slice('refs/tags/'.length), commit: null };
    if (type === 'commit') tag.commit = object;
    else if (type === 'tag' && peeledType === 'commit') tag.commit = peeled;
    else if (type === 'tag' && peeledType === 'tag') nested.push(tag);
    tags.push(tag);
  }
  if (nested.length > 0) await peelNested(git, cwd, nested);
  return tags;
}

// A tag of a tag: for-each-ref peels one level, describe peels all, so ask cat-file for `^{commit}`.
async function peelNested(git: Git, cwd: string, tags: LocalTag[]): Promise<void> {
  const input = tags.map((tag) => `refs/tags/${tag.name}^{commit}\n`).join('');
  const result = await git.run(['cat-file', '--batch-check=%(objectname)'], { cwd, input });
  const lines = result.stdout.split('\n');
  tags.forEach((tag, i) => {
    const line = lines[i] ?? '';
    tag.commit = /^[0-9a-f]{40,64}$/.test(line) ? line : null;
  });
}
