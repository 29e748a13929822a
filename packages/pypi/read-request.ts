/** GET for the read APIs: retried on network errors, 429 and 5xx; credentials from the index URL; cache-busting. */
import { basicAuthorization } from './auth.js';
import { defaultHttpClient } from './default-client.js';
import { NetworkError } from './errors.js';
import type { HttpClient, HttpResponse } from './http-client.js';
import type { IndexUrls } from './index-urls.js';
import { parseRetryAfter, withRetries, type RetryContext } from './retry.js';
import { responseMessage } from './upload-outcome.js';

/** Options shared by the read APIs. */
export interface ReadOptions extends RetryContext {
  client?: HttpClient;
  /**
   * Ask for a fresh answer (polling after an upload). Sends `Cache-Control: no-cache` always; on JSON API
   * URLs also adds a unique query parameter, because PyPI's CDN keys `/pypi/…` pages on their query string
   * (and caches a 404 from before the upload) but strips query strings from `/simple/…` pages, which
   * PyPI purges on upload instead.
   */
  fresh?: boolean;
  timeoutMs?: number;
}

/** Make `url` unique so that a CDN which keys on the query string misses its cache. */
export function cacheBusted(url: string): string {
  // Web Crypto, loaded on first use: importing node:crypto would cost every action's start-up.
  const bust = `${Date.now().toString(36)}${Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(4))).toString('hex')}`;
  return `${url}${url.includes('?') ? '&' : '?'}cachebust=${bust}`;
}

/** GET `url` with retries; any final response is returned (404 included), network errors thrown after the last try. */
export async function getWithRetries(
  urls: IndexUrls,
  url: string,
  headers: Record<string, string>,
  options: ReadOptions & { bustQuery?: boolean },
): Promise<HttpResponse> {
  const client = options.client ?? defaultHttpClient();
  const allHeaders: Record<string, string> = { ...headers };
  if (urls.auth) allHeaders.Authorization = basicAuthorization(urls.auth);
  if (options.fresh) allHeaders['Cache-Control'] = 'no-cache';
  const now = () => options.clock?.now() ?? Date.now();
  type Attempt = { response?: HttpResponse; error?: NetworkError };
  const { result } = await withRetries<Attempt>(
    async () => {
      const target = options.fresh && options.bustQuery ? cacheBusted(url) : url;
      try {
        return {
          response: await client.request({
            method: 'GET',
            url: target,
            headers: allHeaders,
            timeoutMs: options.timeoutMs,
          }),
        };
      } catch (err) {
        if (err instanceof NetworkError) return { error: err };
        throw err;
      }
    },
    ({ response, error }) => {
      if (error) return { retry: true, reason: error.message };
      const status = response?.status ?? 0;
      if (status === 429 || status >= 500) {
        const retryAfterMs = parseRetryAfter(response?.headers['retry-after'], now());
        const reason = `GET ${url}: ${response ? responseMessage(response) : status}`;
        return retryAfterMs === undefined ? { retry: true, reason } : { retry: true, reason, retryAfterMs };
      }
      return { retry: false };
    },
    options,
  );
  if (result.error) throw result.error;
  return result.response as HttpResponse;
}
