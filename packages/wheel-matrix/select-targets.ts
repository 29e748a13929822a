/**
 * Selection for every requested target: each platform's cibuildwheel configuration, the architectures
 * each target builds, and the identifiers cibuildwheel selects for them, stage by stage.
 */
import { ArchitectureError, parseArchs } from './cibuildwheel/architectures.js';
import { BraceExpansionError, expandBraces } from './cibuildwheel/brace-expand.js';
import { platformConfiguration, type PlatformConfiguration } from './cibuildwheel/configuration.js';
import { PLATFORM_ARCHS, type Platform } from './cibuildwheel/data.js';
import { CibuildwheelConfigError, type Environment, type Setting } from './cibuildwheel/options.js';
import { unmatchedSelectors } from './cibuildwheel/selector-checks.js';
import { traceSelection, type ExtraFilter, type SelectionStage } from './cibuildwheel/selection-trace.js';
import { PlanError } from './errors.js';
import type { ProjectFiles } from './project/project-files.js';
import { targetForArch, TARGETS, type RequestedTargets, type Target } from './targets.js';

/** What one target builds. */
export interface TargetSelection {
  target: Target;
  /** The architectures it builds, in cibuildwheel's order. */
  archs: string[];
  /** The selection pipeline; the last stage holds the identifiers. */
  stages: SelectionStage[];
  identifiers: string[];
}

/** One platform's configuration and its targets. */
export interface PlatformSelection {
  configuration: PlatformConfiguration;
  targets: TargetSelection[];
  /** Selectors that match nothing (cibuildwheel warns about them too). */
  warnings: string[];
}

function checkExpandable(kind: string, setting: Setting): void {
  for (const word of setting.value.split(/\s+/).filter(Boolean)) {
    try {
      expandBraces(word);
    } catch (error) {
      if (error instanceof BraceExpansionError)
        throw new PlanError(`${setting.source}: ${kind} selector ${error.message}`);
      throw error;
    }
  }
}

/** The configuration of `platform`, with cibuildwheel's refusals turned into one-line PlanErrors. */
function configurationOf(files: ProjectFiles, env: Environment, platform: Platform): PlatformConfiguration {
  let configuration: PlatformConfiguration;
  try {
    configuration = platformConfiguration(files, env, platform);
  } catch (error) {
    if (error instanceof CibuildwheelConfigError) throw new PlanError(error.message);
    throw error;
  }
  checkExpandable('build', configuration.build);
  checkExpandable('skip', configuration.skip);
  for (const problem of unmatchedSelectors('build', configuration.build.value, configuration.enable.groups)) {
    throw new PlanError(`${configuration.build.source}: ${problem}`);
  }
  return configuration;
}

/** The archs setting resolved on `target`'s machine, refused in one line when it names no architecture. */
function resolvedArchs(configuration: PlatformConfiguration, target: Target): Set<string> {
  const { archs, platform } = configuration;
  try {
    return parseArchs(archs.value, platform, target.machine);
  } catch (error) {
    if (!(error instanceof ArchitectureError)) throw error;
    throw new PlanError(
      `${archs.source}: archs ${JSON.stringify(archs.value)}: ${error.message.toLowerCase()}; ${platform} has ${PLATFORM_ARCHS[platform].join(', ')}`,
    );
  }
}

/** A target's own architectures that the archs setting keeps (all of them at `auto`). */
function archsOf(configuration: PlatformConfiguration, target: Target): Set<string> {
  const resolved = resolvedArchs(configuration, target);
  if (configuration.archs.value === 'auto') return new Set(target.archs);
  return new Set(target.archs.filter((arch) => resolved.has(arch)));
}

/**
 * The architectures of each target of `platform`. With archs at `auto` the tokens decide; otherwise a
 * coarse token builds what cibuildwheel would on each of the platform's native machines (every architecture
 * going to its own target), and a fine token its own architecture when the setting includes it.
 */
function platformArchs(
  configuration: PlatformConfiguration,
  requested: RequestedTargets,
): Map<Target, Set<string>> {
  const { platform, archs } = configuration;
  const targets = requested.targets.filter((t) => t.platform === platform);
  const result = new Map<Target, Set<string>>(targets.map((t) => [t, archsOf(configuration, t)]));
  if (archs.value === 'auto' || !requested.coarse.has(platform)) return result;
  for (const host of targets) {
    for (const arch of resolvedArchs(configuration, host)) {
      const target = targetForArch(platform, arch);
      if (!target) {
        throw new PlanError(
          `${archs.source}: archs ${JSON.stringify(archs.value)} gives ${arch}, which ${platform} does not build (it has ${PLATFORM_ARCHS[platform].join(', ')}); fix archs`,
        );
      }
      const set = result.get(target) ?? new Set<string>();
      result.set(target, set.add(arch));
    }
  }
  return result;
}

function archsDescription(configuration: PlatformConfiguration, target: Target, archs: string[]): string {
  const built = archs.length > 0 ? archs.join(' ') : 'none of its architectures';
  if (configuration.archs.value === 'auto') return `${target.token} builds ${built}`;
  const { value, source } = configuration.archs;
  return `archs ${JSON.stringify(value)} (${source}) gives ${target.token} ${built}`;
}

/** Selection for every requested target, grouped by platform in target order. */
export function selectTargets(
  files: ProjectFiles,
  env: Environment,
  requested: RequestedTargets,
  extra: readonly ExtraFilter[],
): PlatformSelection[] {
  const platforms = [...new Set(requested.targets.map((t) => t.platform))];
  return platforms.map((platform) => {
    const configuration = configurationOf(files, env, platform);
    const byTarget = platformArchs(configuration, requested);
    const targets = [...byTarget]
      .sort(([a], [b]) => TARGETS.indexOf(a) - TARGETS.indexOf(b))
      .map(([target, archSet]) => {
        const archs = PLATFORM_ARCHS[platform].filter((arch) => archSet.has(arch));
        const stages = traceSelection(
          configuration,
          new Set(archs),
          target.machine,
          extra,
          archsDescription(configuration, target, archs),
        );
        return { target, archs, stages, identifiers: stages.at(-1)?.remaining ?? [] };
      });
    const warnings = unmatchedSelectors('skip', configuration.skip.value, configuration.enable.groups).map(
      (problem) => `${configuration.skip.source}: ${problem}; it has no effect`,
    );
    return { configuration, targets, warnings };
  });
}
