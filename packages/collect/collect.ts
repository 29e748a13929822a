/**
 * A whole collection: list the source's artifacts, pick the newest of each name the pattern matches, read them
 * concurrently into a staging directory inside `path`, flatten, check the release (metadata and PyPI's rules,
 * one project and version, the sdist, the `expected` plan), and only when all of that holds, place the files
 * and write the manifest. Nothing reaches `path` from a collection that fails; the staging directory goes
 * either way.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { mapWithLimit, withYoungCollection } from '../common/index.js';
import type { ExpectedDocument } from '../wheel-matrix/index.js';
import { CollectError } from './errors.js';
import { checkExpected, type ExpectedReport } from './expected-check.js';
import { flatten } from './flatten.js';
import { inspectFiles, type InspectedFile } from './inspect.js';
import { existingFileProblems, placeRelease } from './place.js';
import { readArtifact, type ArtifactOutcome, type ExtraFile } from './read-artifact.js';
import { checkRelease, type ReleaseRules } from './release-check.js';
import { selectArtifacts } from './select.js';
import type { ArtifactRef, ArtifactSource } from './types.js';

/** What to collect, from where, into where, checked against what. */
export interface CollectOptions {
  source: ArtifactSource;
  /** Artifact names to take (`*` and `?` globs). */
  pattern: string;
  /** The directory the release goes to. */
  path: string;
  /** The input that names `path`, for messages (default `path`). */
  pathInput?: string;
  /** build-wheel-matrix's plan, when the release must be complete by it. */
  expected: ExpectedDocument | null;
  rules: ReleaseRules;
  /** Artifacts read at once (default: what the source asks for, else 4). */
  concurrency?: number;
  /** Called as each artifact is read, for the log. */
  onArtifact?: (outcome: ArtifactOutcome) => void;
}

/** Everything a collection found; `problems` empty means the release is in place with its manifest. */
export interface CollectReport {
  source: string;
  /** Every artifact the source has. */
  available: ArtifactRef[];
  /** Those the pattern picked (newest of each name). */
  selected: ArtifactRef[];
  files: InspectedFile[];
  extras: ExtraFile[];
  expected: ExpectedReport | null;
  project: string | null;
  version: string | null;
  /** One line each, the most fundamental first. */
  problems: string[];
  /** The manifest's path once written. */
  manifest: string | null;
}

async function listArtifacts(source: ArtifactSource): Promise<ArtifactRef[]> {
  try {
    return await source.list();
  } catch (error) {
    if (error instanceof CollectError) throw error;
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CollectError(`cannot list ${source.describe}: ${why}`);
  }
}

/** Distribution filenames per artifact (every copy), for the completeness check. */
function filesByArtifact(outcomes: readonly ArtifactOutcome[]): Map<string, string[]> {
  return new Map(outcomes.map((o) => [o.artifact.name, o.staged.map((file) => file.filename)]));
}

/** Checks the flattened release; fills the report's files, identity, expected and problems. */
async function judge(
  report: CollectReport,
  outcomes: ArtifactOutcome[],
  options: CollectOptions,
): Promise<void> {
  const flat = flatten(outcomes.flatMap((o) => o.staged));
  report.problems.push(...flat.problems);
  const inspected = await inspectFiles(flat.files);
  report.files = inspected.files;
  report.problems.push(...inspected.problems);
  const identity = checkRelease(
    inspected.files.map((f) => ({ ...f, origin: f.artifact })),
    options.rules,
  );
  report.project = identity.project;
  report.version = identity.version;
  report.problems.push(...identity.problems);
  if (options.expected) {
    report.expected = checkExpected(options.expected, filesByArtifact(outcomes), options.pattern);
    report.problems.push(...report.expected.problems);
  }
  report.problems.push(
    ...(await existingFileProblems(options.path, options.pathInput ?? 'path', flat.files)),
  );
}

/**
 * Collects; throws CollectError only when there is nothing to collect (or no way to list it).
 *
 * The whole collection runs with V8's young generation collected on a timer (common's withYoungCollection):
 * the artifact client's HTTP chunks are freed as they die, and so is the burst of small reads the checks make
 * of every file once the downloads end. Downloads alone under the timer left the checks to a young generation
 * the downloads had grown, which they filled with garbage: 2 GiB through the service peaked at 150 to 187 MiB
 * in their last quarter second, 1 GiB at 138 (the young generation grows with the bytes transferred).
 */
export async function collectArtifacts(options: CollectOptions): Promise<CollectReport> {
  return withYoungCollection(() => collectWhole(options), YOUNG_COLLECTION_MS);
}

/**
 * Every 10 ms, not common's 20: 2 GiB through the service peaked at 133 to 135 MiB over five runs, against 138
 * to 151 at 20 ms (the same machine, alternating), and took less CPU.
 */
const YOUNG_COLLECTION_MS = 10;

async function collectWhole(options: CollectOptions): Promise<CollectReport> {
  const available = await listArtifacts(options.source);
  const selected = selectArtifacts(available, options.pattern, options.source.describe);
  const report: CollectReport = {
    source: options.source.describe,
    available,
    selected,
    files: [],
    extras: [],
    expected: null,
    project: null,
    version: null,
    problems: [],
    manifest: null,
  };
  await mkdir(options.path, { recursive: true });
  const staging = await mkdtemp(join(options.path, '.collect-'));
  try {
    const readsAtOnce = options.concurrency ?? options.source.concurrency ?? 4;
    const outcomes = (await mapWithLimit(selected, readsAtOnce, async (artifact) => {
      const outcome = await readArtifact(options.source, artifact, staging);
      options.onArtifact?.(outcome);
      return outcome;
    })) as ArtifactOutcome[];
    report.extras = outcomes.flatMap((o) => o.extras);
    report.problems.push(...outcomes.flatMap((o) => o.problems));
    // A release checked without an artifact it should hold would only add misleading lines.
    if (report.problems.length === 0) await judge(report, outcomes, options);
    if (report.problems.length === 0) report.manifest = await placeRelease(options.path, report.files);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return report;
}
