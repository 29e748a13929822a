/** Runs setuptools_scm 7.1 (Debian's /usr/bin/python3) on many checkouts in one Python process. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GIT_ENV } from './history.js';

/** One question for setuptools_scm. */
export interface OracleCase {
  root: string;
  scheme: string;
  prefix: string | null;
  /** Leave out tags on HEAD, as a dev build does. */
  excludeHeadTags: boolean;
}

/** setuptools_scm's answer: a version (raw and normalized) or the error it raised. */
export type OracleAnswer = ({ version: string; normalized: string } | { error: string }) & {
  /** Tags on HEAD that setuptools_scm reads as versions. */
  headVersionTags?: string[];
};

const SCRIPT = fileURLToPath(new URL('./scm_oracle.py', import.meta.url));

/** Asks setuptools_scm about all cases at once. */
export function askSetuptoolsScm(cases: OracleCase[]): Promise<OracleAnswer[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      '/usr/bin/python3',
      [SCRIPT],
      { env: GIT_ENV, maxBuffer: 1 << 28 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`setuptools_scm oracle failed: ${stderr}`));
        else resolve(JSON.parse(stdout) as OracleAnswer[]);
      },
    );
    child.stdin?.end(JSON.stringify(cases));
  });
}
