import { registerSecret } from './secrets.js';
import { useStdoutStream } from './stdout.js';

/** The runner gives this job no OIDC token; the message says why and shows the fix. */
export class OidcUnavailableError extends Error {
  override readonly name = 'OidcUnavailableError';
}

/** Whether this run is a pull request from a fork, where GitHub never hands out OIDC tokens or secrets. */
export function isForkPullRequest(event: { name: string; payload: unknown }): boolean {
  if (!['pull_request', 'pull_request_target'].includes(event.name)) return false;
  const payload = event.payload as { pull_request?: { head?: { repo?: { fork?: boolean } } } } | undefined;
  return payload?.pull_request?.head?.repo?.fork === true;
}

/** Explains a missing OIDC token request environment in one line, with the fix. */
export function oidcUnavailableMessage(forkPullRequest: boolean): string {
  if (forkPullRequest) {
    return 'Trusted publishing is refused for pull requests from forks: GitHub gives them no OIDC token. Publish from a push or release workflow in the repository itself.';
  }
  // Outside GitHub Actions (a local rehearsal) there is no OIDC at all: the token is the way there.
  return "Trusted publishing needs an OIDC token and this job can get none: set the `password` input to an API token (user `__token__`), or publish from a GitHub workflow whose job has `permissions: id-token: write` and is registered as a trusted publisher of the project on the index (PyPI: the project's Settings → Publishing).";
}

/**
 * The runner's OIDC token for `audience`, from GitHub's token service through @actions/core's client.
 * @actions/core is imported here, on first use, so actions that never publish do not pay for loading it.
 */
export async function getIdToken(audience: string, forkPullRequest = false): Promise<string> {
  if (!process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] || !process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']) {
    throw new OidcUnavailableError(oidcUnavailableMessage(forkPullRequest));
  }
  useStdoutStream(); // @actions/core writes there too
  const core = await import('@actions/core');
  const token = await core.getIDToken(audience);
  registerSecret(token);
  return token;
}

/** The audience Sigstore's Fulcio takes OIDC tokens for. */
export const SIGSTORE_AUDIENCE = 'sigstore';

/** The runner's OIDC token for Sigstore (audience `sigstore`): what signs PEP 740 attestations. */
export function getSigstoreIdToken(forkPullRequest = false): Promise<string> {
  return getIdToken(SIGSTORE_AUDIENCE, forkPullRequest);
}
