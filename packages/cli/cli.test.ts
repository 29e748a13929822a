import { describe, expect, it } from '@jest/globals';
import { runCli } from './cli.js';
import { parseSize, serveOptions } from './index-serve.js';
import type { CliOutput } from './output.js';
import { formatRun } from './run-command.js';

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

describe('help', () => {
  it.each([
    [['--help'], 'Usage: release-actions <command>'],
    [['help'], 'Usage: release-actions <command>'],
    [['index', '--help'], 'Usage: release-actions index <subcommand>'],
    [['index', 'serve', '--help'], 'Usage: release-actions index serve [options]'],
    [['help', 'index', 'serve'], 'Usage: release-actions index serve [options]'],
    [['run', '--help'], 'Usage: release-actions run <action> [options]'],
    [['help', 'run'], 'Usage: release-actions run <action> [options]'],
  ])('%j prints its help and exits 0', async (args, first) => {
    const io = capture();
    expect(await runCli(args, io)).toBe(0);
    expect(io.stdout.startsWith(first)).toBe(true);
    expect(io.stderr).toBe('');
  });

  it('shows the main help with exit 2 when no command is given', async () => {
    const io = capture();
    expect(await runCli([], io)).toBe(2);
    expect(io.stdout).toContain('Commands:');
  });
});

describe('errors', () => {
  it.each([
    [['frob'], "release-actions: unknown command 'frob'; try 'release-actions --help'"],
    [['index', 'up'], "release-actions: index: unknown subcommand 'up'; try 'release-actions index --help'"],
    [['index', 'serve', '--port', 'abc'], "release-actions: --port: 'abc' is not a whole number"],
    [['index', 'serve', '--port', '70000'], 'release-actions: --port: 70000 is out of range 0-65535'],
    [['index', 'serve', '--bogus'], "release-actions: index serve: Unknown option '--bogus'"],
    [
      ['index', 'serve', '--faults', 'rate=3'],
      'release-actions: --faults: rate must be a number between 0 and 1',
    ],
    [
      ['index', 'serve', '--simple-formats', 'xml'],
      "release-actions: --simple-formats: 'xml' is not both, html or json",
    ],
    [
      ['run'],
      "release-actions: run: give exactly one action, e.g. 'release-actions run compute-dev-version'",
    ],
    [['run', './nowhere'], 'release-actions: run: no action'],
    [['help', 'frob'], "release-actions: help: no command 'frob'; try 'release-actions --help'"],
  ])('%j is one line on stderr and exit 2', async (args, message) => {
    const io = capture();
    expect(await runCli(args, io)).toBe(2);
    expect(io.stderr.startsWith(message)).toBe(true);
    expect(io.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('index serve options', () => {
  it('has defaults a person can rehearse with', async () => {
    const parsed = await serveOptions([], {});
    expect(parsed).toMatchObject({ quiet: false, options: { host: '127.0.0.1', port: 8080 } });
    expect(parsed !== 'help' && parsed.options.storageDir.endsWith('.release-actions/index')).toBe(true);
    expect(parsed !== 'help' && parsed.options.token).toBeUndefined();
  });

  it('reads every option, and the token from the environment', async () => {
    const parsed = await serveOptions(
      [
        '--host',
        '0.0.0.0',
        '--port',
        '0',
        '--storage',
        '/tmp/x',
        '--max-file-size',
        '2GiB',
        '--faults',
        'rate=0.5,seed=3,kinds=503',
        '--visibility-delay',
        '1500',
        '--simple-formats',
        'html',
        '--oidc-audience',
        'testpypi',
        '--quiet',
      ],
      { RELEASE_ACTIONS_INDEX_TOKEN: 'from-env' },
    );
    expect(parsed).toEqual({
      quiet: true,
      options: {
        host: '0.0.0.0',
        port: 0,
        storageDir: '/tmp/x',
        token: 'from-env',
        maxFileSize: 2 * 1024 ** 3,
        faults: { rate: 0.5, seed: 3, kinds: ['503'] },
        visibilityDelayMs: 1500,
        simpleFormats: 'html',
        oidcAudience: 'testpypi',
      },
    });
  });

  it('reads sizes with units', () => {
    expect(parseSize('100MiB', '--max-file-size')).toBe(100 * 1024 * 1024);
    expect(parseSize('1.5 GB', '--max-file-size')).toBe(1_500_000_000);
    expect(parseSize('4096', '--max-file-size')).toBe(4096);
    expect(() => parseSize('lots', '--max-file-size')).toThrow("--max-file-size: 'lots' is not a size");
  });
});

describe('printing a run', () => {
  it('shows outputs, exported env, summary and the result', () => {
    const text = formatRun('demo', {
      exitCode: 0,
      signal: null,
      timedOut: false,
      outputs: { version: '1.2.4.dev5', notes: 'a\nb' },
      env: { SETUPTOOLS_SCM_PRETEND_VERSION: '1.2.4.dev5' },
      path: [],
      summary: '### Version\n1.2.4.dev5\n',
      stdout: 'log line\n',
      stderr: '',
      log: 'log line\n',
      commands: [],
      masks: [],
      durationMs: 1234,
    });
    expect(text).toBe(
      [
        '== log',
        'log line',
        '',
        '== outputs',
        'version=1.2.4.dev5',
        'notes<<EOF',
        'a',
        'b',
        'EOF',
        '',
        '== exported environment',
        'SETUPTOOLS_SCM_PRETEND_VERSION=1.2.4.dev5',
        '',
        '== summary',
        '### Version',
        '1.2.4.dev5',
        '',
        'demo succeeded in 1.2s',
        '',
      ].join('\n'),
    );
  });
});
