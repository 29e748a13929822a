/**
 * The release decided before the first byte goes up (pure, no I/O): one project and one version, every file
 * valid and still what the manifest recorded, what the index already has, and the order of the uploads.
 */
import {
  checkDistribution,
  newProjectNameProblem,
  normalizeProjectName,
  parseDistFilename,
  PYPI_MAX_FILE_SIZE,
  twineSafeName,
  type ExistingFile,
} from '../dists/index.js';
import { normalizeVersion } from '../pep440/index.js';
import { formatBytes, shortDigest } from '../common/index.js';
import type { FileProblem, IndexState, InspectedFile, PlanEntry, ReleasePlan, RemoteFile } from './types.js';

/** The release the files belong to: the project name and version as the first file's metadata spells them. */
export interface ReleaseIdentity {
  project: string;
  version: string;
}

/** Options of the plan. */
export interface PlanOptions {
  /** A file already on the index with other content is skipped with a warning instead of stopping the release. */
  skipExisting: boolean;
  /**
   * Files above this size may be refused by an index whose limit was not raised (PyPI's default, 100 MiB):
   * the largest of them goes first, so that a refusal leaves nothing uploaded.
   */
  riskySize?: number;
}

const MAX_NAMES = 3;

/** Which release the files make up; problems when they are more than one project or version. */
export function identifyRelease(files: readonly InspectedFile[]): {
  identity: ReleaseIdentity | null;
  problems: FileProblem[];
} {
  const named = files.flatMap((file) => {
    const found = nameAndVersion(file);
    return found ? [{ file, ...found }] : [];
  });
  const first = named[0];
  if (!first) return { identity: null, problems: [] };
  const projects = groupBy(named, (n) => normalizeProjectName(n.project));
  if (projects.size > 1) {
    return {
      identity: null,
      problems: [
        {
          filename: '',
          message: `the files are not one project: ${describeGroups(projects, (n) => n[0]?.project ?? '')}; publish one project per step (a packages-dir or manifest each)`,
        },
      ],
    };
  }
  const versions = groupBy(named, (n) => normalizeVersion(n.version) ?? n.version);
  if (versions.size > 1) {
    return {
      identity: null,
      problems: [
        {
          filename: '',
          message: `the files are not one version of ${first.project}: ${describeGroups(versions, (n) => n[0]?.version ?? '')}; remove the stale files (build into an empty directory) so that one release is left`,
        },
      ],
    };
  }
  return { identity: { project: first.project, version: first.version }, problems: [] };
}

/**
 * Decide every file: upload, already there (same sha256: done by an earlier run), or skipped (other content,
 * with `skipExisting`); collect every reason to upload nothing; order the uploads.
 */
export function planRelease(
  files: readonly InspectedFile[],
  identity: ReleaseIdentity,
  index: IndexState,
  options: PlanOptions,
): ReleasePlan {
  const problems: FileProblem[] = [];
  const warnings: string[] = [];
  const ours = new Set(files.map((f) => f.filename));
  const others = [...index.files.values()].filter((f) => !ours.has(f.filename));
  const context = {
    releaseFiles: others.filter((f) => f.inRelease).map(existingFile),
    indexFiles: others.map(existingFile),
    // The index knows its own per-file limit (PyPI raises it per project); size is a warning and an order here.
    maxFileSize: Number.MAX_SAFE_INTEGER,
  };

  const entries: PlanEntry[] = files.map((file) => {
    const report = (message: string) => problems.push({ filename: file.filename, message });
    for (const message of manifestMismatches(file)) report(message);
    const remote = index.files.get(file.filename);
    const decided = decide(file, remote, options.skipExisting);
    if (decided.warning) warnings.push(decided.warning);
    if (decided.problem) report(decided.problem);
    if (decided.action === 'upload') {
      // PyPI answers with its first objection only; ours matter when PyPI would have none.
      const refusal = file.facts
        ? checkDistribution(file.facts, context).find((problem) => problem.status >= 400)
        : undefined;
      if (refusal) report(`would be refused by the index: ${refusal.status} ${refusal.message}`);
      else for (const message of file.problems) report(message);
    }
    return remote
      ? { file, action: decided.action, phase: 'none', remote }
      : { file, action: decided.action, phase: 'none' };
  });

  const newName =
    index.projectExists === false ? newProjectNameProblem(twineSafeName(identity.project)) : null;
  if (newName) {
    problems.push({
      filename: '',
      message: `a new project named ${identity.project} would be refused by the index: ${newName.status} ${newName.message}`,
    });
  }

  const uploads = entries.filter((e) => e.action === 'upload');
  const sdists = uploads.filter((e) => e.file.form?.filetype !== 'bdist_wheel');
  if (sdists.length > 1) {
    problems.push({
      filename: '',
      message: `a release holds one sdist, but ${sdists.length} are to be uploaded (${sdists.map((e) => e.file.filename).join(', ')}); remove the stale one`,
    });
  }
  const ordered = orderUploads(
    uploads,
    index.releaseExists,
    options.riskySize ?? PYPI_MAX_FILE_SIZE,
    warnings,
  );
  const rest = entries.filter((e) => e.action !== 'upload');
  return {
    project: identity.project,
    version: identity.version,
    entries: [...ordered, ...rest],
    problems,
    warnings,
  };
}

/** The one line that stops a release before any upload: the first problem, and how many more there are. */
export function preflightFailure(problems: readonly FileProblem[]): string {
  const first = problems[0];
  if (!first) return '';
  const more =
    problems.length > 1
      ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}, listed in the log)`
      : '';
  return `${first.filename ? `${first.filename} ` : ''}${first.message}${more}; nothing was uploaded`;
}

/**
 * Wheels first and the sdist last, so installers never see a release with only the sdist. When the release
 * does not exist yet, one file goes first alone (it creates the release): the largest file above `riskySize`
 * if any (a refusal then leaves nothing behind), else the smallest wheel. The other wheels go largest first,
 * which keeps the slowest upload from starting last.
 */
function orderUploads(
  uploads: PlanEntry[],
  releaseExists: boolean,
  riskySize: number,
  warnings: string[],
): PlanEntry[] {
  const size = (e: PlanEntry) => e.file.hashes?.size ?? 0;
  const bySizeDescending = (a: PlanEntry, b: PlanEntry) =>
    size(b) - size(a) || (a.file.filename < b.file.filename ? -1 : 1);
  const wheels = uploads.filter((e) => e.file.form?.filetype === 'bdist_wheel').sort(bySizeDescending);
  const sdists = uploads.filter((e) => e.file.form?.filetype !== 'bdist_wheel');
  const risky = uploads.filter((e) => size(e) > riskySize).sort(bySizeDescending);

  let first: PlanEntry | undefined;
  if (!releaseExists) {
    first = risky.find((e) => e.file.form?.filetype === 'bdist_wheel') ?? wheels.at(-1) ?? sdists[0];
  }
  for (const entry of risky) {
    warnings.push(
      `${entry.file.filename} is ${formatBytes(size(entry))}, above PyPI's default limit of ${formatBytes(riskySize)}: the index refuses it unless the project's limit was raised` +
        (entry === first ? '; it goes first, so that a refusal leaves nothing uploaded' : ''),
    );
  }
  const phased = (entry: PlanEntry, phase: PlanEntry['phase']): PlanEntry => ({ ...entry, phase });
  return [
    ...(first ? [phased(first, 'first')] : []),
    ...wheels.filter((e) => e !== first).map((e) => phased(e, 'wheel')),
    ...sdists.filter((e) => e !== first).map((e) => phased(e, 'sdist')),
  ];
}

function decide(
  file: InspectedFile,
  remote: RemoteFile | undefined,
  skipExisting: boolean,
): { action: PlanEntry['action']; problem?: string; warning?: string } {
  const ours = file.hashes?.sha256;
  // Without a digest on either side only the upload's answer can tell; the executor handles "already exists".
  if (!remote || !remote.sha256 || !ours) return { action: 'upload' };
  if (remote.sha256 === ours) return { action: 'already-present' };
  const detail = `is already on the index with different content (sha256 ${shortDigest(remote.sha256)} there, ${shortDigest(ours)} here)`;
  if (skipExisting)
    return { action: 'skip', warning: `${file.filename} ${detail}: skipped, the index keeps its copy` };
  return {
    action: 'skip',
    problem: `${detail}: a file on an index can never be replaced; bump the version and build again, or set skip-existing: true to leave the index's copy`,
  };
}

/** Differences from what the manifest recorded: the file changed after collect-artifacts checked it. */
function manifestMismatches(file: InspectedFile): string[] {
  const { expected, hashes } = file;
  if (!expected || !hashes) return [];
  const fix = 'it changed after collect-artifacts recorded it; collect the artifacts again';
  if (hashes.size !== expected.size)
    return [`is ${hashes.size} bytes, but the manifest records ${expected.size}: ${fix}`];
  const out: string[] = [];
  if (hashes.sha256 !== expected.sha256)
    out.push(
      `has sha256 ${shortDigest(hashes.sha256)}, but the manifest records ${shortDigest(expected.sha256)}: ${fix}`,
    );
  else if (hashes.blake2_256 && expected.blake2b_256 && hashes.blake2_256 !== expected.blake2b_256)
    out.push(
      `has blake2b-256 ${shortDigest(hashes.blake2_256)}, but the manifest records ${shortDigest(expected.blake2b_256)}: ${fix}`,
    );
  return out;
}

function existingFile(remote: RemoteFile): ExistingFile {
  const file: ExistingFile = { filename: remote.filename, packagetype: remote.packagetype };
  if (remote.sha256) file.sha256 = remote.sha256;
  if (remote.blake2_256) file.blake2_256 = remote.blake2_256;
  return file;
}

function nameAndVersion(file: InspectedFile): { project: string; version: string } | null {
  if (file.metadata?.name && file.metadata.version)
    return { project: file.metadata.name, version: file.metadata.version };
  try {
    const parsed = parseDistFilename(file.filename);
    return { project: parsed.nameInFilename, version: parsed.versionInFilename };
  } catch {
    return null;
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

function describeGroups<T extends { file: InspectedFile }>(
  groups: Map<string, T[]>,
  label: (members: T[]) => string,
): string {
  return [...groups.values()]
    .map((members) => {
      const names = members.slice(0, MAX_NAMES).map((m) => m.file.filename);
      const more = members.length > MAX_NAMES ? `, and ${members.length - MAX_NAMES} more` : '';
      return `${label(members)} (${names.join(', ')}${more})`;
    })
    .join(' and ');
}
