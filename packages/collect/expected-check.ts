/**
 * Whether every planned file arrived: each job of build-wheel-matrix's `expected` (release-actions/expected@1)
 * uploaded its artifact with a wheel for every build identifier, and the sdist's artifact holds the sdist.
 * A missing job is named with its runner and identifiers. Files that match nothing planned are listed. Pure.
 */
import { matchesExpectedPattern, type ExpectedDocument, type ExpectedJob } from '../wheel-matrix/index.js';
import { artifactNameMatches } from './select.js';

/** A job whose wheels did not all arrive. */
export interface MissingJob {
  job: string;
  /** The runner label(s) the job ran on, when `expected` records them. */
  runner: string | null;
  artifact: string;
  /** Build identifiers without a wheel (`py3-none-any` for a pure project's wheel). */
  identifiers: string[];
  /** True when the artifact itself is missing (the job failed, or never uploaded). */
  noArtifact: boolean;
}

/** A distribution in a planned artifact that no planned file pattern matches. */
export interface UnexpectedFile {
  artifact: string;
  filename: string;
}

/** What is missing, one line per problem, and what was not planned. */
export interface ExpectedReport {
  missing: MissingJob[];
  sdistMissing: boolean;
  unexpected: UnexpectedFile[];
  problems: string[];
}

/** The runner `expected` records for a job (a label or a list of labels), if it does. */
function runnerOf(job: ExpectedJob): string | null {
  const runner: unknown = job.runner;
  if (typeof runner === 'string') return runner;
  if (Array.isArray(runner) && runner.every((label) => typeof label === 'string')) return runner.join(', ');
  return null;
}

function missingLine(missing: MissingJob, pattern: string): string {
  const job = `job ${missing.job}${missing.runner ? ` (runner ${missing.runner})` : ''}`;
  const ids = missing.identifiers.join(', ');
  if (!missing.noArtifact) return `${job}: artifact ${missing.artifact} has no wheel for ${ids}`;
  const hint = artifactNameMatches(pattern, missing.artifact)
    ? 'did the job fail or skip its upload?'
    : `the pattern input ${JSON.stringify(pattern)} does not match that name`;
  return `${job} uploaded no artifact ${missing.artifact} (${hint}): its wheels for ${ids} are missing`;
}

/**
 * Checks `files` (each artifact's distribution filenames, duplicates included) against `expected`; `pattern`
 * is the artifact pattern, named when it is why an artifact is missing.
 */
export function checkExpected(
  expected: ExpectedDocument,
  files: ReadonlyMap<string, readonly string[]>,
  pattern: string,
): ExpectedReport {
  const report: ExpectedReport = { missing: [], sdistMissing: false, unexpected: [], problems: [] };
  const planned = new Map<string, string[]>(); // artifact → patterns its files may match
  for (const job of expected.jobs) {
    const held = files.get(job.artifact);
    const patterns = job.wheels.flatMap((w) => (w.abi3Pattern ? [w.pattern, w.abi3Pattern] : [w.pattern]));
    planned.set(job.artifact, [...(planned.get(job.artifact) ?? []), ...patterns]);
    const absent = job.wheels.filter(
      (wheel) =>
        !held?.some((file) =>
          [wheel.pattern, wheel.abi3Pattern].some((p) => p !== null && matchesExpectedPattern(p, file)),
        ),
    );
    if (absent.length === 0) continue;
    const missing: MissingJob = {
      job: job.name,
      runner: runnerOf(job),
      artifact: job.artifact,
      identifiers: absent.map((wheel) => wheel.identifier ?? 'py3-none-any'),
      noArtifact: held === undefined,
    };
    report.missing.push(missing);
    report.problems.push(missingLine(missing, pattern));
  }
  if (expected.sdist) {
    const { artifact, pattern: sdistPattern } = expected.sdist;
    planned.set(artifact, [...(planned.get(artifact) ?? []), sdistPattern]);
    const held = files.get(artifact);
    if (!held?.some((file) => matchesExpectedPattern(sdistPattern, file))) {
      report.sdistMissing = true;
      report.problems.push(
        held === undefined
          ? `the sdist job uploaded no artifact ${artifact}: the sdist (${sdistPattern}) is missing`
          : `artifact ${artifact} has no sdist matching ${sdistPattern}`,
      );
    }
  }
  for (const [artifact, patterns] of planned) {
    for (const filename of files.get(artifact) ?? []) {
      if (!patterns.some((p) => matchesExpectedPattern(p, filename)))
        report.unexpected.push({ artifact, filename });
    }
  }
  return report;
}
