import { debug, warning } from './log.js';
import { useStdoutStream } from './stdout.js';

/** GitHub asked the client to slow down. */
export interface RateLimitNotice {
  /** `primary`: the hourly budget is spent; `secondary`: too much at once (GitHub sends Retry-After). */
  kind: 'primary' | 'secondary';
  retryAfterSeconds: number;
  /** How many times this request was already retried for a rate limit. */
  retries: number;
  method: string;
  url: string;
}

/** How to build a client. */
export interface GithubClientOptions {
  /** A token (the run's GITHUB_TOKEN or another); register it as a secret before this. */
  token: string;
  /** The REST API base; @actions/github's default is GITHUB_API_URL, which GitHub Enterprise Server sets too. */
  baseUrl?: string;
  userAgent?: string;
  /** Decides whether to wait as GitHub asks (true) or give up on the request (false). */
  onRateLimit: (notice: RateLimitNotice) => boolean;
  /** Retries of one request after a 5xx or network failure (default 2); the waits are 1, 4, 9, ... units. */
  retries?: number;
  /** The unit of every wait the plugins take, Retry-After included: one second, unless a test shortens it. */
  waitUnitMs?: number;
}

/** The Octokit methods callers use: `request` for one call, `paginate` for every page of a list. */
export interface GithubClient {
  request(route: string, parameters: Record<string, unknown>): Promise<{ status: number; data: unknown }>;
  paginate(route: string, parameters: Record<string, unknown>): Promise<unknown[]>;
}

/**
 * An Octokit client from @actions/github (API base, proxy settings, user agent as GitHub's own actions
 * have them) with Octokit's retry plugin (5xx and network failures) and throttling plugin (Retry-After,
 * secondary and primary rate limits). Imported on first use: the chunk, undici included, loads only in
 * actions that call GitHub's API.
 */
export async function createGithubClient(options: GithubClientOptions): Promise<GithubClient> {
  useStdoutStream(); // @actions/* may write there too
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const unit = options.waitUnitMs ?? 1000;
  const notify =
    (kind: RateLimitNotice['kind']) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retries: number) =>
      options.onRateLimit({
        kind,
        retryAfterSeconds: retryAfter,
        retries,
        method: request.method,
        url: request.url,
      });
  const octokit = getOctokit(
    options.token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      ...(options.userAgent ? { userAgent: options.userAgent } : {}),
      // Octokit logs through these; only the message goes on, redacted like every line action-kit writes.
      log: {
        debug: (message: string) => debug(message),
        info: (message: string) => debug(message),
        warn: (message: string) => warning(message),
        error: (message: string) => warning(message),
      },
      retry: { retries: options.retries ?? 2, retryAfterBaseValue: unit },
      throttle: {
        onRateLimit: notify('primary'),
        onSecondaryRateLimit: notify('secondary'),
        retryAfterBaseValue: unit,
      },
    },
    retry,
    throttling,
  );
  return {
    request: (route, parameters) => octokit.request(route, parameters),
    paginate: (route, parameters) => octokit.paginate(route, parameters) as Promise<unknown[]>,
  };
}
