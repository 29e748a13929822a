import { createGithubClient, info, type RateLimitNotice } from '../../../packages/action-kit/index.js';
import { githubGateApi, type GateApi } from '../../../packages/job-gate/index.js';
import type { Settings } from './inputs.js';

const MAX_RATE_LIMIT_RETRIES = 5;

/** Whether to wait as GitHub asks: only a few times per request, and never past the gate's own deadline. */
export function shouldWait(notice: RateLimitNotice, deadline: number, now = Date.now()): boolean {
  return notice.retries < MAX_RATE_LIMIT_RETRIES && now + notice.retryAfterSeconds * 1000 < deadline;
}

function rateLimitLine(notice: RateLimitNotice, waiting: boolean): string {
  const what = notice.kind === 'secondary' ? "GitHub's secondary rate limit" : "GitHub's hourly rate limit";
  const request = `${notice.method} ${new URL(notice.url, 'https://api.github.com').pathname}`;
  return waiting
    ? `${what} on ${request}: waiting ${notice.retryAfterSeconds} s, as GitHub asks`
    : `${what} on ${request}: GitHub asks for ${notice.retryAfterSeconds} s, more than the gate has left (or tried too often); giving up on this request`;
}

/** The gate's view of GitHub's API for this run, through @actions/github with retries and rate limits honoured. */
export async function gateApi(github: NonNullable<Settings['github']>, deadline: number): Promise<GateApi> {
  const client = await createGithubClient({
    token: github.token,
    baseUrl: github.apiUrl,
    userAgent: 'release-actions/gate-all-jobs',
    onRateLimit: (notice) => {
      const waiting = shouldWait(notice, deadline);
      info(rateLimitLine(notice, waiting));
      return waiting;
    },
  });
  return githubGateApi(client, github.target);
}
