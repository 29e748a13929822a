/** The pip command lines of the install check, built as argument arrays (never through a shell). */
import { compareVersions, parseVersion } from '../pep440/index.js';
import type { IndexUrls } from '../pypi/index.js';

/** `--report` (the JSON installation report) arrived in pip 22.2. */
export const REPORT_MIN_PIP = '22.2';

/**
 * Settings that could add sources or pre-releases, dropped when the package under test is installed or
 * resolved: it must come from the index alone, and a plain install must mean plain. Transport settings
 * (certificates, timeouts, proxies) are kept.
 */
const SOURCE_SETTINGS = [
  'PIP_INDEX_URL',
  'PIP_EXTRA_INDEX_URL',
  'PIP_FIND_LINKS',
  'PIP_NO_INDEX',
  'PIP_PRE',
  'PIP_CONSTRAINT',
  'PIP_REQUIREMENT',
  'PIP_ONLY_BINARY',
  'PIP_NO_BINARY',
  'PIP_PREFER_BINARY',
  'PIP_UPGRADE',
  'PIP_FORCE_REINSTALL',
  'PIP_IGNORE_INSTALLED',
  'PIP_TARGET',
  'PIP_PREFIX',
  'PIP_USER',
  'PIP_REQUIRE_VIRTUALENV',
];

/** Variables that would make the venv's Python import from elsewhere (any case: Windows ignores it). */
const FOREIGN_PYTHON = new Set(['PYTHONHOME', 'PYTHONPATH']);

/** The environment every pip run gets: no prompts, no version nag, no user site, ASCII-safe output. */
export function pipEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept = Object.entries(env).filter(([name]) => !FOREIGN_PYTHON.has(name.toUpperCase()));
  return {
    ...Object.fromEntries(kept),
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
    PIP_NO_INPUT: '1',
    PYTHONIOENCODING: 'utf-8',
  };
}

/**
 * Python's `os.devnull` on `platform`. pip skips every configuration file only when PIP_CONFIG_FILE equals
 * exactly that string: `nul` on Windows, where node's `os.devNull` (`\\.\nul`) would leave them in force.
 */
export function pythonNullDevice(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'nul' : '/dev/null';
}

/** `pipEnv` without pip's configuration files and without any source setting from the environment. */
export function isolatedPipEnv(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): NodeJS.ProcessEnv {
  const dropped = new Set([...SOURCE_SETTINGS, 'PIP_CONFIG_FILE']);
  const out = Object.fromEntries(
    Object.entries(pipEnv(env)).filter(([name]) => !dropped.has(name.toUpperCase())),
  );
  out['PIP_CONFIG_FILE'] = pythonNullDevice(platform);
  return out;
}

/** The simple index URL as pip needs it: with the credentials the repository URL carried, if any. */
export function pipIndexUrl(urls: IndexUrls): string {
  if (!urls.auth) return urls.simple;
  const url = new URL(urls.simple);
  url.username = encodeURIComponent(urls.auth.username);
  url.password = encodeURIComponent(urls.auth.password);
  return url.href;
}

/** `--trusted-host` for every plain-http index: pip ignores those otherwise (localhost aside). */
export function trustedHostArgs(indexUrls: readonly string[]): string[] {
  const hosts = new Set<string>();
  for (const text of indexUrls) {
    const url = URL.canParse(text) ? new URL(text) : null;
    if (url?.protocol === 'http:') hosts.add(url.host);
  }
  return [...hosts].flatMap((host) => ['--trusted-host', host]);
}

/**
 * The requirements file of step 1: the exact version, and every release file's sha256 as the only hashes
 * pip may accept, so pip checks the file it downloads against the release's bytes, not the index's word.
 */
export function hashedRequirement(requirement: string, sha256s: readonly string[]): string {
  return `${[requirement, ...sha256s.map((sha256) => `--hash=sha256:${sha256}`)].join(' ')}\n`;
}

/** Step 1: the package alone, from the index alone, never from a cache, in hash-checking mode. */
export function packageInstallArgs(
  requirementFile: string,
  indexUrl: string,
  reportPath: string | null,
): string[] {
  return [
    '-m',
    'pip',
    'install',
    '--no-cache-dir',
    '--no-deps',
    '--require-hashes',
    '--index-url',
    indexUrl,
    ...trustedHostArgs([indexUrl]),
    ...(reportPath ? ['--report', reportPath] : []),
    '-r',
    requirementFile,
  ];
}

/**
 * Step 2: its dependencies, from the index and `extraIndexUrls`. The package is already installed, so pip
 * only adds what it needs; pip's own cache applies here (setup-python's `cache: pip` can restore it).
 */
export function dependencyInstallArgs(
  requirement: string,
  indexUrl: string,
  extraIndexUrls: readonly string[],
): string[] {
  return [
    '-m',
    'pip',
    'install',
    '--index-url',
    indexUrl,
    ...extraIndexUrls.flatMap((url) => ['--extra-index-url', url]),
    ...trustedHostArgs([indexUrl, ...extraIndexUrls]),
    requirement,
  ];
}

/** check-latest: what a plain `pip install <project>` would pick from the index, resolved but not installed. */
export function plainResolveArgs(project: string, indexUrl: string, reportPath: string): string[] {
  return [
    '-m',
    'pip',
    'install',
    '--dry-run',
    '--ignore-installed',
    '--no-deps',
    '--no-cache-dir',
    '--quiet',
    '--index-url',
    indexUrl,
    ...trustedHostArgs([indexUrl]),
    '--report',
    reportPath,
    project,
  ];
}

/** The version in `pip --version` output (`pip 23.0.1 from …`), or null. */
export function parsePipVersion(output: string): string | null {
  const match = /^pip (\S+)/m.exec(output);
  return match?.[1] && parseVersion(match[1]) ? match[1] : null;
}

/** True when this pip writes installation reports. */
export function supportsReport(pipVersion: string | null): boolean {
  return pipVersion !== null && compareVersions(pipVersion, REPORT_MIN_PIP) >= 0;
}

/** pip's hash-checking failure as one line: the URL it downloaded and the sha256 it got. */
function hashMismatchLine(output: string): string | null {
  if (!output.includes('DO NOT MATCH THE HASHES')) return null;
  const url = /^\s*\S+ from (\S+)/m.exec(output)?.[1];
  const got = /^\s*Got\s+([0-9a-f]{64})/m.exec(output)?.[1];
  if (!url || !got) return null;
  return `${url} has sha256 ${got.slice(0, 12)}…, which is none of the release's files`;
}

/**
 * The line of pip's output that says what went wrong: a hash that matched none of the release's files, else
 * its last `ERROR:` line, else its last line.
 */
export function pipErrorLine(output: string): string {
  const mismatch = hashMismatchLine(output);
  if (mismatch) return mismatch;
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const errors = lines.filter((line) => line.startsWith('ERROR:'));
  return (errors[errors.length - 1] ?? lines[lines.length - 1] ?? 'no output').replace(/^ERROR:\s*/, '');
}
