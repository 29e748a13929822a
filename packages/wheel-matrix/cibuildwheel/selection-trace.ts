/**
 * Selection as a pipeline of filters, each remembering what was left after it, so that an empty result can
 * name the filter that removed the last identifiers. The filters are cibuildwheel's (arch, requires-python,
 * enable groups, build, skip); callers may add their own after them.
 */
import type { BuildMachine } from './architectures.js';
import type { PlatformConfiguration } from './configuration.js';
import { IDENTIFIERS, type Platform } from './data.js';
import { archOf } from './identifiers.js';
import { enabledFor, requiresPythonAdmits, selectorMatches } from './selector.js';

/** One filter of the pipeline and the identifiers it let through. */
export interface SelectionStage {
  /** `archs`, `requires-python`, `enable`, `build`, `skip`, or a caller's filter name. */
  filter: string;
  /** The setting as the user wrote it and where: `build = "cp3{11,12}-*" (CIBW_BUILD)`. */
  description: string;
  remaining: string[];
}

/** A filter a caller adds after cibuildwheel's. */
export interface ExtraFilter {
  filter: string;
  description: string;
  keep(identifier: string): boolean;
}

// On an Intel Mac cibuildwheel drops PyPy and GraalPy arm64 builds: they cannot be cross-compiled.
function buildableOn(platform: Platform, machine: BuildMachine, identifier: string): boolean {
  return !(
    platform === 'macos' &&
    machine.machine === 'x86_64' &&
    /^(pp|gp)/.test(identifier) &&
    identifier.endsWith('arm64')
  );
}

function cibuildwheelFilters(configuration: PlatformConfiguration): ExtraFilter[] {
  const { selector, requiresPython, enable, build, skip } = configuration;
  const filters: ExtraFilter[] = [];
  if (requiresPython) {
    filters.push({
      filter: 'requires-python',
      description: `requires-python ${JSON.stringify(requiresPython.value)} (${requiresPython.source})`,
      keep: (id) => requiresPythonAdmits(selector.requiresPython, id),
    });
  }
  const groups = [...enable.groups].join(' ') || 'none';
  filters.push(
    {
      filter: 'enable',
      description: `enable groups: ${groups} (${enable.source})`,
      keep: (id) => enabledFor(selector.enable, id),
    },
    {
      filter: 'build',
      description: `build = ${JSON.stringify(build.value)} (${build.source})`,
      keep: (id) => selectorMatches(selector.build, id),
    },
    {
      filter: 'skip',
      description: `skip = ${JSON.stringify(skip.value)} (${skip.source})`,
      keep: (id) => !selectorMatches(selector.skip, id),
    },
  );
  return filters;
}

/** Runs selection for `archs` on `machine`, stage by stage; the last stage holds the selected identifiers. */
export function traceSelection(
  configuration: PlatformConfiguration,
  archs: ReadonlySet<string>,
  machine: BuildMachine,
  extra: readonly ExtraFilter[] = [],
  archsDescription = `archs ${[...archs].join(' ') || '(none)'}`,
): SelectionStage[] {
  const { platform } = configuration;
  // pyodide ignores archs, as cibuildwheel does.
  let remaining = IDENTIFIERS[platform].filter(
    (id) => (platform === 'pyodide' || archs.has(archOf(id))) && buildableOn(platform, machine, id),
  );
  const stages: SelectionStage[] = [{ filter: 'archs', description: archsDescription, remaining }];
  for (const filter of [...cibuildwheelFilters(configuration), ...extra]) {
    remaining = remaining.filter((id) => filter.keep(id));
    stages.push({ filter: filter.filter, description: filter.description, remaining });
  }
  return stages;
}

/** The identifiers cibuildwheel selects on the configuration's platform for `archs` on `machine`, in its order. */
export function selectIdentifiers(
  configuration: PlatformConfiguration,
  archs: ReadonlySet<string>,
  machine: BuildMachine,
): string[] {
  return traceSelection(configuration, archs, machine).at(-1)?.remaining ?? [];
}
