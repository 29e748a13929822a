/**
 * One cibuildwheel platform's whole selection configuration, from the project files and the environment,
 * and the identifiers `cibuildwheel --print-build-identifiers` prints for it.
 */
import { parseSpecifierSet, type Specifier } from '../../pep440/index.js';
import { PlanError } from '../errors.js';
import { declaredRequiresPython, type Declared, type ProjectFiles } from '../project/project-files.js';
import { parseArchs, type BuildMachine } from './architectures.js';
import type { Platform } from './data.js';
import {
  cibuildwheelTable,
  resolveSelectionSettings,
  type Environment,
  type SelectionSettings,
} from './options.js';
import type { BuildSelector } from './selector.js';
import { selectIdentifiers } from './selection-trace.js';
import { validateCibuildwheelTable } from './validate-config.js';

/** What decides selection on one platform, each part with its source. */
export interface PlatformConfiguration extends SelectionSettings {
  requiresPython: (Declared & { specifiers: Specifier[] }) | null;
  selector: BuildSelector;
}

/** requires-python from CIBW_PROJECT_REQUIRES_PYTHON (when not empty) or the project files, parsed. */
export function requiresPythonOf(
  files: ProjectFiles,
  env: Environment,
): PlatformConfiguration['requiresPython'] {
  const fromEnv = env['CIBW_PROJECT_REQUIRES_PYTHON'];
  const declared = fromEnv
    ? { value: fromEnv, source: 'CIBW_PROJECT_REQUIRES_PYTHON' }
    : declaredRequiresPython(files);
  if (declared === null) return null;
  try {
    return { ...declared, specifiers: parseSpecifierSet(declared.value) };
  } catch (error) {
    throw new PlanError(
      `${declared.source} ${JSON.stringify(declared.value)} is not a version specifier set (${(error as Error).message}); write it like ">=3.10"`,
    );
  }
}

/** The configuration cibuildwheel would use on `platform`; throws for what it would refuse. */
export function platformConfiguration(
  files: ProjectFiles,
  env: Environment,
  platform: Platform,
): PlatformConfiguration {
  const config = cibuildwheelTable(files.pyproject);
  validateCibuildwheelTable(config, [platform]);
  const settings = resolveSelectionSettings(config, platform, env);
  const requiresPython = requiresPythonOf(files, env);
  return {
    ...settings,
    requiresPython,
    selector: {
      build: settings.build.value,
      skip: settings.skip.value,
      requiresPython: requiresPython?.specifiers ?? null,
      enable: settings.enable.groups,
    },
  };
}

/**
 * What `cibuildwheel --print-build-identifiers --platform <platform> [--archs <archs>]` prints for the
 * project on `machine`: archs from the command line, else from the configuration.
 */
export function printBuildIdentifiers(
  files: ProjectFiles,
  env: Environment,
  platform: Platform,
  options: { archs: string | null; machine: BuildMachine },
): string[] {
  const configuration = platformConfiguration(files, env, platform);
  const archs = parseArchs(options.archs || configuration.archs.value, platform, options.machine);
  return selectIdentifiers(configuration, archs, options.machine);
}
