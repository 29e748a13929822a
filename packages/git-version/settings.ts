/**
 * The settings a version is computed with: each from an input if given, else from the project's configuration,
 * else setuptools_scm's default, and a record of where each came from for the job summary.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseVersion } from '../pep440/index.js';
import {
  DEFAULT_MATCH,
  defaultDescribe,
  DescribeCommandError,
  describeSpecFromCommand,
  type DescribeSpec,
} from './describe.js';
import { VersionError } from './errors.js';
import type { ComputeOptions } from './options.js';
import type { Configured, ProjectVersioning } from './project-config.js';
import type { ProjectFacts } from './pyproject.js';
import { isVersionScheme, VERSION_SCHEMES, type VersionScheme } from './schemes.js';
import { prefixRules, TagRegexError, tagRules, type TagRules } from './tag-rules.js';

/** Where a setting came from. */
export type SettingOrigin = 'input' | 'pyproject.toml' | 'hatch.toml' | 'default';

/** One setting as the job summary shows it. */
export interface SettingSource {
  setting: string;
  value: string;
  origin: SettingOrigin;
  /** The key or input that set it, e.g. `[tool.setuptools_scm] version_scheme`. */
  key?: string;
}

/** Everything a version is computed with. */
export interface VersionSettings {
  scheme: VersionScheme;
  localSchemes: string[];
  /** The key that set the local scheme, or null for the default. */
  localSchemeKey: string | null;
  rules: TagRules;
  /** The project's keys that shape which tags count (empty: defaults or the tag-prefix input). */
  tagKeys: string[];
  fallbackVersion: Configured<string> | null;
  parentdirPrefix: Configured<string> | null;
  /** The directory git runs in. */
  gitDir: string;
  /** setuptools_scm reads git only when this directory (from `root`) is the top of the checkout; null: any. */
  toplevel: Configured<string> | null;
  /** Where towncrier-fragments looks for the fragment directory's configuration. */
  changelogRoot: string;
  sources: SettingSource[];
}

/** Resolves inputs over the project's configuration; throws VersionError naming the input or key at fault. */
export function resolveSettings(options: ComputeOptions, project: ProjectFacts | null): VersionSettings {
  const versioning = project?.versioning ?? null;
  const origin: SettingOrigin = versioning?.file.endsWith('hatch.toml') ? 'hatch.toml' : 'pyproject.toml';
  const sources: SettingSource[] = [];
  const from = (setting: string, value: string, configured: { key: string } | undefined): void => {
    sources.push(
      configured
        ? { setting, value, origin, key: shortKey(configured.key) }
        : { setting, value, origin: 'default' },
    );
  };
  const scheme = pickScheme(options, versioning, sources, from);
  const rules = pickTagRules(options, versioning, sources, from);
  const localSchemes = versioning?.localScheme?.value ?? ['node-and-date'];
  from('local scheme (local-version only)', localSchemes.join(', '), versioning?.localScheme);
  const fallbackVersion = pickFallback(options, versioning, sources, from);
  const places = placesOf(options.cwd, versioning);
  if (versioning?.tool)
    from('git checkout', places.toplevel?.value ?? 'the checkout around it', versioning.root);
  return {
    scheme,
    localSchemes,
    localSchemeKey: versioning?.localScheme?.key ?? null,
    rules,
    tagKeys:
      options.tagPrefix !== null
        ? []
        : [versioning?.tagRegex, versioning?.tagPrefix, versioning?.tagStrict, versioning?.describeCommand]
            .filter((configured) => configured !== undefined)
            .map((configured) => configured.key),
    fallbackVersion,
    parentdirPrefix: versioning?.parentdirPrefixVersion ?? null,
    ...places,
    sources,
  };
}

type From = (setting: string, value: string, configured: { key: string } | undefined) => void;

// The key without the file's directory: the summary names the file in its origin column.
function shortKey(key: string): string {
  return key.replace(/^.*?\[/, '[');
}

function pickScheme(
  options: ComputeOptions,
  versioning: ProjectVersioning | null,
  sources: SettingSource[],
  from: From,
): VersionScheme {
  const supported = `supported: ${VERSION_SCHEMES.join(', ')}`;
  if (options.scheme !== null) {
    if (!isVersionScheme(options.scheme)) {
      throw new VersionError(
        `input scheme is '${options.scheme}', which setuptools_scm 10.2.1 does not ship; ${supported}`,
      );
    }
    sources.push({ setting: 'version scheme', value: options.scheme, origin: 'input', key: 'scheme' });
    return options.scheme;
  }
  const configured = versioning?.versionScheme;
  for (const name of configured?.value ?? []) {
    if (isVersionScheme(name)) {
      from('version scheme', name, configured);
      return name;
    }
    // setuptools_scm would take a plugin's scheme of that name from the build environment: never guess it.
    throw new VersionError(
      `${configured?.key ?? 'version_scheme'} names '${name}', which setuptools_scm 10.2.1 does not ship (a plugin's scheme?); ${supported} (or set the scheme input)`,
    );
  }
  from('version scheme', 'guess-next-dev', undefined);
  return 'guess-next-dev';
}

function pickTagRules(
  options: ComputeOptions,
  versioning: ProjectVersioning | null,
  sources: SettingSource[],
  from: From,
): TagRules {
  const command = versioning?.describeCommand;
  const strict = versioning?.tagStrict?.value ?? false;
  const glob = `${versioning?.tagPrefix?.value ?? ''}${strict ? '*[0-9]*.*[0-9]*' : DEFAULT_MATCH}`;
  let describe: DescribeSpec = defaultDescribe(glob);
  if (command) {
    try {
      describe = describeSpecFromCommand(command.value);
    } catch (error) {
      if (!(error instanceof DescribeCommandError)) throw error;
      throw new VersionError(
        `${command.key} cannot be honoured: ${error.message}; use git describe with --match/--exclude/--first-parent`,
      );
    }
  }
  if (options.tagPrefix !== null) {
    sources.push({
      setting: 'tags',
      value: `${options.tagPrefix}<version>`,
      origin: 'input',
      key: 'tag-prefix',
    });
    return prefixRules(options.tagPrefix, describe);
  }
  const regex = versioning?.tagRegex;
  from('tag regex', regex?.value || "setuptools_scm's default", regex);
  if (versioning?.tagPrefix) from('tag prefix', versioning.tagPrefix.value, versioning.tagPrefix);
  from('describe', describeText(describe), command ?? versioning?.tagPrefix ?? versioning?.tagStrict);
  try {
    return tagRules({
      regex: regex?.value,
      strip: versioning?.tagPrefix?.value,
      describe,
      keepSpelling: versioning?.normalize?.value === false,
    });
  } catch (error) {
    if (!(error instanceof TagRegexError)) throw error;
    throw new VersionError(`${regex?.key ?? 'tag_regex'} ${error.message}`);
  }
}

function describeText(spec: DescribeSpec): string {
  const parts = spec.match.map((glob) => `--match ${glob}`);
  for (const glob of spec.exclude) parts.push(`--exclude ${glob}`);
  if (spec.firstParent) parts.push('--first-parent');
  if (!spec.tags) parts.push('annotated tags only');
  return parts.length > 0 ? parts.join(' ') : 'every tag';
}

function pickFallback(
  options: ComputeOptions,
  versioning: ProjectVersioning | null,
  sources: SettingSource[],
  from: From,
): Configured<string> | null {
  if (options.fallbackVersion !== null) {
    sources.push({
      setting: 'fallback version',
      value: options.fallbackVersion,
      origin: 'input',
      key: 'fallback-version',
    });
    return { value: options.fallbackVersion, key: 'input fallback-version' };
  }
  const configured = versioning?.fallbackVersion ?? null;
  if (configured === null) return null;
  if (parseVersion(configured.value) === null) {
    throw new VersionError(
      `${configured.key} '${configured.value}' is not a PEP 440 version; use e.g. 0.0.0`,
    );
  }
  from('fallback version', configured.value, configured);
  return configured;
}

// Where setuptools_scm looks for git and for the changelog, from root (and hatch-vcs's relative_to).
function placesOf(
  cwd: string,
  versioning: ProjectVersioning | null,
): Pick<VersionSettings, 'gitDir' | 'toplevel' | 'changelogRoot'> {
  if (!versioning?.tool) return { gitDir: cwd, toplevel: null, changelogRoot: cwd };
  let base = cwd;
  let anchor: string | null = null;
  if (versioning.relativeTo) {
    anchor = resolve(cwd, versioning.relativeTo.value);
    base = isDirectory(anchor) ? anchor : dirname(anchor);
  }
  const gitDir = resolve(base, versioning.root?.value ?? '.');
  const key = versioning.root?.key ?? `${versioning.file} root (default ".")`;
  const hatch = versioning.tool === 'hatch-vcs';
  const changelogRoot = !hatch ? cwd : anchor === null ? gitDir : base;
  const toplevel = versioning.searchParentDirectories ? null : { value: gitDir, key };
  return { gitDir, toplevel, changelogRoot };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
