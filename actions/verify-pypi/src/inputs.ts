import {
  getBooleanInput,
  getChoiceInput,
  getInput,
  getIntegerInput,
  getListInput,
  InputError,
} from '../../../packages/action-kit/index.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerProxyCredentials, resolveIndexUrls } from '../../../packages/pypi/index.js';
import { registerUrlCredentials } from '../../../packages/secrets/index.js';
import {
  sigstoreStandInUrl,
  standInTrustRoot,
  type TrustRootSource,
} from '../../../packages/attestations/index.js';
import {
  parseSmokeShell,
  VerifyError,
  type ProvenanceOptions,
  type VerifyOptions,
} from '../../../packages/verify/index.js';

const DOWNLOAD_MODES = ['all', 'installed', 'none'] as const;
const PROVENANCE_MODES = ['auto', 'true', 'false'] as const;

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
    ...readProvenance(tempDir),
  };
}

/** The provenance inputs: mode, the expected publisher (this run's by default) and the trust root. */
function readProvenance(tempDir: string | undefined): { provenance?: ProvenanceOptions } {
  const mode = getChoiceInput('verify-provenance', PROVENANCE_MODES, 'auto');
  if (mode === 'false') return {};
  const repository = getInput('expected-repository') || process.env['GITHUB_REPOSITORY'] || '';
  // GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/release.yml@refs/heads/main
  const workflowRef = /\/\.github\/workflows\/([^@/]+)@/.exec(process.env['GITHUB_WORKFLOW_REF'] ?? '');
  const workflow = getInput('expected-workflow') || workflowRef?.[1] || '';
  const missing = !repository
    ? 'Input expected-repository is empty and GITHUB_REPOSITORY is not set: name the repository (owner/name) whose workflow published the release'
    : !workflow
      ? 'Input expected-workflow is empty and GITHUB_WORKFLOW_REF is not set: name the workflow file that published the release, e.g. release.yml'
      : null;
  if (missing && mode === 'true') throw new InputError(missing);
  const trustRoot = trustRootSource(tempDir);
  return {
    provenance: {
      mode: mode === 'true' ? 'on' : 'auto',
      publisher: { repository, workflow },
      createVerifier: async () => {
        if (missing) throw new VerifyError(`the index serves provenance for this release, but ${missing}`);
        const { createAttestationVerifier, loadTrustedRoot } =
          await import('../../../packages/attestations/index.js');
        return createAttestationVerifier(await loadTrustedRoot(trustRoot));
      },
    },
  };
}

/** Where the Sigstore trust root comes from: the input, a stand-in, or the public-good instance by TUF. */
function trustRootSource(tempDir: string | undefined): TrustRootSource {
  const given = getInput('trusted-root');
  if (/^https?:\/\//.test(given)) return { kind: 'url', url: given };
  if (given) return { kind: 'file', path: given };
  const standIn = sigstoreStandInUrl();
  if (standIn) return standInTrustRoot(standIn);
  return { kind: 'public-good', cacheDir: join(tempDir ?? tmpdir(), 'sigstore-tuf') };
}
