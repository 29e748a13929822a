import { expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { matchAtStart, pythonRegex, PythonRegexError } from './python-regex.js';
import { DEFAULT_TAG_REGEX, DEFAULT_TAG_REGEX_JS } from './tag-rules.js';

// Patterns of the kinds projects write in tag_regex / tag-pattern, and the Python features they lean on.
const PATTERNS = [
  String.raw`^(?:[\w-]+-)?(?P<version>[vV]?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$`,
  String.raw`^setuptools-scm-(?P<version>v?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$`,
  String.raw`^(?P<prefix>pkg-)?v(?P<version>\d+\.\d+(\.\d+)?)$`,
  String.raw`^v(\d+\.\d+\.\d+)`,
  String.raw`(?i)^REL(?P<version>\d[\d.]*)`,
  String.raw`^(?P<version>\d{,2}\.\d{2,}){1}\Z`,
  String.raw`^\w+?-(?P<version>.+)$`,
  String.raw`^release[-_/](?P<version>[^/]+)$`,
  String.raw`^x{y}(?P<version>\d)`,
  String.raw`^\#(?P<version>\d+)\ tag$`,
  String.raw`^(?P<version>\d+)(?P=version)$`,
  String.raw`^(?P<version>\d+(?:\.\d+)*)(?#a comment)\b`,
  String.raw`^[]v](?P<version>[\d.]+)$`,
  String.raw`(?x) ^ v? (?P<version> \d+ (?: \. \d+ )* )  # verbose`,
  String.raw`(?a)^(?P<version>\d+\.\d+)$`,
  String.raw`^.(?P<version>\d)`,
  String.raw`^(?P<version>\S+)\s*$`,
];

const NAMES = [
  '1.2.3',
  'v1.2.3',
  'pkg-v1.2',
  'setuptools-scm-v10.2.1',
  'setuptools-scm-10.0+x',
  'vcs-versioning-2.3.1',
  'rel1.2',
  'REL1.2',
  '1.22',
  '12.345',
  'ümlaut-1.0',
  '١.٢',
  '1.2\n',
  '#42 tag',
  '1212',
  '1.2-x',
  ']1.0',
  'v1.0',
  'release/1.0',
  'release-1.0',
  'xy1',
  'x{y}1',
  '\n1',
  '1.0 ',
  'a b',
];

test('translated patterns match and capture exactly what Python re.match does', () => {
  const script = [
    'import json, re, sys',
    'patterns, names = json.load(sys.stdin)',
    'out = []',
    'for p in patterns:',
    '    r = re.compile(p)',
    '    key = 1 if r.groups == 1 else "version"',
    '    row = []',
    '    for n in names:',
    '        m = r.match(n)',
    '        row.append(None if m is None else [m.group(key), m.end(0)])',
    '    out.append(row)',
    'print(json.dumps(out))',
  ].join('\n');
  const expected = JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', script], {
      input: JSON.stringify([PATTERNS, NAMES]),
      encoding: 'utf8',
    }),
  ) as ([string | null, number] | null)[][];
  const actual = PATTERNS.map((source) => {
    const pattern = pythonRegex(source);
    const key = pattern.groups === 1 ? 1 : 'version';
    return NAMES.map((name) => {
      const match = matchAtStart(pattern, name);
      if (match === null) return null;
      const group = key === 1 ? match[1] : match.groups?.version;
      return [group ?? null, match[0].length];
    });
  });
  // Python reports positions in code points, JavaScript in UTF-16 units: the names above are all in the BMP.
  expect(actual).toEqual(expected);
});

test.each([
  ['(?i:a)b', /no JavaScript form/],
  ['(?>a)', /no JavaScript form/],
  ['a*+', /possessive/],
  ['[abc', /not closed/],
  [String.raw`\q`, /not one Python knows/],
  [String.raw`[\W]`, /inside a character set/],
  ['(?L)a', /locale/],
])('%s is refused, not approximated', (source, reason) => {
  expect(() => pythonRegex(source)).toThrow(PythonRegexError);
  expect(() => pythonRegex(source)).toThrow(reason);
});

test("the default tag regex written out is the translation of setuptools_scm's", () => {
  const translated = pythonRegex(DEFAULT_TAG_REGEX);
  expect(translated.regex.source).toBe(new RegExp(DEFAULT_TAG_REGEX_JS, 'u').source);
  expect(translated.regex.flags).toBe('duy');
  expect([translated.groups, translated.names]).toEqual([1, ['version']]);
});
