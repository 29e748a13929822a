import {
  getIdToken,
  getSigstoreIdToken,
  InputError,
  OidcUnavailableError,
  oidcUnavailableMessage,
  setOutput,
} from '../../../packages/action-kit/index.js';
import {
  countStatuses,
  filesOutput,
  PublishError,
  type PublishOptions,
  type PublishResult,
} from '../../../packages/publish/index.js';
import { readSettings, type Settings } from './inputs.js';
import { logProgress } from './progress.js';
import { releaseSummary, trustedPublishingSummary } from './summary.js';

function writeOutputs(result: PublishResult): void {
  const counts = countStatuses(result.files);
  setOutput('uploaded', String(counts.uploaded));
  setOutput('already-present', String(counts['already-present']));
  setOutput('files', JSON.stringify(filesOutput(result.files)));
  setOutput('attestations', JSON.stringify(result.attestations ?? {}));
}

function attestationOptions(settings: Settings): PublishOptions['attestations'] {
  const { attestations } = settings;
  if (!attestations) return undefined;
  return {
    directory: attestations.directory,
    createSigner: async () => {
      const { createAttestationSigner } = await import('../../../packages/attestations/index.js');
      return createAttestationSigner({
        fulcioUrl: attestations.fulcioUrl,
        rekorUrl: attestations.rekorUrl,
        getIdToken: () => getSigstoreIdToken(settings.forkPullRequest),
      });
    },
  };
}

/** What to do when the index turns trusted publishing away (it answered, but offers no audience). */
const USE_A_TOKEN =
  "set the `password` input to an API token (user `__token__`), or enable trusted publishing on the index (PyPI: the project's Settings → Publishing; release-actions index serve: --trusted-publishers)";

async function publish(settings: Settings): Promise<PublishResult> {
  // The index client, the archive readers and the upload load once the inputs are good.
  const [{ publishRelease }, { TrustedPublishingError }] = await Promise.all([
    import('../../../packages/publish/index.js'),
    import('../../../packages/pypi/index.js'),
  ]);
  try {
    return await publishRelease({
      source: settings.source,
      urls: settings.urls,
      credentials: settings.password
        ? { kind: 'password', ...settings.password }
        : {
            kind: 'trusted-publishing',
            getIdToken: (audience) => getIdToken(audience, settings.forkPullRequest),
          },
      dryRun: settings.dryRun,
      verifyMetadata: settings.verifyMetadata,
      skipExisting: settings.skipExisting,
      concurrency: settings.concurrency,
      extraDigests: settings.extraDigests,
      attestations: attestationOptions(settings),
      onEvent: logProgress(settings.printHash),
    });
  } catch (error) {
    if (!(error instanceof TrustedPublishingError)) throw error;
    trustedPublishingSummary(error).write();
    // Without a token the runner's own explanation, with the fix, is the whole story.
    if (error.cause instanceof OidcUnavailableError) throw new PublishError(error.cause.message);
    if (error.stage === 'audience' && (error.status === 403 || error.status === 404))
      throw new PublishError(`${error.message}; ${USE_A_TOKEN}`);
    throw error;
  }
}

/** publish-pypi: preflight every file and the index, then upload what is missing; resumable. */
export async function main(): Promise<void> {
  const settings = readSettings();
  if (!settings.password && !settings.dryRun && settings.forkPullRequest) {
    throw new InputError(oidcUnavailableMessage(true));
  }
  const result = await publish(settings);
  writeOutputs(result);
  releaseSummary(result, settings.urls).write();
  if (result.failure) throw new PublishError(result.failure);
}
