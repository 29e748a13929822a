import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionCandidates } from './action-lookup.js';
import { runCli } from './cli.js';
import type { CliOutput } from './output.js';

function capture(): CliOutput & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (text: string) => {
      io.stdout += text;
    },
    err: (text: string) => {
      io.stderr += text;
    },
  };
  return io;
}

const work = mkdtempSync(join(tmpdir(), 'cli-unit-'));
const action = join(work, 'echo');
mkdirSync(action);
writeFileSync(
  join(action, 'action.yml'),
  'name: echo\ndescription: d\ninputs:\n  greeting: { description: g }\n  who: { description: w }\nruns: { using: node20, main: main.cjs }\n',
);
writeFileSync(join(action, 'main.cjs'), 'console.log(`hi ${process.env.INPUT_GREETING}`);\n');
const broken = join(work, 'broken');
mkdirSync(broken);
writeFileSync(join(broken, 'action.yml'), 'name: broken\nruns: { using: node20 }\n');
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('help', () => {
  it.each([
    [['--help'], 'Usage: release-actions <command>'],
    [['help'], 'Usage: release-actions <command>'],
    [['index', '--help'], 'Usage: release-actions index <subcommand>'],
    [['help', 'index'], 'Usage: release-actions index <subcommand>'],
    [['index', 'serve', '--help'], 'Usage: release-actions index serve [options]'],
    [['index', 'serve', '--port', '1', '-h'], 'Usage: release-actions index serve [options]'],
    [['help', 'index', 'serve'], 'Usage: release-actions index serve [options]'],
    [['run', '--help'], 'Usage: release-actions run <action> [options]'],
    [['help', 'run'], 'Usage: release-actions run <action> [options]'],
  ])('%j prints its help and exits 0', async (args, first) => {
    const io = capture();
    expect(await runCli(args, io)).toBe(0);
    expect(io.stdout.startsWith(first)).toBe(true);
    expect(io.stderr).toBe('');
  });

  it('lists every command, and shows the main help with exit 2 when none is given', async () => {
    const io = capture();
    expect(await runCli([], io)).toBe(2);
    expect(io.stdout).toMatch(/ {2}index serve +Serve a local PyPI-compatible index/);
    expect(io.stdout).toMatch(/ {2}run <action> +Run a bundled action locally/);
    const index = capture();
    expect(await runCli(['index'], index)).toBe(2);
    expect(index.stdout).toMatch(/\n {2}serve +Serve a local/);
  });
});

describe('a bad command line is one line on stderr and exit 2', () => {
  it.each([
    [['frob'], "unknown command 'frob'; try 'release-actions --help'"],
    [['help', 'frob'], "help: no command 'frob'; try 'release-actions --help'"],
    [['index', 'up'], "index: unknown subcommand 'up'; try 'release-actions index --help'"],
    [
      ['index', 'serve', '--bogus'],
      "index serve: unknown option '--bogus'; see 'release-actions index serve --help'",
    ],
    [
      ['index', 'serve', 'now'],
      "index serve: unexpected argument 'now'; see 'release-actions index serve --help'",
    ],
    [
      ['index', 'serve', '--port', '-1'],
      "--port: '-1' is not a port number from 0 to 65535 (0 picks a free one)",
    ],
    [
      ['index', 'serve', '--port=-1'],
      "--port: '-1' is not a port number from 0 to 65535 (0 picks a free one)",
    ],
    [['index', 'serve', '--port', 'abc'], "--port: 'abc' is not a port number from 0 to 65535"],
    [['index', 'serve', '--port', '70000'], "--port: '70000' is not a port number from 0 to 65535"],
    [
      ['index', 'serve', '--port'],
      '--port: needs a value: a port number from 0 to 65535 (0 picks a free one)',
    ],
    [['index', 'serve', '--host', ''], "--host: '' is not a host name or IP address"],
    [['index', 'serve', '--storage', ''], "--storage: '' is not a directory"],
    [['index', 'serve', '--token', ''], '--token: the token must not be empty'],
    [
      ['index', 'serve', '--max-file-size', '0'],
      "--max-file-size: '0' is not a size of at least 1 byte, e.g. 100MiB",
    ],
    [
      ['index', 'serve', '--max-file-size', 'lots'],
      "--max-file-size: 'lots' is not a size of at least 1 byte",
    ],
    [['index', 'serve', '--faults', 'rate=3'], '--faults: rate must be a number between 0 and 1'],
    [
      ['index', 'serve', '--visibility-delay', '-5'],
      "--visibility-delay: '-5' is not a whole number of milliseconds",
    ],
    [
      ['index', 'serve', '--trusted-publishers', '/nonexistent.json'],
      '--trusted-publishers: cannot read /nonexistent.json as JSON',
    ],
    [['index', 'serve', '--oidc-audience', ' '], "--oidc-audience: ' ' is not an audience name (not empty)"],
    [['index', 'serve', '--simple-formats', 'xml'], "--simple-formats: 'xml' is not both, html or json"],
    [
      ['index', 'serve', '--max-uploads', '0'],
      "--max-uploads: '0' is not a whole number of uploads from 1 to 10000",
    ],
    [
      ['index', 'serve', '--idle-timeout', '-1'],
      "--idle-timeout: '-1' is not a number of seconds above 0, e.g. 60",
    ],
    [['index', 'serve', '--quiet=yes'], '--quiet: takes no value'],
    [['run'], "run: give exactly one action, e.g. 'release-actions run compute-dev-version'"],
    [['run', action, action], "run: give exactly one action, e.g. 'release-actions run compute-dev-version'"],
    [['run', './nowhere'], "run: no action './nowhere' (looked for action.yml in "],
    [['run', action, '--bogus'], "run: unknown option '--bogus'; see 'release-actions run --help'"],
    [
      ['run', action, '--input', 'greting=hi'],
      `--input: ${action} has no input 'greting'; it takes greeting, who`,
    ],
    [
      ['run', action, '--input', 'greeting'],
      "--input: 'greeting' is not name=value, with a name the action declares",
    ],
    [['run', action, '--env', '=x'], "--env: '=x' is not NAME=value"],
    [
      ['run', action, '--ref', 'main'],
      "--ref: 'main' is not a full ref, e.g. refs/heads/main or refs/tags/v1.0.0",
    ],
    [['run', action, '--sha', 'abc123'], "--sha: 'abc123' is not a full commit SHA (40 hex digits, or 64)"],
    [['run', action, '--event', 'Push!'], "--event: 'Push!' is not an event name, e.g. push or release"],
    [
      ['run', action, '--event-payload', join(work, 'none.json')],
      `--event-payload: cannot read ${join(work, 'none.json')} as JSON`,
    ],
    [
      ['run', action, '--workspace', join(work, 'none')],
      `--workspace: '${join(work, 'none')}' is not an existing directory`,
    ],
    [['run', action, '--timeout', '0'], "--timeout: '0' is not a number of seconds above 0"],
    [['run', action, '--node', join(work, 'no-node')], `--node: '${join(work, 'no-node')}' was not found`],
    [['run', action, '--debug=1'], '--debug: takes no value'],
  ])('%j', async (args, message) => {
    const io = capture();
    expect(await runCli(args, io, { cwd: work, env: {} })).toBe(2);
    expect(io.stderr).toContain(`release-actions: ${message}`);
    expect(io.stderr.startsWith(`release-actions: ${message}`)).toBe(true);
    expect(io.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('lists each place it looked for an unknown action once', () => {
    const here = join(work, 'dist', 'cli');
    expect(actionCandidates('no-such-action', work, here)).toEqual([
      join(work, 'dist', 'no-such-action'),
      join(work, 'no-such-action'),
    ]);
  });
});

describe('running failed is one line on stderr and exit 1', () => {
  it('when the index cannot listen or cannot write its storage, leaving no temporary storage behind', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as AddressInfo;
    const file = join(work, 'a-file');
    writeFileSync(file, '');
    const cases: Array<[string[], string]> = [
      [
        ['--port', String(port)],
        `port ${port} on 127.0.0.1 is already in use; choose another with --port (0 picks a free one)`,
      ],
      [
        ['--port', '0', '--host', '192.0.2.1'],
        'cannot listen on host 192.0.2.1: no such local address; use --host 127.0.0.1',
      ],
      [
        ['--port', '0', '--storage', join(file, 'index')],
        `storage directory ${join(file, 'index')} is not writable (ENOTDIR); choose another with --storage`,
      ],
    ];
    // A private temporary directory shows whether any temporary storage is left behind.
    const privateTmp = join(work, 'tmp');
    mkdirSync(privateTmp);
    try {
      for (const [args, message] of cases) {
        const io = capture();
        expect(
          await runCli(['index', 'serve', '--quiet', ...args], io, { cwd: work, tempDir: privateTmp }),
        ).toBe(1);
        expect(io.stderr).toBe(`release-actions: ${message}\n`);
        expect(io.stdout).toBe('');
      }
    } finally {
      busy.close();
    }
    expect(readdirSync(privateTmp)).toEqual([]);
  });

  it('when the action’s own action.yml is broken', async () => {
    const io = capture();
    expect(await runCli(['run', broken], io, { cwd: work })).toBe(1);
    expect(io.stderr).toBe(
      `release-actions: ${join(broken, 'action.yml')}: runs.using and runs.main are required for a JavaScript action\n`,
    );
  });
});
