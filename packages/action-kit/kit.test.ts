import { afterEach, describe, expect, it, jest } from '@jest/globals';
import * as kit from './index.js';
import { registerSecret as registerPackageSecret } from '../secrets/index.js';
import { useStdoutStream } from './stdout.js';

// Jest writes to stdout too, so the kit writes through process.stdout, where these tests read it.
useStdoutStream();

afterEach(() => {
  delete process.env['INPUT_LEVEL'];
  delete process.env['INPUT_WHAT'];
  delete process.env['INPUT_NAMES'];
});

describe('typed inputs', () => {
  it('reads choices, integers and comma lists with fallbacks', () => {
    expect(kit.getChoiceInput('what', ['a', 'b'] as const, 'a')).toBe('a');
    process.env['INPUT_WHAT'] = 'b';
    expect(kit.getChoiceInput('what', ['a', 'b'] as const, 'a')).toBe('b');
    process.env['INPUT_WHAT'] = 'c';
    expect(() => kit.getChoiceInput('what', ['a', 'b'] as const, 'a')).toThrow(
      'Input what must be one of a, b, got "c".',
    );
    process.env['INPUT_LEVEL'] = '12';
    expect(kit.getIntegerInput('level', 3, { min: 1, max: 20 })).toBe(12);
    process.env['INPUT_LEVEL'] = '1.5';
    expect(() => kit.getIntegerInput('level', 3, { min: 1, max: 20 })).toThrow(
      'must be a whole number in 1..20',
    );
    process.env['INPUT_NAMES'] = 'a, b\nc,,';
    expect(kit.getListInput('names', { commas: true })).toEqual(['a', 'b', 'c']);
  });
});

describe('secrets', () => {
  it('are redacted from everything the kit writes, longest first', () => {
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    kit.registerSecret('abc');
    kit.registerSecret('abcdef');
    spy.mockRestore();
    expect(kit.redact('x abcdef y abc')).toBe('x *** y ***');
    expect(new kit.Summary().paragraph('token abcdef').toString()).toBe('<p>token ***</p>');
  });
});

describe('masking', () => {
  it('announces every form of a secret any package registers while an action runs', async () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      await kit.runAction(async () => {
        // As the index client does when it mints a token: straight into the registry, not through the kit.
        registerPackageSecret('minted<token>&co');
      });
    } finally {
      spy.mockRestore();
    }
    const masks = written.filter((line) => line.startsWith('::add-mask::'));
    for (const form of ['minted<token>&co', 'minted%3Ctoken%3E%26co', 'minted&lt;token&gt;&amp;co'])
      expect(masks).toContain(`${kit.formatCommand('add-mask', {}, form)}\n`);
  });
});

describe('failure messages', () => {
  it('are one line, and say when the error is a bug', () => {
    expect(kit.failureMessage(new Error('bad\ninput'))).toBe('bad input');
    expect(kit.failureMessage(new TypeError('x is undefined'))).toMatch(
      /^Unexpected internal error \(please report it\): x is undefined/,
    );
    expect(kit.failureMessage('thrown string')).toBe('Unexpected failure: thrown string');
  });
});

describe('summary', () => {
  it('escapes text and keeps caller markup', () => {
    const html = new kit.Summary().table(['a', 'b'], [['<x>', { html: '<b>y</b>' }]]).toString();
    expect(html).toBe(
      '<table><tr><th>a</th><th>b</th></tr><tr><td>&lt;x&gt;</td><td><b>y</b></td></tr></table>',
    );
  });
});
