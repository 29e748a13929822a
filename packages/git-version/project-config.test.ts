import { describe, expect, test } from '@jest/globals';
import { VersionError } from './errors.js';
import { projectFactsFromToml } from './pyproject.js';

const read = (text: string, hatch: string | null = null) =>
  projectFactsFromToml(
    text,
    'p/pyproject.toml',
    hatch === null ? null : { path: 'p/hatch.toml', text: hatch },
  ).versioning;

describe('[tool.setuptools_scm]', () => {
  test('every setting that decides the version, each with its key', () => {
    const versioning = read(
      [
        '[tool.setuptools_scm]',
        'root = ".."',
        'version_scheme = ["towncrier-fragments", "guess-next-dev"]',
        'local_scheme = "no-local-version"',
        'tag_regex = "^pkg-(?P<version>.*)$"',
        'fallback_version = "9.2.2"',
        'parentdir_prefix_version = "pkg-"',
        'dist_name = "pkg"',
        'normalize = false',
        'search_parent_directories = true',
        'version_file = "src/pkg/_version.py"',
        'scm.git.describe_command = ["git", "describe", "--match", "pkg-*"]',
        '',
      ].join('\n'),
    );
    expect(versioning).toEqual({
      tool: 'setuptools_scm',
      file: 'p/pyproject.toml',
      root: { value: '..', key: 'p/pyproject.toml [tool.setuptools_scm] root' },
      versionScheme: {
        value: ['towncrier-fragments', 'guess-next-dev'],
        key: 'p/pyproject.toml [tool.setuptools_scm] version_scheme',
      },
      localScheme: {
        value: ['no-local-version'],
        key: 'p/pyproject.toml [tool.setuptools_scm] local_scheme',
      },
      tagRegex: { value: '^pkg-(?P<version>.*)$', key: 'p/pyproject.toml [tool.setuptools_scm] tag_regex' },
      fallbackVersion: { value: '9.2.2', key: 'p/pyproject.toml [tool.setuptools_scm] fallback_version' },
      parentdirPrefixVersion: {
        value: 'pkg-',
        key: 'p/pyproject.toml [tool.setuptools_scm] parentdir_prefix_version',
      },
      distName: 'pkg',
      normalize: { value: false, key: 'p/pyproject.toml [tool.setuptools_scm] normalize' },
      searchParentDirectories: true,
      describeCommand: {
        value: ['git', 'describe', '--match', 'pkg-*'],
        key: 'p/pyproject.toml [tool.setuptools_scm] scm.git.describe_command',
      },
      notes: [],
    });
  });

  test('[tool.setuptools_scm.tag] and git_describe_command as a string', () => {
    const versioning = read(
      '[tool.setuptools_scm]\ngit_describe_command = "git describe --match x-*"\n[tool.setuptools_scm.tag]\nprefix = "x-"\nstrict = true\n',
    );
    expect(versioning.describeCommand?.value).toBe('git describe --match x-*');
    expect(versioning.tagPrefix?.value).toBe('x-');
    expect(versioning.tagStrict?.value).toBe(true);
  });

  test('[tool.vcs-versioning] when there is no [tool.setuptools_scm]', () => {
    expect(read('[tool.vcs-versioning]\nversion_scheme = "only-version"\n')).toMatchObject({
      tool: 'vcs-versioning',
      versionScheme: { value: ['only-version'] },
    });
  });

  test('relative_to and unknown keys are noted, not silently dropped', () => {
    expect(read('[tool.setuptools_scm]\nrelative_to = "x"\nflavour = 1\n').notes).toEqual([
      'p/pyproject.toml [tool.setuptools_scm] flavour is not a setuptools_scm 10 setting (its build would fail on it)',
      'p/pyproject.toml [tool.setuptools_scm] relative_to is ignored: setuptools_scm reads root relative to pyproject.toml',
    ]);
  });

  test.each([
    ['version_scheme = 3', /version_scheme must be a string or a list of strings/],
    ['root = true', /\[tool\.setuptools_scm\] root must be a string/],
    ['tag_regex = "a"\ntag.regex = "b"', /both tag_regex and tag\.regex/],
    [
      'git_describe_command = "git describe"\nscm.git.describe_command = "git describe"',
      /keep only scm\.git/,
    ],
    [
      'version_cls = "mypkg.MyVersion"',
      /version_cls 'mypkg\.MyVersion' is a class compute-dev-version cannot run/,
    ],
    [
      'normalize = false\nversion_cls = "packaging.version.Version"',
      /cannot be combined with normalize = false/,
    ],
    ['parse = "mypkg:parse"', /names a parse function/],
  ])('%s is one line naming the key', (body, message) => {
    expect(() => read(`[tool.setuptools_scm]\n${body}\n`)).toThrow(VersionError);
    expect(() => read(`[tool.setuptools_scm]\n${body}\n`)).toThrow(message);
  });

  test('a NonNormalizedVersion class keeps tags as spelled, like normalize = false', () => {
    expect(
      read('[tool.setuptools_scm]\nversion_cls = "setuptools_scm.NonNormalizedVersion"\n').normalize?.value,
    ).toBe(false);
  });
});

describe('hatch-vcs', () => {
  const hatchling =
    '[build-system]\nrequires = ["hatchling", "hatch-vcs"]\nbuild-backend = "hatchling.build"\n';

  test('[tool.hatch.version] source = "vcs": tag-pattern and fallback-version win over raw-options', () => {
    const versioning = read(
      `${hatchling}[tool.hatch.version]\nsource = "vcs"\ntag-pattern = "^v(?P<version>.*)$"\nfallback-version = "0.0.0"\n[tool.hatch.version.raw-options]\ntag_regex = "ignored"\nfallback_version = "9"\nversion_scheme = "no-guess-dev"\nroot = ".."\n`,
    );
    expect(versioning).toMatchObject({
      tool: 'hatch-vcs',
      tagRegex: { value: '^v(?P<version>.*)$', key: 'p/pyproject.toml [tool.hatch.version] tag-pattern' },
      fallbackVersion: { value: '0.0.0', key: 'p/pyproject.toml [tool.hatch.version] fallback-version' },
      versionScheme: {
        value: ['no-guess-dev'],
        key: 'p/pyproject.toml [tool.hatch.version.raw-options] version_scheme',
      },
      root: { value: '..' },
    });
  });

  test('empty tag-pattern and fallback-version leave raw-options alone', () => {
    const versioning = read(
      `${hatchling}[tool.hatch.version]\nsource = "vcs"\ntag-pattern = ""\n[tool.hatch.version.raw-options]\ntag_regex = "^r(.*)$"\n`,
    );
    expect(versioning.tagRegex?.value).toBe('^r(.*)$');
  });

  test("hatch.toml's [version] wins over pyproject.toml", () => {
    const versioning = read(
      `${hatchling}[tool.hatch.version]\nsource = "vcs"\ntag-pattern = "a(.*)"\n`,
      '[version]\nsource = "vcs"\ntag-pattern = "b(.*)"\n',
    );
    expect(versioning.tagRegex).toEqual({ value: 'b(.*)', key: 'p/hatch.toml [version] tag-pattern' });
  });

  test('hatchling takes hatch-vcs over a [tool.setuptools_scm] section, which it notes', () => {
    const versioning = read(
      `${hatchling}[tool.hatch.version]\nsource = "vcs"\n[tool.setuptools_scm]\nversion_scheme = "post-release"\n`,
    );
    expect(versioning.tool).toBe('hatch-vcs');
    expect(versioning.versionScheme).toBeUndefined();
    expect(versioning.notes.join('\n')).toMatch(/\[tool\.setuptools_scm\] is not read/);
  });

  test('another source, or another backend, is no hatch-vcs', () => {
    expect(read(`${hatchling}[tool.hatch.version]\npath = "src/pkg/__init__.py"\n`).tool).toBeNull();
    const setuptools = '[build-system]\nbuild-backend = "setuptools.build_meta"\n';
    expect(read(`${setuptools}[tool.hatch.version]\nsource = "vcs"\n[tool.setuptools_scm]\n`).tool).toBe(
      'setuptools_scm',
    );
  });
});
