/** check-latest: after a dev or pre-release, a plain `pip install <project>` must still pick the newest final release. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDistFilename } from '../dists/index.js';
import { compareVersions, isPrerelease } from '../pep440/index.js';
import { runProcess } from '../process/index.js';
import type { SimpleProject } from '../pypi/index.js';
import { redact } from '../secrets/index.js';
import {
  isolatedPipEnv,
  pipErrorLine,
  plainResolveArgs,
  supportsReport,
  REPORT_MIN_PIP,
} from './pip-commands.js';
import { parsePipReport } from './pip-report.js';
import type { Venv } from './venv.js';

/** The verdict: `ok` false fails verification; `note` explains either way. */
export interface LatestReport {
  ok: boolean;
  /** What a plain pip install picks, or null when it picks nothing. */
  picked: string | null;
  /** The newest final release on the index with a file that is not yanked, or null when there is none. */
  newestFinal: string | null;
  /** A final release other than the newest was picked: allowed (requires-python, wheels for this platform), worth a warning. */
  warning?: string;
  note: string;
}

/** The newest version on the project page that is neither a pre- nor a dev release and has a file not yanked. */
export function newestFinalRelease(page: SimpleProject | null, project: string): string | null {
  let newest: string | null = null;
  for (const file of page?.files ?? []) {
    if (file.yanked) continue;
    let version: string;
    try {
      const parsed = parseDistFilename(file.filename);
      if (parsed.name !== project) continue;
      version = parsed.version;
    } catch {
      continue;
    }
    if (isPrerelease(version)) continue;
    if (newest === null || compareVersions(version, newest) > 0) newest = version;
  }
  return newest;
}

/**
 * The rule. A pre-release picked while a final release exists fails. No final release at all passes: there is
 * nothing a dev release could take the place of. A final other than the newest passes with a warning.
 */
export function judgeLatest(
  project: string,
  picked: string | null,
  newestFinal: string | null,
): LatestReport {
  const plain = `a plain 'pip install ${project}'`;
  if (newestFinal === null) {
    return {
      ok: true,
      picked,
      newestFinal,
      note: `${project} has no final release on the index yet, so ${plain} gets ${picked ?? 'nothing'}; nothing to protect`,
    };
  }
  if (picked === null) {
    return {
      ok: false,
      picked,
      newestFinal,
      note: `${plain} finds no version, though ${newestFinal} is a final release`,
    };
  }
  if (isPrerelease(picked)) {
    return {
      ok: false,
      picked,
      newestFinal,
      note: `${plain} now resolves to ${picked}, a pre-release, instead of the final release ${newestFinal}: yank ${picked} or publish a final release above it`,
    };
  }
  if (compareVersions(picked, newestFinal) !== 0) {
    const warning = `${plain} resolves to ${picked}, not the newest final release ${newestFinal} (its files may not suit this Python or platform)`;
    return { ok: true, picked, newestFinal, warning, note: warning };
  }
  return {
    ok: true,
    picked,
    newestFinal,
    note: `${plain} still resolves to ${picked}, the newest final release`,
  };
}

/** Ask pip, in `venv`, what a plain install of `project` from the index resolves to; then judge it. */
export async function checkLatest(options: {
  venv: Venv;
  indexUrl: string;
  project: string;
  simplePage: SimpleProject | null;
  env?: NodeJS.ProcessEnv;
}): Promise<LatestReport> {
  const { venv, project } = options;
  const newestFinal = newestFinalRelease(options.simplePage, project);
  if (!supportsReport(venv.pipVersion)) {
    return {
      ok: false,
      picked: null,
      newestFinal,
      note: `check-latest needs pip ${REPORT_MIN_PIP} or newer in the venv, which has ${venv.pipVersion ?? 'an unknown pip'}: use a newer Python or set check-latest: false`,
    };
  }
  const reportPath = join(venv.scratch, 'latest-report.json');
  const run = await runProcess(venv.python, plainResolveArgs(project, options.indexUrl, reportPath), {
    cwd: venv.scratch,
    env: isolatedPipEnv(options.env ?? process.env, process.platform),
  });
  let picked: string | null = null;
  if (run.code === 0) {
    picked = parsePipReport(await readFile(reportPath, 'utf8').catch(() => ''), project)?.version ?? null;
  } else if (newestFinal !== null) {
    return {
      ok: false,
      picked,
      newestFinal,
      note: redact(`a plain 'pip install ${project}' fails: ${pipErrorLine(run.stderr || run.stdout)}`),
    };
  }
  return judgeLatest(project, picked, newestFinal);
}
