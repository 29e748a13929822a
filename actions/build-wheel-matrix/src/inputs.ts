import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  getBooleanInput,
  getChoiceInput,
  getInput,
  getIntegerInput,
  InputError,
} from '../../../packages/action-kit/index.js';
import {
  forbiddenArtifactCharacter,
  GROUPINGS,
  parsePlatforms,
  PlanError,
  pythonVersionsFilter,
  type Environment,
  type GroupBy,
  type RequestedTargets,
} from '../../../packages/wheel-matrix/index.js';
import { parseRunnerMap, type RunnerMap } from './runners.js';

/** The action's settings, read once from the runner's environment. */
export interface Settings {
  projectDir: string;
  platforms: RequestedTargets;
  pythonVersions: string;
  pure: 'auto' | boolean;
  groupBy: GroupBy;
  maxJobs: number;
  runnerMap: RunnerMap;
  artifactPrefix: string;
  sdist: boolean;
  /** The step's CIBW_* variables that decide selection, with cibuildwheel's precedence over pyproject.toml. */
  env: Environment;
}

/** A value checked by the planner's own rules, its complaint prefixed with the input's name. */
function checked<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof PlanError) throw new InputError(`Input ${name}: ${error.message}`);
    throw error;
  }
}

function projectDir(): string {
  const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
  const dir = resolve(workspace, getInput('project-dir') || '.');
  let isDirectory = false;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!isDirectory) {
    throw new InputError(
      `Input project-dir: ${dir} is not a directory; check out the project first, or fix the path`,
    );
  }
  return dir;
}

function artifactPrefix(): string {
  // Empty is a valid choice (names like linux-x86_64); the runner fills in the default when unset.
  const prefix = getInput('artifact-prefix');
  const bad = forbiddenArtifactCharacter(prefix);
  if (bad !== null) {
    throw new InputError(
      `Input artifact-prefix ${JSON.stringify(prefix)} contains ${JSON.stringify(bad)}, which upload-artifact refuses in names ( " : < > | * ? \\ / and line breaks)`,
    );
  }
  return prefix;
}

// Only the variables that decide selection: the others (CIBW_ENVIRONMENT, ...) may carry values not to log.
const SELECTION_VARIABLES = /^CIBW_(BUILD|SKIP|ENABLE|ARCHS|ARCHS_[A-Z]+|PROJECT_REQUIRES_PYTHON)$/;

function cibuildwheelVariables(): Environment {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => SELECTION_VARIABLES.test(name)));
}

/** Reads and checks every input; the errors name the input and what it accepts. */
export function readSettings(): Settings {
  const pure = getChoiceInput('pure', ['auto', 'true', 'false'] as const, 'auto');
  const pythonVersions = getInput('python-versions');
  checked('python-versions', () => pythonVersionsFilter(pythonVersions));
  return {
    projectDir: projectDir(),
    platforms: checked('platforms', () => parsePlatforms(getInput('platforms') || 'linux macos windows')),
    pythonVersions,
    pure: pure === 'auto' ? 'auto' : pure === 'true',
    groupBy: getChoiceInput('group-by', [...GROUPINGS].reverse(), 'platform'),
    maxJobs: getIntegerInput('max-jobs', 256, { min: 1, max: 256 }),
    runnerMap: parseRunnerMap(getInput('runner-map')),
    artifactPrefix: artifactPrefix(),
    sdist: getBooleanInput('sdist', true),
    env: cibuildwheelVariables(),
  };
}
