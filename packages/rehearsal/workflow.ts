/**
 * A workflow template as GitHub reads it: parsed and converted by the official @actions/workflow-parser, so the
 * job graph, `needs` and each `if:` (with its implied `success()`) are GitHub's own reading, never a copy.
 */
import {
  convertWorkflowTemplate,
  isBasicExpression,
  isLiteral,
  isMapping,
  isSequence,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';

/** A value of the workflow as plain data; expressions stay as `${{ … }}` strings. */
export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/** One step: what it runs, and its condition as the parser completed it. */
export interface WorkflowStep {
  /** The step's `id`, or the parser's generated one (`__actions_checkout`). */
  id: string;
  name: string | null;
  /** The full condition, e.g. `success() && matrix.qemu`. */
  if: string;
  uses: string | null;
  run: string | null;
  shell: string | null;
  workingDirectory: string | null;
  with: Record<string, Plain>;
  env: Record<string, Plain>;
  /** `continue-on-error:` as written (a failed step then leaves its job green). */
  continueOnError: Plain;
}

/** One job, in the order the file lists them. */
export interface WorkflowJob {
  id: string;
  /** `name:` as written (it may hold expressions), or null. */
  name: Plain;
  needs: string[];
  /** The full condition, e.g. `success()` when the file gives none. */
  if: string;
  /** `strategy.matrix` as written, or null. */
  matrix: Plain;
  env: Record<string, Plain>;
  outputs: Record<string, Plain>;
  /** `environment:` as written (a name, or `{ name, url }`), or null. */
  environment: Plain;
  permissions: Plain;
  /** `timeout-minutes:` as written, or null for GitHub's 360. */
  timeoutMinutes: Plain;
  steps: WorkflowStep[];
  /** `uses:` of a job that calls a reusable workflow (which a rehearsal cannot play), else null. */
  calls: string | null;
}

/** A workflow read without errors. */
export interface Workflow {
  name: string;
  env: Record<string, Plain>;
  jobs: WorkflowJob[];
}

/** The parser's errors for a workflow it cannot read. */
export class WorkflowError extends Error {
  override readonly name = 'WorkflowError';
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(problems.length > 0 ? problems.join('; ') : `${file}: not a workflow`);
  }
}

/** A parser token as plain data: mappings, sequences and literals as themselves, expressions as `${{ … }}`. */
export function plainToken(token: TemplateToken): Plain {
  if (isMapping(token))
    return Object.fromEntries(
      [...token].map((pair) => [String(plainToken(pair.key)), plainToken(pair.value)]),
    );
  if (isSequence(token)) return [...token].map(plainToken);
  if (isBasicExpression(token)) return `\${{ ${token.expression} }}`;
  if (isLiteral(token)) return token.toJSON() as Plain;
  return token.toString();
}

const record = (value: Plain | undefined): Record<string, Plain> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};

const text = (value: Plain | undefined): string | null =>
  value === undefined || value === null ? null : String(value);

/** `defaults.run` of a workflow or job: the shell and directory of its `run` steps that name none. */
interface RunDefaults {
  shell: string | null;
  workingDirectory: string | null;
}

/** `raw`'s `defaults.run` over `outer`'s: a job's defaults win over the workflow's, as GitHub reads them. */
function runDefaults(raw: Record<string, Plain>, outer: RunDefaults): RunDefaults {
  const run = record(record(raw['defaults'])['run']);
  return {
    shell: text(run['shell']) ?? outer.shell,
    workingDirectory: text(run['working-directory']) ?? outer.workingDirectory,
  };
}

function readStep(
  raw: Record<string, Plain>,
  id: string,
  condition: string,
  defaults: RunDefaults,
): WorkflowStep {
  const run = text(raw['run']);
  // Defaults only ever apply to `run` steps.
  const fallback = run === null ? { shell: null, workingDirectory: null } : defaults;
  return {
    id,
    name: text(raw['name']),
    if: condition,
    uses: text(raw['uses']),
    run,
    shell: text(raw['shell']) ?? fallback.shell,
    workingDirectory: text(raw['working-directory']) ?? fallback.workingDirectory,
    with: record(raw['with']),
    env: record(raw['env']),
    continueOnError: raw['continue-on-error'] ?? false,
  };
}

/** Reads workflow `content` (named `file` in errors); throws WorkflowError with the parser's errors. */
export async function readWorkflow(content: string, file: string): Promise<Workflow> {
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  const template = parsed.value ? await convertWorkflowTemplate(parsed.context, parsed.value) : null;
  const problems = [
    ...new Set([
      ...parsed.context.errors.getErrors().map((error) => error.message),
      ...(template?.errors ?? []).map((error) => error.Message),
    ]),
  ];
  if (!template || !parsed.value || problems.length > 0) throw new WorkflowError(file, problems);
  const document = record(plainToken(parsed.value));
  const rawJobs = record(document['jobs']);
  const workflowDefaults = runDefaults(document, { shell: null, workingDirectory: null });
  const jobs = template.jobs.map((job): WorkflowJob => {
    const id = job.id.value;
    const raw = record(rawJobs[id]);
    const rawSteps = Array.isArray(raw['steps']) ? raw['steps'] : [];
    const steps = 'steps' in job ? job.steps : [];
    const defaults = runDefaults(raw, workflowDefaults);
    return {
      id,
      name: raw['name'] ?? null,
      needs: (job.needs ?? []).map((need) => need.value),
      if: job.if.expression,
      matrix: record(raw['strategy'])['matrix'] ?? null,
      env: record(raw['env']),
      outputs: record(raw['outputs']),
      environment: raw['environment'] ?? null,
      permissions: raw['permissions'] ?? null,
      timeoutMinutes: raw['timeout-minutes'] ?? null,
      calls: job.type === 'reusableWorkflowJob' ? job.ref.value : null,
      steps: steps.map((step, index) =>
        readStep(record(rawSteps[index]), step.id, step.if?.expression ?? 'success()', defaults),
      ),
    };
  });
  return { name: text(document['name']) ?? file, env: record(document['env']), jobs };
}
