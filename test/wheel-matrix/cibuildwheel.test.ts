// The planner's cibuildwheel layer against what cibuildwheel 4.2.0 answered (test/wheel-matrix/goldens).
import { describe, expect, it } from '@jest/globals';
import { parseSpecifierSet, specifierSetContains } from '../../packages/pep440/index.js';
import {
  ENABLE_GROUPS,
  expandBraces,
  IDENTIFIERS,
  memorySource,
  parseArchs,
  platformConfiguration,
  PLATFORM_ARCHS,
  PLATFORMS,
  printBuildIdentifiers,
  readProjectFiles,
  selectorMatches,
  unmatchedSelectors,
  type BuildMachine,
  type Platform,
} from '../../packages/wheel-matrix/index.js';
import { goldens, type GoldenCase } from './goldens.js';

const EVERY_ID = PLATFORMS.flatMap((platform) => IDENTIFIERS[platform]);
const HOST_OS: Record<string, BuildMachine['os']> = { linux: 'linux', darwin: 'macos', win32: 'windows' };

function outcome(run: () => string[]): { identifiers: string } | { error: true } {
  try {
    return { identifiers: run().join(' ') };
  } catch (error) {
    if (error instanceof TypeError || error instanceof ReferenceError) throw error;
    return { error: true };
  }
}

describe('cibuildwheel 4.2.0 tables', () => {
  it('has every identifier per platform, in cibuildwheel order', () => {
    expect(goldens.tables.version).toBe('4.2.0');
    expect(IDENTIFIERS).toEqual(goldens.tables.identifiers);
  });

  it('has the enable groups and each platform architectures', () => {
    expect([...ENABLE_GROUPS]).toEqual(goldens.tables.enableGroups);
    for (const platform of PLATFORMS) {
      expect([...PLATFORM_ARCHS[platform]].sort()).toEqual(goldens.tables.allArchs[platform]);
    }
  });
});

describe('build and skip selectors', () => {
  it.each(Object.entries(goldens.selectors.matches))(
    '%j matches what cibuildwheel matches',
    (pattern, ids) => {
      expect(EVERY_ID.filter((id) => selectorMatches(pattern, id))).toEqual(ids);
    },
  );

  it.each(Object.entries(goldens.selectors.braces))('brace expansion of %j', (pattern, expected) => {
    if (expected.error) {
      expect(() => expandBraces(pattern)).toThrow(/expands to more than the 1000 patterns/);
      return;
    }
    // bracex drops trailing empty patterns; an empty pattern matches no identifier, so only the rest counts.
    const nonEmpty = (list: string[]) => [...new Set(list.filter((p) => p !== ''))].sort();
    expect(nonEmpty(expandBraces(pattern))).toEqual(nonEmpty(expected.expansion ?? []));
  });
});

describe('requires-python specifiers', () => {
  it.each(Object.entries(goldens.specifiers))(
    '%j admits the Pythons cibuildwheel admits',
    (spec, expected) => {
      if (expected.error) {
        expect(() => parseSpecifierSet(spec)).toThrow();
        return;
      }
      const set = parseSpecifierSet(spec);
      const minors = [9, 10, 11, 12, 13, 14, 15, 16].filter((m) => specifierSetContains(set, `3.${m}.99`));
      expect(minors).toEqual(expected.minors);
    },
  );
});

describe('archs keywords on each build machine', () => {
  it.each(
    goldens.archKeywords.map((row) => [row.platform, row.hostOs, row.machine, row.setting, row] as const),
  )('%s on %s %s: %j', (platform, hostOs, machine, setting, row) => {
    const host: BuildMachine = { os: HOST_OS[hostOs] ?? 'linux', machine };
    if (row.error) {
      expect(() => parseArchs(setting, platform as Platform, host)).toThrow(/Invalid architecture/);
    } else {
      expect([...parseArchs(setting, platform as Platform, host)].sort()).toEqual(row.archs);
    }
  });
});

function checkSettings(golden: GoldenCase): void {
  const files = readProjectFiles(memorySource(golden.files));
  for (const [platform, expected] of Object.entries(golden.settings)) {
    if ('error' in expected) {
      expect(() => platformConfiguration(files, golden.env, platform as Platform)).toThrow();
      continue;
    }
    const ours = platformConfiguration(files, golden.env, platform as Platform);
    expect({
      build: ours.build.value,
      skip: ours.skip.value,
      enable: [...ours.enable.groups].sort(),
      archs: ours.archs.value,
      requiresPython: ours.requiresPython?.value ?? null,
    }).toEqual({
      build: expected.build,
      skip: expected.skip,
      enable: expected.enable,
      archs: expected.archs,
      requiresPython: expected.requiresPython,
    });
    const buildProblems = unmatchedSelectors('build', ours.build.value, ours.enable.groups);
    expect(buildProblems.length > 0).toBe(expected.buildSelectorError !== null);
    expect(unmatchedSelectors('skip', ours.skip.value, ours.enable.groups)).toHaveLength(
      expected.skipWarnings.length,
    );
  }
}

describe.each(goldens.cases.map((c) => [c.name, c] as const))('configuration: %s', (_name, golden) => {
  it.each(golden.runs.map((run) => [run.platform, run.archs, run.machine, run] as const))(
    '--platform %s --archs %s (machine %s)',
    (platform, archs, machine, run) => {
      const ours = outcome(() =>
        printBuildIdentifiers(
          readProjectFiles(memorySource(golden.files)),
          golden.env,
          platform as Platform,
          {
            archs,
            machine: { os: 'linux', machine: machine ?? 'x86_64' },
          },
        ),
      );
      expect(ours).toEqual(run.exit === 0 ? { identifiers: run.identifiers } : { error: true });
    },
  );

  if (golden.runs.every((run) => run.exit === 0)) {
    it('resolves the settings and checks the selectors as cibuildwheel does', () => checkSettings(golden));
  }
});
