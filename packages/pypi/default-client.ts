/** The HTTP client used when a caller passes none: one per process, so keep-alive connections are shared. */
import { createHttpClient, type HttpClient } from './http-client.js';

let shared: HttpClient | undefined;

/** The process-wide client (proxy settings read from process.env when first used). */
export function defaultHttpClient(): HttpClient {
  shared ??= createHttpClient();
  return shared;
}
