/**
 * action-kit: the only place that speaks the GitHub runner's protocol (inputs, outputs, env, log
 * commands, job summary). It writes the protocol itself instead of loading @actions/core at start-up,
 * because that bundle alone costs more than the whole of compute-dev-version's budget; a conformance
 * test checks every piece against @actions/core. OIDC (`oidc.ts`) imports @actions/core on first use,
 * so bundles carry it as a chunk loaded only when an action asks for a token.
 */
export { escapeData, escapeProperty, formatCommand } from './commands.js';
export { addPath, exportVariable, keyValueMessage, setOutput } from './file-commands.js';
export {
  getBooleanInput,
  getChoiceInput,
  getInput,
  getIntegerInput,
  getListInput,
  inputVariable,
  InputError,
} from './inputs.js';
export { debug, error, group, info, isDebug, notice, warning, type AnnotationProperties } from './log.js';
export { failureMessage, runAction } from './run.js';
export { maskRegisteredSecrets, redact, registerSecret } from './secrets.js';
export { escapeHtml, Summary, type Cell } from './summary.js';
export {
  getIdToken,
  getSigstoreIdToken,
  isForkPullRequest,
  OidcUnavailableError,
  oidcUnavailableMessage,
  SIGSTORE_AUDIENCE,
} from './oidc.js';
export {
  createGithubClient,
  type GithubClient,
  type GithubClientOptions,
  type RateLimitNotice,
} from './github.js';
export {
  ArtifactDigestError,
  createArtifactClient,
  type ArtifactClient,
  type ListedArtifact,
  type OtherRun,
} from './artifacts.js';
