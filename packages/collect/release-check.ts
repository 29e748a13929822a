/**
 * Whether the collected files make one release: every filename valid, one project and one version (those of
 * the `name` and `version` inputs when given), and exactly one sdist when one is required. Pure: the metadata
 * was read before.
 */
import { normalizeProjectName, parseDistFilename, type DistFilename } from '../dists/index.js';
import { formatVersion, parseVersion } from '../pep440/index.js';

/** A distribution as the check sees it. */
export interface ReleaseMember {
  filename: string;
  origin: string;
  /** Name and version from the file's own metadata; null when it could not be read (the filename's then). */
  metadata: { name: string; version: string } | null;
}

/** What the release must be. */
export interface ReleaseRules {
  name: string | null;
  version: string | null;
  requireSdist: boolean;
}

/** The release's name and version (as the first file spells them), and every way the files fail to be one. */
export interface ReleaseIdentity {
  project: string | null;
  version: string | null;
  problems: string[];
}

interface Identified extends ReleaseMember {
  parsed: DistFilename;
  project: string;
  versionText: string;
}

const MAX_NAMES = 3;

/** One key for versions that are equal by PEP 440 (`1.2.dev3` and `1.2.0.dev3`, as PyPI takes them), else the text. */
function versionKey(text: string): string {
  const version = parseVersion(text);
  if (!version) return text;
  const release = [...version.release];
  while (release.length > 1 && release.at(-1) === 0) release.pop();
  return formatVersion({ ...version, release });
}

function describeGroups(groups: Map<string, Identified[]>, label: (member: Identified) => string): string {
  return [...groups.values()]
    .map((members) => {
      const names = members.slice(0, MAX_NAMES).map((m) => `${m.filename} from ${m.origin}`);
      const more = members.length > MAX_NAMES ? `, and ${members.length - MAX_NAMES} more` : '';
      return `${label(members[0] as Identified)} (${names.join(', ')}${more})`;
    })
    .join(' and ');
}

function groupBy(members: readonly Identified[], key: (m: Identified) => string): Map<string, Identified[]> {
  const groups = new Map<string, Identified[]>();
  for (const member of members) groups.set(key(member), [...(groups.get(key(member)) ?? []), member]);
  return groups;
}

function identify(members: readonly ReleaseMember[], problems: string[]): Identified[] {
  return members.flatMap((member) => {
    try {
      const parsed = parseDistFilename(member.filename);
      const project = member.metadata?.name ?? parsed.nameInFilename;
      const versionText = member.metadata?.version ?? parsed.versionInFilename;
      return [{ ...member, parsed, project, versionText }];
    } catch (error) {
      problems.push(
        `${member.filename} from ${member.origin} is not a valid distribution filename: ${(error as Error).message}`,
      );
      return [];
    }
  });
}

function sdistProblems(members: readonly Identified[], rules: ReleaseRules): string[] {
  const sdists = members.filter((m) => m.parsed.kind === 'sdist');
  if (sdists.length > 1)
    return [
      `the release would hold ${sdists.length} sdists (${sdists.map((s) => `${s.filename} from ${s.origin}`).join(', ')}), and an index takes one: remove the stale one`,
    ];
  if (sdists.length === 0 && rules.requireSdist)
    return [
      'no sdist (.tar.gz) is among the artifacts: collect the artifact of the job that builds it (python -m build --sdist), or set require-sdist: false',
    ];
  return [];
}

/** Checks that `members` make one release under `rules`. */
export function checkRelease(members: readonly ReleaseMember[], rules: ReleaseRules): ReleaseIdentity {
  const problems: string[] = [];
  const identified = identify(members, problems);
  const projects = groupBy(identified, (m) => normalizeProjectName(m.project));
  const versions = groupBy(identified, (m) => versionKey(m.versionText));
  const first = identified[0];
  if (projects.size > 1)
    problems.push(
      `the files are not one project: ${describeGroups(projects, (m) => m.project)}; collect one project's artifacts per step (narrow the pattern input)`,
    );
  else if (
    first &&
    rules.name !== null &&
    normalizeProjectName(rules.name) !== normalizeProjectName(first.project)
  )
    problems.push(
      `the files are project ${first.project}, not ${rules.name} as the name input says: collect the right artifacts or fix the name input`,
    );
  if (versions.size > 1)
    problems.push(
      `the files are not one version: ${describeGroups(versions, (m) => m.versionText)}; every job must build the same version (compute-dev-version's output)`,
    );
  else if (first && rules.version !== null && versionKey(rules.version) !== versionKey(first.versionText))
    problems.push(
      `the files are version ${first.versionText}, not ${rules.version} as the version input says: the jobs built another version than the one computed`,
    );
  problems.push(...sdistProblems(identified, rules));
  return { project: first?.project ?? null, version: first?.versionText ?? null, problems };
}
