// action-kit writes the runner protocol itself (start-up budget); these tests hold it to @actions/core.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFileCommands } from '../local-runner/index.js';
import * as kit from './index.js';
import { useStdoutStream } from './stdout.js';

let dir: string;
const saved = { ...process.env };
// Jest writes to stdout too, so the kit writes through process.stdout, where stdoutOf reads it.
useStdoutStream();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kit-'));
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH']) {
    process.env[name] = join(dir, name);
    writeFileSync(join(dir, name), '');
  }
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  process.env = { ...saved };
});

function fileCommands(name: string): Record<string, string> {
  const text = readFileSync(join(dir, name), 'utf8');
  writeFileSync(join(dir, name), '');
  return parseFileCommands(text, name);
}

function stdoutOf(fn: () => void): string {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

const VALUES = [
  'plain',
  '',
  'two\nlines',
  'trailing\n',
  'per%cent:colon,comma',
  '  padded  ',
  'ünïcødé ✓',
  'a=b<<c',
];

describe('file commands match @actions/core', () => {
  it.each(VALUES)('setOutput %j', (value) => {
    core.setOutput('out', value);
    const theirs = fileCommands('GITHUB_OUTPUT');
    kit.setOutput('out', value);
    expect(fileCommands('GITHUB_OUTPUT')).toEqual(theirs);
  });

  it.each(VALUES)('exportVariable %j', (value) => {
    core.exportVariable('VAR', value);
    const theirs = fileCommands('GITHUB_ENV');
    kit.exportVariable('VAR', value);
    expect(fileCommands('GITHUB_ENV')).toEqual(theirs);
    expect(process.env['VAR']).toBe(value);
  });

  it('addPath writes the same line and prepends PATH', () => {
    core.addPath('/opt/tool/bin');
    const theirs = readFileSync(join(dir, 'GITHUB_PATH'), 'utf8');
    writeFileSync(join(dir, 'GITHUB_PATH'), '');
    process.env['PATH'] = saved['PATH'];
    kit.addPath('/opt/tool/bin');
    expect(readFileSync(join(dir, 'GITHUB_PATH'), 'utf8')).toBe(theirs);
    expect(process.env['PATH']?.startsWith('/opt/tool/bin:')).toBe(true);
  });

  it('falls back to ::set-output:: like core when GITHUB_OUTPUT is unset', () => {
    delete process.env['GITHUB_OUTPUT'];
    expect(stdoutOf(() => kit.setOutput('x', 'a\nb'))).toBe(stdoutOf(() => core.setOutput('x', 'a\nb')));
  });
});

describe('log commands match @actions/core', () => {
  const messages = ['simple', 'multi\nline\r\n', '100% done: a,b'];
  it.each(messages)('error/warning/notice/debug %j', (message) => {
    const props = { title: 'T: a,b', file: 'src/x.py', startLine: 3 };
    expect(stdoutOf(() => kit.error(message, props))).toBe(stdoutOf(() => core.error(message, props)));
    expect(stdoutOf(() => kit.warning(message))).toBe(stdoutOf(() => core.warning(message)));
    expect(stdoutOf(() => kit.notice(message))).toBe(stdoutOf(() => core.notice(message)));
    expect(stdoutOf(() => kit.debug(message))).toBe(stdoutOf(() => core.debug(message)));
  });

  it('groups like core.startGroup/endGroup', async () => {
    const theirs = stdoutOf(() => {
      core.startGroup('Step 1');
      core.info('inside');
      core.endGroup();
    });
    const chunks: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      chunks.push(String(chunk));
      return true;
    });
    await kit.group('Step 1', () => kit.info('inside'));
    spy.mockRestore();
    expect(chunks.join('')).toBe(theirs);
  });

  it('masks like core.setSecret', () => {
    expect(stdoutOf(() => kit.registerSecret('s3cr3t-token'))).toBe(
      stdoutOf(() => core.setSecret('s3cr3t-token')),
    );
  });
});

describe('inputs match @actions/core', () => {
  const cases: [string, string][] = [
    ['plain', 'value'],
    ['with space', '  padded  '],
    ['with-hyphen', 'x'],
    ['empty', ''],
    ['multi', 'a\n\n  b  \nc\n'],
  ];
  it.each(cases)('getInput %s', (name, value) => {
    process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    expect(kit.getInput(name)).toBe(core.getInput(name));
    expect(kit.getListInput(name)).toEqual(core.getMultilineInput(name));
  });

  it.each(['true', 'True', 'TRUE', 'false', 'False', 'FALSE'])('getBooleanInput %s', (value) => {
    process.env['INPUT_FLAG'] = value;
    expect(kit.getBooleanInput('flag')).toBe(core.getBooleanInput('flag'));
  });

  it('rejects what core rejects, in one line naming the input', () => {
    process.env['INPUT_FLAG'] = 'yes';
    expect(() => core.getBooleanInput('flag')).toThrow();
    expect(() => kit.getBooleanInput('flag')).toThrow('Input flag must be true or false, got "yes".');
    expect(() => kit.getInput('missing', { required: true })).toThrow(
      /^Input required and not supplied: missing\./,
    );
  });
});
