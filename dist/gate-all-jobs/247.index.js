export const id = 247;
export const ids = [247];
export const modules = {

/***/ 4247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateApi: () => (/* binding */ gateApi),
  shouldWait: () => (/* binding */ shouldWait)
});

// EXTERNAL MODULE: ./packages/action-kit/log.ts
var log = __webpack_require__(2678);
// EXTERNAL MODULE: ./packages/action-kit/stdout.ts
var stdout = __webpack_require__(5025);
;// CONCATENATED MODULE: ./packages/action-kit/github.ts


/**
 * An Octokit client from @actions/github (API base, proxy settings, user agent as GitHub's own actions
 * have them) with Octokit's retry plugin (5xx and network failures) and throttling plugin (Retry-After,
 * secondary and primary rate limits). Imported on first use: the chunk, undici included, loads only in
 * actions that call GitHub's API.
 */
async function createGithubClient(options) {
    (0,stdout/* useStdoutStream */.d)(); // @actions/* may write there too
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 1758)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
    ]);
    const unit = options.waitUnitMs ?? 1000;
    const notify = (kind) => (retryAfter, request, _octokit, retries) => options.onRateLimit({
        kind,
        retryAfterSeconds: retryAfter,
        retries,
        method: request.method,
        url: request.url,
    });
    const octokit = getOctokit(options.token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        ...(options.userAgent ? { userAgent: options.userAgent } : {}),
        // Octokit logs through these; only the message goes on, redacted like every line action-kit writes.
        log: {
            debug: (message) => (0,log/* debug */.Yz)(message),
            info: (message) => (0,log/* debug */.Yz)(message),
            warn: (message) => (0,log/* warning */.$e)(message),
            error: (message) => (0,log/* warning */.$e)(message),
        },
        retry: { retries: options.retries ?? 2, retryAfterBaseValue: unit },
        throttle: {
            onRateLimit: notify('primary'),
            onSecondaryRateLimit: notify('secondary'),
            retryAfterBaseValue: unit,
        },
    }, retry, throttling);
    return {
        request: (route, parameters) => octokit.request(route, parameters),
        paginate: (route, parameters) => octokit.paginate(route, parameters),
    };
}

// EXTERNAL MODULE: ./packages/job-gate/github-api.ts
var github_api = __webpack_require__(8706);
;// CONCATENATED MODULE: ./actions/gate-all-jobs/src/client.ts


const MAX_RATE_LIMIT_RETRIES = 5;
/** Whether to wait as GitHub asks: only a few times per request, and never past the gate's own deadline. */
function shouldWait(notice, deadline, now = Date.now()) {
    return notice.retries < MAX_RATE_LIMIT_RETRIES && now + notice.retryAfterSeconds * 1000 < deadline;
}
function rateLimitLine(notice, waiting) {
    const what = notice.kind === 'secondary' ? "GitHub's secondary rate limit" : "GitHub's hourly rate limit";
    const request = `${notice.method} ${new URL(notice.url, 'https://api.github.com').pathname}`;
    return waiting
        ? `${what} on ${request}: waiting ${notice.retryAfterSeconds} s, as GitHub asks`
        : `${what} on ${request}: GitHub asks for ${notice.retryAfterSeconds} s, more than the gate has left (or tried too often); giving up on this request`;
}
/** The gate's view of GitHub's API for this run, through @actions/github with retries and rate limits honoured. */
async function gateApi(github, deadline) {
    const client = await createGithubClient({
        token: github.token,
        baseUrl: github.apiUrl,
        userAgent: 'release-actions/gate-all-jobs',
        onRateLimit: (notice) => {
            const waiting = shouldWait(notice, deadline);
            (0,log/* info */.pq)(rateLimitLine(notice, waiting));
            return waiting;
        },
    });
    return (0,github_api/* githubGateApi */.x)(client, github.target);
}


/***/ }),

/***/ 8706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ githubGateApi)
/* harmony export */ });
/* unused harmony export apiError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5899);

/** A GateApi over GitHub's REST API through an Octokit client (pagination by its Link headers). */
function githubGateApi(client, target) {
    const repo = { owner: target.owner, repo: target.repo };
    const call = async (what, permission, fn) => {
        try {
            return await fn();
        }
        catch (error) {
            throw apiError(error, what, permission);
        }
    };
    const list = (route, parameters) => client.paginate(route, { ...repo, per_page: 100, ...parameters });
    return {
        runId: target.runId,
        getRunAttempt: (runId, attempt) => call(`workflow run ${runId} attempt ${attempt}`, 'actions: read', async () => {
            const route = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}';
            const parameters = { ...repo, run_id: runId, attempt_number: attempt, exclude_pull_requests: true };
            return (await client.request(route, parameters)).data;
        }),
        listJobs: (attempt) => call(`the jobs of run ${target.runId} attempt ${attempt}`, 'actions: read', () => list('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', {
            run_id: target.runId,
            attempt_number: attempt,
        })),
        listCheckRuns: (sha) => call(`the check runs of ${sha}`, 'checks: read', () => list('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ref: sha, filter: 'all' })),
        listStatuses: (sha) => call(`the commit statuses of ${sha}`, 'statuses: read', () => list('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ref: sha })),
        listWorkflowRuns: (sha) => call(`the workflow runs of ${sha}`, 'actions: read', () => list('GET /repos/{owner}/{repo}/actions/runs', {
            head_sha: sha,
            exclude_pull_requests: true,
        })),
    };
}
/** GitHub's own words for a failed request: the body's message, else the error's. */
function serverMessage(error) {
    const data = error.response?.data;
    const message = data?.message;
    if (typeof message === 'string')
        return message;
    // Octokit appends " - <documentation URL>" to the message; the URL adds nothing to a one-line error.
    return error instanceof Error ? error.message.replace(/ - https?:\/\/\S*$/, '') : String(error);
}
/** One line for a failed API call, with the fix; transient when trying again later may help. */
function apiError(error, what, permission) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateApiError */ .W)
        return error;
    const status = error.status;
    const message = serverMessage(error);
    if (status === 401) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateApiError */ .W(`GitHub refused github-token reading ${what} (401 ${message}): pass a valid token, or leave github-token unset to use the run's GITHUB_TOKEN.`, false);
    }
    if ((status === 403 || status === 429) && /rate limit/i.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateApiError */ .W(`GitHub's rate limit stopped reading ${what} (${status} ${message})`, true);
    }
    if (status === 403) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateApiError */ .W(`GitHub denied reading ${what} (403 ${message}): give the gate job \`permissions: ${permission}\`, or a github-token that has it.`, false);
    }
    if (status === 404) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateApiError */ .W(`GitHub has no ${what} (404 ${message}): the token must be able to read this repository, and GITHUB_REPOSITORY, GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT must be this run's.`, false);
    }
    if (typeof status === 'number' && status < 500) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateApiError */ .W(`GitHub refused reading ${what} (${status} ${message}).`, false);
    }
    const code = typeof status === 'number' ? `${status} ` : '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateApiError */ .W(`Reading ${what} failed (${code}${message})`, true);
}


/***/ })

};
