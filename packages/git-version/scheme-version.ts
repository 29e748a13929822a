/** A dev version by the version scheme, with what the scheme needs gathered first (HEAD's date, fragments). */
import { normalizeVersion, parseVersion } from '../pep440/index.js';
import { VersionError } from './errors.js';
import type { Git } from './git.js';
import type { HeadInfo } from './head.js';
import type { ComputeOptions } from './options.js';
import { applyVersionScheme } from './schemes.js';
import type { VersionSettings } from './settings.js';
import { matchVersionPart } from './tag-rules.js';
import { readFragments, type FragmentBump } from './towncrier.js';
import { headCommitDate } from './work-tree.js';

/** The version a scheme builds on: the nearest tag's, or the fallback (or 0.0) when there is none. */
export interface SchemeBase {
  /** The public version as setuptools_scm's schemes see it. */
  text: string;
  /** The same, normalized. */
  normalized: string;
  /** The tag it comes from (for messages), or null for the fallback. */
  tag: string | null;
}

/** What a scheme is applied in. */
export interface SchemeRun {
  options: ComputeOptions;
  settings: VersionSettings;
  git: Git;
  head: HeadInfo;
  notes: string[];
}

/** The normalized version the configured scheme gives for `base` at `distance`; VersionError where it fails. */
export async function schemeVersion(
  run: SchemeRun,
  base: SchemeBase,
  distance: number,
  dirty: boolean,
): Promise<string> {
  const { options, settings } = run;
  const exact = distance === 0 && !dirty;
  const [date, fragments] = await Promise.all([
    settings.scheme === 'calver-by-date' && !exact ? headDate(run) : '',
    settings.scheme === 'towncrier-fragments' && !exact ? fragmentBump(run) : null,
  ]);
  const raw = applyVersionScheme(settings.scheme, {
    tag: base.text,
    normalized: base.normalized,
    dev: parseVersion(base.normalized)?.dev ?? null,
    exact,
    number: options.devNumber === 'run-number' ? (options.runNumber ?? 0) : distance,
    branch: run.head.branch,
    branchVersion: (segment) => matchVersionPart(segment, settings.rules),
    headDate: date,
    fragments,
  });
  const version = normalizeVersion(raw);
  if (version === null) {
    throw new VersionError(
      `version scheme ${settings.scheme} turns ${base.tag === null ? `version ${base.text}` : `tag ${base.tag}`} into '${raw}', which is not a PEP 440 version; choose another scheme or tag a new release`,
    );
  }
  return version;
}

/** `, run number N in place of the distance` when dev-number is run-number. */
export function runNumberNote(options: ComputeOptions): string {
  return options.devNumber === 'run-number'
    ? `, run number ${options.runNumber} in place of the distance`
    : '';
}

async function headDate(run: SchemeRun): Promise<string> {
  const date = await headCommitDate(run.git, run.settings.gitDir);
  return date ?? (run.options.now ?? new Date()).toISOString().slice(0, 10);
}

async function fragmentBump(run: SchemeRun): Promise<FragmentBump> {
  const fragments = await readFragments(run.settings.changelogRoot);
  run.notes.push(
    fragments.names.length === 0
      ? `towncrier-fragments: no fragments in ${fragments.directory}, so the next version is guessed as by guess-next-dev`
      : `towncrier-fragments: ${fragments.bump} bump for ${fragments.names.join(', ')} in ${fragments.directory}`,
  );
  return fragments.bump;
}
