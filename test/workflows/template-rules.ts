/**
 * The promises a release workflow template makes, checked on GitHub's own parse of it: the gate guards every
 * job before it, publishing waits for the gate, every job holds only the permissions its steps use, and
 * every action from outside the suite is pinned by commit. Each rule returns one line per broken promise.
 */
import type { WorkflowCheck } from '../support/workflows.js';

/** A step as the parser reads it. */
export interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

/** A job as the parser reads it. */
export interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: string | Record<string, string>;
  environment?: string | { name?: string; url?: string };
  steps?: Step[];
}

/** An action of this suite as templates reference it: `org/release-actions/<name>@v1`. */
export const SUITE_USES = /^org\/release-actions\/([a-z-]+)@v1$/;
const PINNED_USES = /^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/;

/** The jobs of a parsed workflow by id. */
export function jobsOf(check: WorkflowCheck): Record<string, Job> {
  return (check.document['jobs'] ?? {}) as Record<string, Job>;
}

/** A job's `needs` as a list. */
export function needsOf(job: Job): string[] {
  if (job.needs === undefined) return [];
  return Array.isArray(job.needs) ? job.needs : [job.needs];
}

/** The suite action a step runs (`publish-pypi`), or null. */
export function suiteAction(step: Step): string | null {
  return SUITE_USES.exec(step.uses ?? '')?.[1] ?? null;
}

/** The steps of a job that run the suite action `action`. */
function usesIn(job: Job, action: string): Step[] {
  return (job.steps ?? []).filter((step) => suiteAction(step) === action);
}

/** Jobs that run after `id`: those needing it, directly or through others. */
export function downstreamOf(jobs: Record<string, Job>, id: string): Set<string> {
  const after = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [name, job] of Object.entries(jobs)) {
      if (after.has(name) || !needsOf(job).some((need) => need === id || after.has(need))) continue;
      after.add(name);
      grew = true;
    }
  }
  return after;
}

/** Exactly one gate job, run `if: always()`, needing every job that does not come after it. */
export function gateProblems(check: WorkflowCheck): string[] {
  const jobs = jobsOf(check);
  const gates = Object.keys(jobs).filter((id) => usesIn(jobs[id] as Job, 'gate-all-jobs').length > 0);
  if (gates.length !== 1) return [`expected one job running gate-all-jobs, found ${gates.length}`];
  const gate = gates[0] as string;
  const job = jobs[gate] as Job;
  const problems: string[] = [];
  if (job.if !== 'always()') problems.push(`${gate}: if must be always(), is ${job.if ?? 'unset'}`);
  const after = downstreamOf(jobs, gate);
  const unguarded = Object.keys(jobs).filter(
    (id) => id !== gate && !after.has(id) && !needsOf(job).includes(id),
  );
  if (unguarded.length > 0) problems.push(`${gate}: does not need ${unguarded.join(', ')}`);
  const step = usesIn(job, 'gate-all-jobs')[0];
  if (step?.with?.['jobs'] !== '${{ toJSON(needs) }}')
    problems.push(`${gate}: jobs must be \${{ toJSON(needs) }}`);
  return problems;
}

/** Every job that uploads to an index needs the gate itself, runs in an environment, and only if it should. */
export function publishProblems(check: WorkflowCheck): string[] {
  const jobs = jobsOf(check);
  const gate = Object.keys(jobs).find((id) => usesIn(jobs[id] as Job, 'gate-all-jobs').length > 0);
  const publishers = Object.entries(jobs).filter(([, job]) => usesIn(job, 'publish-pypi').length > 0);
  if (publishers.length === 0) return ['no job runs publish-pypi'];
  return publishers.flatMap(([id, job]) => {
    const problems: string[] = [];
    if (!gate || !needsOf(job).includes(gate)) problems.push(`${id}: does not need the gate`);
    const environment = typeof job.environment === 'string' ? job.environment : job.environment?.name;
    if (!environment) problems.push(`${id}: runs in no environment`);
    if (!job.if?.includes('should-publish')) problems.push(`${id}: if does not check should-publish`);
    return problems;
  });
}

/** The permissions a step needs, by what it runs and with which inputs. */
export function stepPermissions(step: Step): Record<string, string> {
  const uses = step.uses ?? '';
  if (uses.startsWith('actions/checkout@')) return { contents: 'read' };
  const inputs = step.with ?? {};
  switch (suiteAction(step)) {
    case 'publish-pypi':
      return inputs['password'] ? {} : { 'id-token': 'write' };
    case 'gate-all-jobs':
      return inputs['wait-for'] ? { actions: 'read', checks: 'read', statuses: 'read' } : {};
    case 'collect-artifacts':
      return inputs['run-id'] || inputs['github-token'] ? { actions: 'read' } : {};
    default:
      return {};
  }
}

/** A workflow that grants nothing, and jobs that each ask for exactly what their steps use. */
export function permissionProblems(check: WorkflowCheck): string[] {
  const problems: string[] = [];
  const top = check.document['permissions'];
  if (typeof top !== 'object' || top === null || Object.keys(top).length > 0) {
    problems.push(`workflow: permissions must be {}, is ${JSON.stringify(top)}`);
  }
  for (const [id, job] of Object.entries(jobsOf(check))) {
    if (typeof job.permissions !== 'object') {
      problems.push(`${id}: must list its permissions, has ${JSON.stringify(job.permissions)}`);
      continue;
    }
    const needed = Object.assign({}, ...(job.steps ?? []).map(stepPermissions)) as Record<string, string>;
    const sorted = (record: Record<string, string>) => JSON.stringify(Object.entries(record).sort());
    if (sorted(job.permissions) !== sorted(needed)) {
      problems.push(`${id}: permissions ${sorted(job.permissions)}, its steps use ${sorted(needed)}`);
    }
  }
  return problems;
}

/** Every `uses:` line of the text with its trailing comment (the version a pin claims). */
export function usesLines(text: string): Array<{ uses: string; comment: string; line: number }> {
  return text.split('\n').flatMap((line, index) => {
    const match = /^\s*(?:-\s+)?uses:\s*([^\s#]+)\s*(?:#\s*(.*))?$/.exec(line);
    return match ? [{ uses: match[1] as string, comment: (match[2] ?? '').trim(), line: index + 1 }] : [];
  });
}

/**
 * Suite actions by `org/release-actions/<name>@v1`; every other action pinned by a full commit, with a
 * comment naming the version that `pins` (action → [version, commit]) records for that commit.
 */
export function pinProblems(text: string, pins: ReadonlyMap<string, readonly [string, string]>): string[] {
  return usesLines(text).flatMap(({ uses, comment, line }) => {
    if (uses.startsWith('./') || SUITE_USES.test(uses)) return [];
    if (uses.includes('release-actions/'))
      return [`line ${line}: ${uses} is not org/release-actions/<name>@v1`];
    if (!PINNED_USES.test(uses)) return [`line ${line}: ${uses} is not pinned by a full commit`];
    const [action, commit] = uses.split('@') as [string, string];
    const pin = pins.get(action.split('/').slice(0, 2).join('/'));
    if (!pin) return [`line ${line}: ${action} is not in the pin table`];
    if (pin[1] !== commit)
      return [`line ${line}: ${action}@${commit} is not the recorded ${pin[0]} (${pin[1]})`];
    if (comment !== pin[0])
      return [`line ${line}: ${action} pin says "# ${comment}", the commit is ${pin[0]}`];
    return [];
  });
}

/** The pin table of action-templates/README.md: action → [version, commit]. */
export function parsePinTable(markdown: string): Map<string, readonly [string, string]> {
  const rows = markdown.matchAll(
    /^\|\s*`([\w.-]+\/[\w.-]+)`\s*\|\s*(v[\w.-]+)\s*\|\s*`([0-9a-f]{40})`\s*\|$/gm,
  );
  return new Map([...rows].map((row) => [row[1] as string, [row[2] as string, row[3] as string] as const]));
}
