/**
 * `release-actions index repair` as a person meets it: `index serve` on a damaged journal stops with one
 * line naming the line and the command; the command (or its dry run) says what it sets aside; serve starts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliCommand, startChildIndex } from './support/child-index.js';
import { runProcess } from './support/index-helpers.js';

let work: string;

function cli(args: string[]): ReturnType<typeof runProcess> {
  const { command, args: full } = cliCommand(args);
  return runProcess(command, full, {}, 120_000);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'li-repair-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('index repair', () => {
  it('is what a damaged journal sends you to, says what it sets aside, and lets the index start', async () => {
    const storage = join(work, 'damaged');
    const served = await startChildIndex(storage);
    served.child.kill('SIGTERM');
    await served.exited;
    const journal = join(storage, 'journal.jsonl');
    await writeFile(journal, '{"op":"delete","filename":"x","time":"t"}\n{"op":"add"\n');

    const refused = await cli(['index', 'serve', '--port', '0', '--storage', storage]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `release-actions: ${journal}: line 2 is not valid JSON; the index state is damaged. Run 'release-actions index repair --storage ${storage}' to set the damage aside (the journal is kept as a copy)\n`,
    );

    const dry = await cli(['index', 'repair', '--storage', storage, '--dry-run']);
    expect([dry.code, dry.stdout]).toEqual([
      0,
      `${journal}:\n  line 2 is not valid JSON: would be set aside\n1 of 2 lines kept (dry run: nothing written)\n`,
    ]);
    const repaired = await cli(['index', 'repair', '--storage', storage]);
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toMatch(
      /^.+journal\.jsonl:\n {2}line 2 is not valid JSON: set aside\n1 of 2 lines kept; the journal as it was is kept as .+journal\.jsonl\.damaged-[\dT-]+Z\n$/,
    );
    expect((await readdir(storage)).filter((f) => f.startsWith('journal.jsonl.damaged-'))).toHaveLength(1);

    const again = await startChildIndex(storage);
    again.child.kill('SIGTERM');
    expect(await again.exited).toEqual({ code: 0, signal: null });
    expect((await cli(['index', 'repair', '--storage', storage])).stdout).toBe(
      `${journal} is sound: nothing to repair\n`,
    );
  });

  it('says in one line when there is no index to repair', async () => {
    const result = await cli(['index', 'repair', '--storage', join(work, 'nothing-here')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `release-actions: ${join(work, 'nothing-here')} holds no index journal (journal.jsonl); check --storage\n`,
    );
  });
});
