export const id = 411;
export const ids = [411];
export const modules = {

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


/***/ }),

/***/ 8792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ALLOW_LIST_INPUTS: () => (/* reexport */ policy/* ALLOW_LIST_INPUTS */.Fq),
  GateApiError: () => (/* reexport */ errors/* GateApiError */.W),
  GateInputError: () => (/* reexport */ errors/* GateInputError */.a),
  RESULTS: () => (/* reexport */ results/* RESULTS */.P),
  STRICT_POLICY: () => (/* reexport */ results/* STRICT_POLICY */.n),
  decide: () => (/* reexport */ decide),
  gateReport: () => (/* reexport */ gateReport),
  githubGateApi: () => (/* reexport */ github_api/* githubGateApi */.x),
  parseNameList: () => (/* reexport */ names/* parseNameList */.H),
  parseNeeds: () => (/* reexport */ needs/* parseNeeds */.j),
  runGate: () => (/* reexport */ runGate)
});

// EXTERNAL MODULE: ./packages/job-gate/glob.ts
var glob = __webpack_require__(1390);
;// CONCATENATED MODULE: ./packages/job-gate/decide.ts

/**
 * The gate's whole rule. Green only when there is something to judge and every entry is green: a
 * success, or a failure, cancellation or skip its allow-list names. A skip that is not allowed is red,
 * because GitHub counts a skipped job as passed and a gate must not. When every entry was skipped,
 * nothing was tested at all: red unless allow-all-skipped says that is fine (allowed-skips cannot).
 */
function decide(entries, policy) {
    const allSkipped = entries.length > 0 && entries.every((entry) => entry.result === 'skipped');
    const verdicts = entries.map((entry) => {
        const names = [entry.name, ...(entry.aliases ?? [])];
        const allowedBy = (list) => (0,glob/* selectedBy */.B8)(list.map(glob/* compilePattern */.Eb), names);
        const judge = (green, allowed, why) => ({ ...entry, green, allowed, why });
        switch (entry.result) {
            case 'success':
                return judge(true, false, 'succeeded');
            case 'failure':
                return allowedBy(policy.allowedFailures)
                    ? judge(true, true, 'failed, allowed by allowed-failures')
                    : judge(false, false, 'failed');
            case 'cancelled':
                return allowedBy(policy.allowedCancels)
                    ? judge(true, true, 'cancelled, allowed by allowed-cancels')
                    : judge(false, false, 'cancelled');
            case 'skipped':
                if (allSkipped) {
                    return policy.allowAllSkipped
                        ? judge(true, true, 'skipped like every other job, allowed by allow-all-skipped')
                        : judge(false, false, 'skipped like every other job: nothing was tested');
                }
                return allowedBy(policy.allowedSkips)
                    ? judge(true, true, 'skipped, allowed by allowed-skips')
                    : judge(false, false, 'skipped, and a skip is no success');
        }
    });
    const green = verdicts.length > 0 && verdicts.every((verdict) => verdict.green);
    return { result: green ? 'success' : 'failure', verdicts };
}

// EXTERNAL MODULE: ./packages/job-gate/errors.ts
var errors = __webpack_require__(5899);
;// CONCATENATED MODULE: ./packages/job-gate/evaluate.ts


const entryOf = (item) => ({
    name: item.name,
    result: item.state === 'pending' ? 'success' : item.state,
    aliases: item.aliases,
});
/** Judges `items`: which are guarded by `patterns` (all of them when `patterns` is null), and how they stand. */
function evaluate(items, patterns, policy) {
    const role = (item) => {
        if (item.self)
            return 'self';
        return patterns === null || (0,glob/* selectedBy */.B8)(patterns, [item.name, ...item.aliases]) ? 'guarded' : 'unguarded';
    };
    const roles = items.map((item) => ({ item, role: role(item) }));
    const guarded = roles.filter((entry) => entry.role === 'guarded').map((entry) => entry.item);
    const finished = guarded.filter((item) => item.state !== 'pending');
    const pending = guarded.filter((item) => item.state === 'pending');
    // Unfinished items counted as successes: a red that shows even then is red whatever they come to.
    const decision = decide([...finished, ...pending].map(entryOf), policy);
    // decide() keeps the order, so the first verdicts are those of `finished`.
    const verdicts = new Map(decision.verdicts.slice(0, finished.length).map((verdict, index) => [finished[index], verdict]));
    // ... unless every finished item was skipped: the rest may be skipped too, and allow-all-skipped pass them all.
    const mayAllSkip = policy.allowAllSkipped && finished.every((item) => item.state === 'skipped');
    return {
        judged: roles.map(({ item, role }) => ({ item, role, verdict: verdicts.get(item) ?? null })),
        pending,
        unmatched: unmatchedPatterns(patterns ?? [], guarded),
        decision,
        finalReds: mayAllSkip && pending.length > 0 ? [] : decision.verdicts.filter((verdict) => !verdict.green),
    };
}
function unmatchedPatterns(patterns, guarded) {
    return patterns
        .filter((p) => !p.negated && !guarded.some((item) => (0,glob/* patternMatches */.eJ)(p, [item.name, ...item.aliases])))
        .map((p) => p.source);
}
/** Compiles wait-for patterns. */
function compilePatterns(sources) {
    return sources.map(glob/* compilePattern */.Eb);
}

// EXTERNAL MODULE: ./packages/job-gate/policy.ts
var policy = __webpack_require__(242);
;// CONCATENATED MODULE: ./packages/job-gate/items.ts
/** `needs`-style result of a check run or job conclusion; unknown or unfinished-looking ones fail closed. */
function resultOfConclusion(status, conclusion) {
    if (status !== 'completed')
        return 'pending';
    switch (conclusion) {
        case 'success':
            return 'success';
        case 'cancelled':
            return 'cancelled';
        // GitHub treats both as "did not fail"; the gate treats both as "did not prove anything".
        case 'skipped':
        case 'neutral':
            return 'skipped';
        default: // failure, timed_out, action_required, stale, startup_failure, and anything new
            return 'failure';
    }
}
/** `needs`-style result of a commit status state. */
function resultOfStatus(state) {
    if (state === 'pending')
        return 'pending';
    return state === 'success' ? 'success' : 'failure';
}
/** The id of the gate's own job among `jobs`, or null when it cannot be told apart. */
function findSelf(jobs, identity) {
    const running = jobs.filter((job) => job.status !== 'completed');
    const byRunner = identity.runnerName
        ? running.filter((job) => job.runner_name === identity.runnerName)
        : [];
    const [onRunner] = byRunner;
    if (byRunner.length === 1 && onRunner)
        return onRunner.id;
    const byKey = identity.jobKey ? running.filter((job) => job.name === identity.jobKey) : [];
    const [named] = byKey;
    return byKey.length === 1 && named ? named.id : null;
}
/** Items for the jobs of this run's current attempt. */
function jobItems(jobs, selfId) {
    return jobs.map((job) => {
        const workflow = job.workflow_name ?? '';
        return {
            kind: 'job',
            name: job.name,
            aliases: workflow ? [workflow, `${workflow} / ${job.name}`] : [],
            state: resultOfConclusion(job.status, job.conclusion),
            detail: job.conclusion ?? job.status,
            url: job.html_url,
            replaced: 0,
            self: job.id === selfId,
        };
    });
}
/** Keeps the newest of each group by `key` (latest `time`, then highest id), counting what it replaced. */
function newestBy(items, key, time) {
    const at = (item) => Date.parse(time(item) ?? '') || 0;
    const newer = (a, b) => at(a) > at(b) || (at(a) === at(b) && a.id > b.id);
    const groups = new Map();
    for (const item of items) {
        const group = groups.get(key(item));
        if (!group)
            groups.set(key(item), { newest: item, replaced: 0 });
        else
            groups.set(key(item), {
                newest: newer(item, group.newest) ? item : group.newest,
                replaced: group.replaced + 1,
            });
    }
    return [...groups.values()];
}
/**
 * Items for check runs (the gate's own run's already left out): the newest per workflow and name, so a
 * re-run replaces the old result.
 */
function checkRunItems(checkRuns, workflowOf) {
    const display = (run) => {
        const workflow = workflowOf(run);
        return workflow ? `${workflow} / ${run.name}` : run.name;
    };
    return newestBy(checkRuns, display, (run) => run.started_at).map(({ newest, replaced }) => {
        const workflow = workflowOf(newest);
        return {
            kind: 'check-run',
            name: display(newest),
            aliases: workflow ? [newest.name, workflow] : [],
            state: resultOfConclusion(newest.status, newest.conclusion),
            detail: newest.conclusion ?? newest.status,
            url: newest.html_url,
            replaced,
            self: false,
        };
    });
}
/** Items for the commit statuses: the newest per context. */
function statusItems(statuses) {
    return newestBy(statuses, (status) => status.context, (status) => status.created_at).map(({ newest, replaced }) => ({
        kind: 'status',
        name: newest.context,
        aliases: [],
        state: resultOfStatus(newest.state),
        detail: newest.state,
        url: newest.target_url,
        replaced,
        self: false,
    }));
}

;// CONCATENATED MODULE: ./packages/job-gate/snapshot.ts

const attemptsUpTo = (attempt) => Array.from({ length: attempt }, (_, index) => index + 1);
/** The gate's run as of `attempt`: commit and workflow from that attempt, the check suites of every attempt. */
async function loadRunContext(api, attempt) {
    const attempts = await Promise.all(attemptsUpTo(attempt).map((n) => api.getRunAttempt(api.runId, n)));
    const current = attempts[attempts.length - 1];
    if (!current)
        throw new Error(`attempt must be 1 or more, got ${attempt}`);
    const suites = attempts.map((run) => run.check_suite_id).filter((id) => id !== undefined);
    return {
        sha: current.head_sha,
        ownSuiteIds: new Set(suites),
        workflow: current.name ?? '',
        workflowId: current.workflow_id,
        attempt,
    };
}
/**
 * Check suites of workflow runs on the commit, asked for only when a check run names a suite not seen
 * before. A re-run's earlier attempts have check suites of their own that the listing does not show (it
 * gives each run's latest attempt), so those attempts are asked for too, once each.
 */
class CheckSuites {
    run;
    suites = new Map();
    asked = new Set();
    attemptsRead = new Set();
    constructor(run) {
        this.run = run;
    }
    /** What is known of each suite after learning any in `suiteIds` not asked about before. */
    async lookup(api, suiteIds) {
        const unknown = suiteIds.filter((id) => !this.asked.has(id));
        if (unknown.length === 0)
            return this.suites;
        const runs = (await api.listWorkflowRuns(this.run.sha)).filter((run) => run.id !== api.runId);
        for (const run of runs)
            this.learn(run, run);
        await Promise.all(runs.map((run) => this.learnEarlierAttempts(api, run)));
        for (const id of unknown)
            this.asked.add(id); // other apps' suites have no workflow run; ask once
        return this.suites;
    }
    async learnEarlierAttempts(api, run) {
        const earlier = attemptsUpTo((run.run_attempt ?? 1) - 1).filter((n) => !this.attemptsRead.has(`${run.id}/${n}`));
        for (const n of earlier)
            this.attemptsRead.add(`${run.id}/${n}`);
        const attempts = await Promise.all(earlier.map((n) => api.getRunAttempt(run.id, n)));
        for (const attempt of attempts)
            this.learn(attempt, run);
    }
    learn(attempt, run) {
        if (attempt.check_suite_id === undefined)
            return;
        const sibling = run.workflow_id === this.run.workflowId;
        this.suites.set(attempt.check_suite_id, { workflow: run.name ?? '', sibling });
    }
}
/** One look at GitHub: three listings at once, then the workflow runs behind any new check suites. */
async function takeSnapshot(api, run, identity, checkSuites) {
    const [jobs, checkRuns, statuses] = await Promise.all([
        api.listJobs(run.attempt),
        api.listCheckRuns(run.sha),
        api.listStatuses(run.sha),
    ]);
    const suiteOf = (check) => check.check_suite?.id ?? -1;
    const unowned = checkRuns.filter((check) => !run.ownSuiteIds.has(suiteOf(check)));
    const suites = await checkSuites.lookup(api, [...new Set(unowned.map(suiteOf))]);
    // Other runs of this workflow on the commit have gates of their own; each guards its own run.
    const others = unowned.filter((check) => !suites.get(suiteOf(check))?.sibling);
    const workflowOf = (check) => suites.get(suiteOf(check))?.workflow || undefined;
    const selfId = findSelf(jobs, identity);
    return {
        items: [...jobItems(jobs, selfId), ...checkRunItems(others, workflowOf), ...statusItems(statuses)],
        selfFound: selfId !== null,
    };
}

;// CONCATENATED MODULE: ./packages/job-gate/gate.ts




/** The items of `needs` entries. */
function needsItems(entries) {
    return entries.map((entry) => ({
        kind: 'needs',
        name: entry.name,
        aliases: [],
        state: entry.result,
        detail: entry.result,
        url: null,
        replaced: 0,
        self: false,
    }));
}
/**
 * The gate: judges `needs` at once, then (with wait-for) looks at GitHub until everything guarded has
 * finished, a red settles it (fail-fast), a pattern finds nothing in time, or the timeout passes.
 */
async function runGate(settings, api, clock, onEvent = () => { }) {
    const needs = settings.needs ? evaluate(needsItems(settings.needs), null, settings.policy) : null;
    const base = { needs, api: null, run: null };
    if (needs && settings.waitFor.length === 0)
        return settle(settings, base);
    if (needs && settings.failFast && needs.finalReds.length > 0)
        return { ...base, result: 'failure', stop: { kind: 'fail-fast' } };
    if (!api)
        throw new Error('wait-for needs a GitHub API client');
    const polled = await poll(settings, api, clock, onEvent);
    const outcome = { ...base, api: polled.evaluation, run: polled.run };
    return polled.stop.kind === 'decided'
        ? settle(settings, outcome)
        : { ...outcome, result: 'failure', stop: polled.stop };
}
/** The final answer once everything guarded has finished: both parts green, every allow-list entry used. */
function settle(settings, outcome) {
    const parts = [outcome.needs, outcome.api].filter((part) => part !== null);
    const guarded = parts.flatMap((part) => part.judged.filter((j) => j.role === 'guarded').map((j) => j.item));
    const unmatched = (0,policy/* unmatchedAllowances */.r$)(settings.policy, guarded);
    if (unmatched.length > 0) {
        const message = (0,policy/* unmatchedAllowancesError */.l6)(unmatched, guarded).message;
        return { ...outcome, result: 'failure', stop: { kind: 'allowances', message } };
    }
    const green = parts.every((part) => part.decision.result === 'success');
    return { ...outcome, result: green ? 'success' : 'failure', stop: { kind: 'decided' } };
}
/** Looks at GitHub again and again, backing off, until something settles the gate. */
async function poll(settings, api, clock, onEvent) {
    const patterns = compilePatterns(settings.waitFor);
    const started = clock.now();
    let run = null;
    let checkSuites = null;
    let evaluation = null;
    let lastError = null;
    let interval = settings.pollIntervalMs;
    for (let round = 1;; round += 1) {
        try {
            if (!run) {
                run = await loadRunContext(api, settings.attempt);
                onEvent({ type: 'run', run });
            }
            checkSuites ??= new CheckSuites(run);
            const snapshot = await takeSnapshot(api, run, settings.identity, checkSuites);
            evaluation = evaluate(snapshot.items, patterns, settings.policy);
            lastError = null;
            onEvent({ type: 'look', round, evaluation, selfFound: snapshot.selfFound });
            const stop = stopReason(settings, evaluation, clock.now() - started);
            if (stop)
                return { evaluation, run, stop };
        }
        catch (error) {
            if (!(error instanceof errors/* GateApiError */.W) || !error.transient)
                throw error;
            lastError = error.message;
            onEvent({ type: 'retrying', message: error.message });
        }
        const left = started + settings.timeoutMs - clock.now();
        if (left <= 0)
            return { evaluation, run, stop: { kind: 'timeout', seconds: settings.timeoutMs / 1000, lastError } };
        const untilDiscovery = started + settings.discoveryTimeoutMs - clock.now();
        const wait = Math.min(interval, left, evaluation?.unmatched.length && untilDiscovery > 0 ? untilDiscovery : Infinity);
        onEvent({ type: 'waiting', ms: wait });
        await clock.sleep(wait);
        interval = Math.min(interval * 1.5, settings.maxPollIntervalMs);
    }
}
/** Why to stop after a look, or null to look again. */
function stopReason(settings, evaluation, elapsedMs) {
    if (settings.failFast && evaluation.finalReds.length > 0)
        return { kind: 'fail-fast' };
    if (evaluation.unmatched.length > 0) {
        if (elapsedMs < settings.discoveryTimeoutMs)
            return null;
        return {
            kind: 'undiscovered',
            patterns: evaluation.unmatched,
            seconds: settings.discoveryTimeoutMs / 1000,
        };
    }
    if (evaluation.pending.length === 0)
        return { kind: 'decided' };
    return null;
}

// EXTERNAL MODULE: ./packages/job-gate/github-api.ts
var github_api = __webpack_require__(8706);
// EXTERNAL MODULE: ./packages/job-gate/names.ts
var names = __webpack_require__(802);
// EXTERNAL MODULE: ./packages/job-gate/needs.ts
var needs = __webpack_require__(7831);
;// CONCATENATED MODULE: ./packages/job-gate/report.ts
function row(judged, stop) {
    const { item, role, verdict } = judged;
    const base = { kind: item.kind, name: item.name, result: item.detail, url: item.url };
    const replaced = item.replaced > 0 ? ` (newest of ${item.replaced + 1})` : '';
    if (role === 'self')
        return { ...base, counts: 'ignored', why: 'the gate itself' };
    if (role === 'unguarded')
        return { ...base, counts: 'not guarded', why: 'no wait-for pattern names it' };
    if (!verdict) {
        const why = stop.kind === 'decided' ? 'unfinished' : `unfinished when the gate stopped (${stopWords(stop)})`;
        return { ...base, counts: 'waiting', why };
    }
    const counts = !verdict.green ? 'red' : verdict.allowed ? 'allowed' : 'green';
    return { ...base, counts, why: `${verdict.why}${replaced}` };
}
function stopWords(stop) {
    switch (stop.kind) {
        case 'fail-fast':
            return 'fail-fast';
        case 'timeout':
            return `timeout ${stop.seconds} s`;
        case 'undiscovered':
            return `discovery-timeout ${stop.seconds} s`;
        default:
            return stop.kind;
    }
}
const listed = (names, limit = 5) => names.length > limit
    ? `${names.slice(0, limit).join(', ')} and ${names.length - limit} more`
    : names.join(', ');
const PAST_TENSE = {
    failure: 'failed',
    error: 'errored',
    timed_out: 'timed out',
    action_required: 'needs action',
    startup_failure: 'failed to start',
};
/** `wheel (3) failed`, `docs cancelled`, `ci/appveyor errored`. */
const redWords = (row) => `${row.name} ${PAST_TENSE[row.result] ?? row.result.replace(/_/g, ' ')}`;
/** The one-line summary (the `summary` output and the error line). */
function summaryLine(outcome, rows) {
    const reds = rows.filter((r) => r.counts === 'red').map(redWords);
    const waiting = rows.filter((r) => r.counts === 'waiting').map((r) => r.name);
    const guarded = rows.filter((r) => ['green', 'red', 'allowed', 'waiting'].includes(r.counts)).length;
    const allowed = rows.filter((r) => r.counts === 'allowed').length;
    const { stop } = outcome;
    if (outcome.result === 'success')
        return `All ${guarded} guarded jobs, checks and statuses are green${allowed ? ` (${allowed} allowed)` : ''}.`;
    if (stop.kind === 'allowances')
        return stop.message;
    if (stop.kind === 'undiscovered') {
        const patterns = stop.patterns.map((p) => JSON.stringify(p)).join(', ');
        return `wait-for ${stop.patterns.length > 1 ? 'patterns' : 'pattern'} ${patterns} matched no job, check run or status within ${stop.seconds} s (discovery-timeout): check the names${reds.length ? `; red: ${listed(reds)}` : ''}.`;
    }
    if (stop.kind === 'timeout') {
        const error = stop.lastError ? ` Last error: ${stop.lastError}.` : '';
        return `Timed out after ${stop.seconds} s${waiting.length ? ` waiting for ${listed(waiting)}` : ''}${reds.length ? `; red: ${listed(reds)}` : ''}.${error}`;
    }
    if (reds.length === 0)
        return 'Nothing to judge: no job, check run or status is guarded.';
    const more = stop.kind === 'fail-fast' && waiting.length > 0 ? ` (fail-fast: ${waiting.length} not waited for)` : '';
    return `${reds.length} red: ${listed(reds)}${more}.`;
}
/** The report of an outcome: every item considered as a row, the reds, and one line. */
function gateReport(outcome) {
    const judged = [...(outcome.needs?.judged ?? []), ...(outcome.api?.judged ?? [])];
    const rows = judged.map((entry) => row(entry, outcome.stop));
    const failed = rows
        .filter((r) => r.counts === 'red' || (r.counts === 'waiting' && outcome.result === 'failure'))
        .map((r) => ({ name: r.name, result: r.counts === 'red' ? r.result : 'unfinished', why: r.why }));
    if (outcome.stop.kind === 'undiscovered') {
        for (const pattern of outcome.stop.patterns)
            failed.push({
                name: pattern,
                result: 'missing',
                why: `no job, check run or status matched within ${outcome.stop.seconds} s`,
            });
    }
    return { result: outcome.result, summary: summaryLine(outcome, rows), failed, rows };
}

// EXTERNAL MODULE: ./packages/job-gate/results.ts
var results = __webpack_require__(7824);
;// CONCATENATED MODULE: ./packages/job-gate/index.ts
/**
 * job-gate: whether a release may go on. Mode 1 judges `${{ toJSON(needs) }}` with one rule (decide.ts);
 * mode 2 polls GitHub — this run's jobs, the commit's check runs and statuses — through an injected
 * client and clock until everything guarded has finished. No runner knowledge.
 */











/***/ })

};
