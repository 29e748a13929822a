import {
  getBooleanInput,
  getInput,
  getIntegerInput,
  getListInput,
  registerSecret,
} from '../../../packages/action-kit/index.js';
import { resolveIndexUrls } from '../../../packages/pypi/index.js';
import type { VerifyOptions } from '../../../packages/verify/index.js';

/** Masks the password of an index URL that carries one (`https://user:pass@host/simple/`). */
function maskCredentials(url: string): void {
  if (!URL.canParse(url)) return;
  const { password } = new URL(url);
  if (password) {
    registerSecret(password);
    registerSecret(decodeURIComponent(password));
  }
}

/** Reads and checks every input once; the errors name the input and what it accepts. */
export function readSettings(): Omit<VerifyOptions, 'log'> {
  const repositoryUrl = getInput('repository-url') || 'https://upload.pypi.org/legacy/';
  maskCredentials(repositoryUrl);
  const extraIndexUrls = getListInput('extra-index-url', { commas: true }).flatMap((item) =>
    item.split(/\s+/),
  );
  extraIndexUrls.forEach(maskCredentials);
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
    installCheck: getBooleanInput('install-check', true),
    python: getInput('python') || 'python3',
    importNames: getListInput('import-names', { commas: true }),
    ...(smokeCommand ? { smokeCommand } : {}),
    extraIndexUrls,
    checkLatest: getBooleanInput('check-latest', true),
    ...(tempDir ? { tempDir } : {}),
  };
}
