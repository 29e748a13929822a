/** Helpers for planner tests: a project from a map of files, and a request with the action's defaults. */
import {
  memorySource,
  parsePlatforms,
  planBuild,
  readProjectFiles,
  type Plan,
  type PlanRequest,
} from '../../packages/wheel-matrix/index.js';

/** A compiled project: pyproject with a name and requires-python, and a C source under src/. */
export const COMPILED = {
  'pyproject.toml': '[project]\nname = "My.Pkg"\nrequires-python = ">=3.9"\n',
  'src/my_pkg/__init__.py': '',
  'src/my_pkg/_speedups.c': 'int x;\n',
};

/** A request as the action makes it with its defaults, for `files`. */
export function request(
  files: Record<string, string>,
  overrides: Partial<Omit<PlanRequest, 'platforms'>> & { platforms?: string } = {},
): PlanRequest {
  const { platforms, ...rest } = overrides;
  return {
    files: readProjectFiles(memorySource(files, 'project')),
    env: {},
    platforms: parsePlatforms(platforms ?? 'linux macos windows'),
    pythonVersions: '',
    pure: 'auto',
    groupBy: 'platform',
    maxJobs: 256,
    artifactPrefix: 'dist-',
    sdist: true,
    ...rest,
  };
}

/** Plans `files` with the defaults and `overrides`. */
export function plan(files: Record<string, string>, overrides: Parameters<typeof request>[1] = {}): Plan {
  return planBuild(request(files, overrides));
}

/** The message planning `files` fails with. */
export function planError(
  files: Record<string, string>,
  overrides: Parameters<typeof request>[1] = {},
): string {
  try {
    plan(files, overrides);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('planning succeeded');
}

/** Every identifier a plan builds, per job name. */
export function buildsByJob(result: Plan): Record<string, string> {
  return Object.fromEntries(result.jobs.map((job) => [job.name, job.builds.join(' ')]));
}
