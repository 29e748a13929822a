import { describe, expect, it } from '@jest/globals';
import { parseCommandLine, type OptionSpecs } from './command-line.js';

const SPECS: OptionSpecs = {
  port: { kind: 'value', accepts: 'a port number from 0 to 65535' },
  input: { kind: 'value', multiple: true, accepts: 'name=value' },
  quiet: { kind: 'flag' },
};

describe('parseCommandLine', () => {
  it('takes values after the option or after =, the next word even when it starts with a dash', () => {
    const line = parseCommandLine('demo', ['--port', '-1', '--input=a=1', '--input', '--b=2', 'x'], SPECS);
    expect(line.string('port')).toBe('-1');
    expect(line.list('input')).toEqual(['a=1', '--b=2']);
    expect(line.positionals).toEqual(['x']);
    expect(line.flag('quiet')).toBe(false);
  });

  it('keeps the last value of a single option, and everything after -- as arguments', () => {
    const line = parseCommandLine('demo', ['--port', '1', '--port=2', '--', '--quiet', '-h'], SPECS);
    expect(line.string('port')).toBe('2');
    expect(line.positionals).toEqual(['--quiet', '-h']);
    expect(line.help).toBe(false);
  });

  it('notices -h and --help anywhere but in a value', () => {
    expect(parseCommandLine('demo', ['x', '-h'], SPECS).help).toBe(true);
    expect(parseCommandLine('demo', ['--help'], SPECS).help).toBe(true);
    expect(parseCommandLine('demo', ['--input', '--help'], SPECS).help).toBe(false);
  });

  it.each([
    [['--bogus'], "demo: unknown option '--bogus'; see 'release-actions demo --help'"],
    [['--bogus=1'], "demo: unknown option '--bogus'; see 'release-actions demo --help'"],
    [['-x'], "demo: unknown option '-x'; see 'release-actions demo --help'"],
    [['--port'], '--port: needs a value: a port number from 0 to 65535'],
    [['--quiet=yes'], '--quiet: takes no value'],
  ])('%j is refused in one line naming the option', (args, message) => {
    expect(() => parseCommandLine('demo', args, SPECS)).toThrow(message);
  });

  it('converts values and names the option and what it accepts when one is refused', () => {
    const line = parseCommandLine('demo', ['--port', '-1'], SPECS);
    expect(() => line.value('port', () => undefined)).toThrow(
      "--port: '-1' is not a port number from 0 to 65535",
    );
    expect(line.value('port', (text) => text.length)).toBe(2);
    expect(parseCommandLine('demo', [], SPECS).value('port', Number)).toBeUndefined();
  });
});
