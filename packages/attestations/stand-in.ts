/** How the actions find a Sigstore stand-in: its own module, so naming it costs an action's start-up nothing. */
import type { TrustRootSource } from './trust-root.js';

/**
 * The environment variable naming a Sigstore stand-in's base URL (release-actions index serve's
 * `<index>/_/sigstore`): publish-pypi signs there and verify-pypi takes its trust root instead of public-good's.
 */
export const SIGSTORE_URL_ENV = 'RELEASE_ACTIONS_SIGSTORE_URL';

/** The stand-in's base URL when SIGSTORE_URL_ENV names one (trailing slashes dropped), or undefined. */
export function sigstoreStandInUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[SIGSTORE_URL_ENV]?.replace(/\/+$/, '') || undefined;
}

/** The trust root a Sigstore stand-in at `baseUrl` (as sigstoreStandInUrl gives it) serves. */
export function standInTrustRoot(baseUrl: string): TrustRootSource {
  return { kind: 'url', url: `${baseUrl}/trusted_root.json` };
}
