import { describe, expect, it } from '@jest/globals';
import { python } from '../../test/support/python.js';
import { entryPointsInvalid } from './entry-points.js';

// The texts warehouse's check must judge, odd ones included; Python's configparser is the oracle.
const TEXTS = [
  '[console_scripts]\ntool = pkg:main\n',
  '[console_scripts]\n/bin/evil = evil:main\n',
  '[console_scripts]\nsub/tool = pkg:main\n',
  '[gui_scripts]\n..\\\\evil = evil:main\n',
  '[console_scripts]\nmy tool = pkg:main\n',
  '[console_scripts]\ntool.v2-beta_1 = pkg:main\n',
  '[console_scripts]\nwerkzeug\u00e9 = pkg:main\n',
  '[console_scripts]\nt\u0301ool = pkg:main\n',
  '[console_scripts]\na\u203fb = pkg:main\n',
  '[other]\n/any/path = pkg:main\n',
  'tool = pkg:main\n',
  '\ufeff[console_scripts]\ntool = pkg:main\n',
  '[console_scripts]\r\ntool = pkg:main\r\n',
  '[console_scripts]\ntool: pkg:main\n',
  '[console_scripts]\ntool = a\ntool = b\n',
  '[console_scripts]\na = b\n[console_scripts]\nc = d\n',
  '[DEFAULT]\n/x = y\n[console_scripts]\na = b\n',
  '[DEFAULT]\na = b\n[DEFAULT]\nc = d\n',
  '[console_scripts]\na = b\n  /continued = value\n',
  '[console_scripts]\na = b\n\n  /still = continued\n',
  '[console_scripts]\n  a = b\n/x = y\n',
  '# comment\n; another\n[console_scripts]\n  # indented comment\na = b\n',
  '[console_scripts]\n= nothing\n',
  '[]\na = b\n',
  '[console_scripts] trailing\na = b\n',
  '[a]b]\nc = d\n',
  '[console_scripts]\na=b=c\n',
  '[console_scripts]\n\x1ca = b\n',
  '',
];

const ORACLE = `
import configparser, json, re, sys
class P(configparser.ConfigParser):
    optionxform = staticmethod(str)
NAME = re.compile(r"[\\w.-]+")
def invalid(text):
    parser = P(delimiters=("=",))
    try:
        parser.read_string(text)
    except configparser.Error:
        return True
    for section in ("console_scripts", "gui_scripts"):
        if section in parser and any(NAME.fullmatch(n) is None for n in parser[section]):
            return True
    return False
print(json.dumps([invalid(t) for t in json.loads(sys.argv[1])]))
`;

describe('entryPointsInvalid', () => {
  it("judges as warehouse's configparser reading does", async () => {
    const expected = await python<boolean[]>(ORACLE, JSON.stringify(TEXTS));
    const ours = TEXTS.map((text) => entryPointsInvalid(Buffer.from(text, 'utf8')));
    expect(TEXTS.map((text, i) => [text, ours[i]])).toEqual(TEXTS.map((text, i) => [text, expected[i]]));
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(entryPointsInvalid(Buffer.from('[console_scripts]\ncaf\xe9 = x:y\n', 'latin1'))).toBe(true);
  });
});
