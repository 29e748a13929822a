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

/** The environment every pip run gets: no prompts, no version nag, no user site, ASCII-safe output. */
export function pipEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {
    ...env,
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
    PIP_NO_INPUT: '1',
    PYTHONIOENCODING: 'utf-8',
  };
  delete out['PYTHONHOME'];
  delete out['PYTHONPATH'];
  return out;
}

/** `pipEnv` without pip's configuration files and without any source setting from the environment. */
export function isolatedPipEnv(env: NodeJS.ProcessEnv, devNull: string): NodeJS.ProcessEnv {
  const dropped = new Set(SOURCE_SETTINGS);
  const out = Object.fromEntries(
    Object.entries(pipEnv(env)).filter(([name]) => !dropped.has(name.toUpperCase())),
  );
  // pip reads no configuration file at all when PIP_CONFIG_FILE is the null device.
  out['PIP_CONFIG_FILE'] = devNull;
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

/** Step 1: the package alone, from the index alone, never from a cache. */
export function packageInstallArgs(
  requirement: string,
  indexUrl: string,
  reportPath: string | null,
): string[] {
  return [
    '-m',
    'pip',
    'install',
    '--no-cache-dir',
    '--no-deps',
    '--index-url',
    indexUrl,
    ...trustedHostArgs([indexUrl]),
    ...(reportPath ? ['--report', reportPath] : []),
    requirement,
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

/** The line of pip's output that says what went wrong: its last `ERROR:` line, else its last line. */
export function pipErrorLine(output: string): string {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const errors = lines.filter((line) => line.startsWith('ERROR:'));
  return (errors[errors.length - 1] ?? lines[lines.length - 1] ?? 'no output').replace(/^ERROR:\s*/, '');
}
