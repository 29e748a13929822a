import {
  getBooleanInput,
  getChoiceInput,
  getInput,
  getIntegerInput,
  getListInput,
} from '../../../packages/action-kit/index.js';
import { registerProxyCredentials, resolveIndexUrls } from '../../../packages/pypi/index.js';
import { registerUrlCredentials } from '../../../packages/secrets/index.js';
import { parseSmokeShell, type VerifyOptions } from '../../../packages/verify/index.js';

const DOWNLOAD_MODES = ['all', 'installed', 'none'] as const;

/** Reads and checks every input once; the errors name the input and what it accepts. */
export function readSettings(): Omit<VerifyOptions, 'log'> {
  // Before anything is printed: index and proxy credentials, in every form pip or a server may echo.
  registerProxyCredentials(process.env);
  const repositoryUrl = getInput('repository-url') || 'https://upload.pypi.org/legacy/';
  registerUrlCredentials(repositoryUrl);
  const extraIndexUrls = getListInput('extra-index-url', { commas: true }).flatMap((item) =>
    item.split(/\s+/),
  );
  extraIndexUrls.forEach((url) => registerUrlCredentials(url));
  const manifest = getInput('manifest');
  const name = getInput('name');
  const version = getInput('version');
  const smokeCommand = getInput('smoke-command');
  const tempDir = process.env['RUNNER_TEMP'];
  return {
    urls: resolveIndexUrls(repositoryUrl, 'repository-url'),
    ...(name ? { name } : {}),
    ...(version ? { version } : {}),
    // Relative paths stay as written (the runner starts actions in the workspace), so messages show them so.
    ...(manifest ? { manifest } : { packagesDir: getInput('packages-dir') || 'dist' }),
    timeoutMs: getIntegerInput('timeout', 900, { min: 0 }) * 1000,
    intervalMs: getIntegerInput('interval', 10, { min: 1 }) * 1000,
    download: getChoiceInput('download', DOWNLOAD_MODES, 'all'),
    installCheck: getBooleanInput('install-check', true),
    python: getInput('python'),
    importNames: getListInput('import-names', { commas: true }),
    ...(smokeCommand ? { smokeCommand } : {}),
    smokeShell: parseSmokeShell(getInput('smoke-shell'), process.platform),
    smokeTimeoutMs: getIntegerInput('smoke-timeout', 600, { min: 0 }) * 1000,
    extraIndexUrls,
    checkLatest: getBooleanInput('check-latest', true),
    ...(tempDir ? { tempDir } : {}),
  };
}
