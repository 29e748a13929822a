/** packages/pypi: the index client — upload (legacy API, streamed), JSON and simple APIs, trusted publishing. */
export { apiTokenAuth, passwordAuth, basicAuthorization, type AuthSource, type UploadAuth } from './auth.js';
export { IndexResponseError, IndexUrlError, NetworkError, PypiError, type NetworkPhase } from './errors.js';
export { defaultHttpClient } from './default-client.js';
export { findFile, type FilePresence } from './find-file.js';
export {
  createHttpClient,
  userAgent,
  type HttpClient,
  type HttpClientOptions,
  type HttpRequest,
  type HttpResponse,
  type StreamedBody,
} from './http-client.js';
export {
  jsonApiUrl,
  resolveIndexUrls,
  simpleProjectUrl,
  type BasicAuth,
  type IndexUrls,
} from './index-urls.js';
export { fetchReleaseJson, parseReleaseJson, type ReleaseFile, type ReleaseJson } from './json-api.js';
export { multipartBody, type FormField, type MultipartBody } from './multipart.js';
export { decodeOidcClaims, type OidcClaims } from './oidc-claims.js';
export {
  bypassesProxy,
  PROXY_VARIABLES,
  proxyForUrl,
  registerProxyCredentials,
  type ProxySettings,
} from './proxy-env.js';
export { cacheBusted, type ReadOptions } from './read-request.js';
export {
  backoffDelayMs,
  DEFAULT_RETRY_POLICY,
  nextDelayMs,
  parseRetryAfter,
  systemClock,
  withRetries,
  type Clock,
  type RetryContext,
  type RetryPolicy,
  type RetryVerdict,
} from './retry.js';
export { fetchSimpleProject, parseSimpleJson, SIMPLE_ACCEPT } from './simple-api.js';
export { parseSimpleHtml } from './simple-html.js';
export type { SimpleFile, SimpleProject } from './simple-types.js';
export {
  mintToken,
  TokenSource,
  TrustedPublishingError,
  type GetIdToken,
  type MintedToken,
  type MintError,
  type MintOptions,
  type TokenSourceOptions,
} from './trusted-publishing.js';
export { uploadFile, type UploadRequest } from './upload.js';
export { classifyUploadResponse, type UploadOutcome } from './upload-outcome.js';
export {
  uploadWithRetries,
  type UploadReport,
  type UploadWithRetriesRequest,
} from './upload-with-retries.js';
