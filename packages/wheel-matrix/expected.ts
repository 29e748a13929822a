/**
 * The `expected` contract (release-actions/expected@1): which artifact each job uploads and which files must
 * be in it, as filename patterns. collect-artifacts reads it to prove that every planned file arrived. The
 * format is described in this package's README; change it only with a new version.
 */
import { filenameProjectName } from '../dists/index.js';
import { interpreterOf, platformTagOf } from './cibuildwheel/identifiers.js';

/** The format tag of this version of the contract. */
export const EXPECTED_FORMAT = 'release-actions/expected@1';

/** One wheel a job must produce. */
export interface ExpectedWheel {
  /** The cibuildwheel identifier it is built for; null for a pure project's py3-none-any wheel. */
  identifier: string | null;
  /** The wheel's filename pattern (see matchesExpectedPattern). */
  pattern: string;
  /** A limited-API wheel that also stands for this identifier (cibuildwheel reuses an abi3 wheel); or null. */
  abi3Pattern: string | null;
}

/** One job of the plan and the artifact it uploads. */
export interface ExpectedJob {
  name: string;
  artifact: string;
  wheels: ExpectedWheel[];
  /** Its runs-on (a label or labels), which the build-wheel-matrix action adds; absent from the plan alone. */
  runner?: string | string[];
}

/** The whole contract. */
export interface ExpectedDocument {
  format: typeof EXPECTED_FORMAT;
  /** The distribution name as filenames spell it (`my_pkg`), or null when the project declares none statically. */
  project: string | null;
  pure: boolean;
  /** The source distribution and the artifact that carries it; null when none is planned. */
  sdist: { artifact: string; pattern: string } | null;
  jobs: ExpectedJob[];
}

const PLATFORM_PATTERNS: readonly [RegExp, (arch: string) => string][] = [
  [/^manylinux_(.+)$/, (arch) => `manylinux*_${arch}`],
  [/^musllinux_(.+)$/, (arch) => `musllinux_*_${arch}`],
  [/^macosx_(.+)$/, (arch) => `macosx_*_${arch}`],
  [/^pyodide_(.+)$/, (arch) => `pyodide_*_${arch}`],
  [/^ios_(.+)$/, (arch) => `ios_*_${arch}`],
  [/^android_(.+)$/, (arch) => `android_*_${arch}`],
];

/** The platform part of the wheel filename a build identifier produces, after repair (`manylinux*_x86_64`). */
function platformPattern(identifier: string): string {
  const tag = platformTagOf(identifier);
  for (const [regex, pattern] of PLATFORM_PATTERNS) {
    const match = regex.exec(tag);
    if (match) return pattern(match[1] as string);
  }
  return tag; // win32, win_amd64, win_arm64 are exact
}

/** The python and ABI tags of an identifier's wheel: cp312-cp312, cp314-cp314t, pp310-pypy310_pp*, graalpy312-graalpy250_312_*. */
function pythonAbiPattern(identifier: string): string {
  const interpreter = interpreterOf(identifier);
  const cpython = /^cp(\d+)(t?)$/.exec(interpreter);
  if (cpython) return `cp${cpython[1]}-cp${cpython[1]}${cpython[2]}`;
  const pypy = /^pp(\d+)$/.exec(interpreter);
  if (pypy) return `pp${pypy[1]}-pypy${pypy[1]}_pp*`;
  const graalpy = /^gp(\d+)_(\d+)$/.exec(interpreter);
  if (graalpy) return `graalpy${graalpy[1]}-graalpy${graalpy[2]}_${graalpy[1]}_*`;
  return `${interpreter}-*`;
}

/** What a wheel job must produce for one identifier. */
export function expectedWheel(project: string | null, identifier: string): ExpectedWheel {
  const name = project ?? '*';
  const platform = platformPattern(identifier);
  const limitedApi = /^cp\d+$/.test(interpreterOf(identifier));
  return {
    identifier,
    pattern: `${name}-*-${pythonAbiPattern(identifier)}-${platform}.whl`,
    abi3Pattern: limitedApi ? `${name}-*-cp3*-abi3-${platform}.whl` : null,
  };
}

/** The pure project's wheel. */
export function expectedPureWheel(project: string | null): ExpectedWheel {
  return { identifier: null, pattern: `${project ?? '*'}-*-*py3-none-any.whl`, abi3Pattern: null };
}

/** The sdist's pattern. */
export function sdistPattern(project: string | null): string {
  return `${project ?? '*'}-*.tar.gz`;
}

/** The filename form of a distribution name, or null. */
export function expectedProjectName(name: string | null): string | null {
  return name === null ? null : filenameProjectName(name);
}

/**
 * True when `filename` matches a pattern of the contract: the distribution name (up to the first `-`) is
 * normalized as filenames spell it (lower case, runs of `-_.` as `_`), then `*` matches any run of
 * characters and every other character itself.
 */
export function matchesExpectedPattern(pattern: string, filename: string): boolean {
  const dash = filename.indexOf('-');
  const normalized =
    dash < 0 ? filename : filenameProjectName(filename.slice(0, dash)) + filename.slice(dash);
  const regex = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${regex}$`, 's').test(normalized);
}

/** Reads an expected@1 document; throws a one-line error when it is not one. */
export function parseExpected(text: string): ExpectedDocument {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new Error(`expected is not JSON (${(error as Error).message})`);
  }
  const d = document as Partial<ExpectedDocument> | null;
  if (typeof d !== 'object' || d === null || d.format !== EXPECTED_FORMAT) {
    throw new Error(`expected is not a ${EXPECTED_FORMAT} document (format ${JSON.stringify(d?.format)})`);
  }
  const wellFormed =
    Array.isArray(d.jobs) &&
    d.jobs.every(
      (job) =>
        typeof job?.artifact === 'string' &&
        Array.isArray(job.wheels) &&
        job.wheels.every((wheel) => typeof wheel?.pattern === 'string'),
    ) &&
    (d.sdist === null || (typeof d.sdist?.artifact === 'string' && typeof d.sdist.pattern === 'string'));
  if (!wellFormed) throw new Error(`expected is a malformed ${EXPECTED_FORMAT} document (jobs or sdist)`);
  return d as ExpectedDocument;
}
