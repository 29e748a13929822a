/** Error answers as GitHub gives them (status, headers, and a body of the description's basic-error shape). */

/** One HTTP answer of the stand-in. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const DOCS = 'https://docs.github.com/rest';

/** 404, as GitHub answers for a repository or run the token cannot see. */
export function notFound(): Reply {
  return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
}

/** 410 for something that existed and is gone (an expired artifact). */
export function gone(): Reply {
  return { status: 410, body: { message: 'Artifact has expired', documentation_url: DOCS, status: '410' } };
}

/** 401 for a token GitHub does not know (revoked, expired, or a typo). */
export function badCredentials(): Reply {
  return { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS, status: '401' } };
}

/** 401 for a request without any token. */
export function requiresAuthentication(): Reply {
  return {
    status: 401,
    body: { message: 'Requires authentication', documentation_url: DOCS, status: '401' },
  };
}

/** 403 for a token without the permission an endpoint needs. */
export function notAccessible(): Reply {
  return {
    status: 403,
    body: { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' },
  };
}

/** GitHub's secondary rate limit: 403 with Retry-After (seconds), or without it ("wait at least a minute"). */
export function secondaryRateLimit(retryAfterSeconds?: number): Reply {
  return {
    status: 403,
    headers: retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:1111:2222:3333.',
      documentation_url:
        'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403',
    },
  };
}

/** The primary rate limit is used up until `resetEpochSeconds`. */
export function primaryRateLimit(resetEpochSeconds: number): Reply {
  return {
    status: 403,
    headers: {
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '1000',
      'x-ratelimit-reset': String(resetEpochSeconds),
    },
    body: {
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit',
      status: '403',
    },
  };
}

/** A 5xx from GitHub's front end (502 and 503 come in bursts during incidents). */
export function serverError(status = 502): Reply {
  return { status, body: { message: 'Server Error', status: String(status) } };
}
