/**
 * The repositories and builds the setuptools_scm goldens ask about: seeded random histories under every version
 * scheme (given as the scheme input), and one repository per form of configuration a project can write.
 */
import { VERSION_SCHEMES } from '../../packages/git-version/index.js';
import type { GoldenCase, GoldenRepo } from '../../test/git-version/golden-repos.js';
import {
  BRANCH_NAMES,
  linearHistory,
  mixedTagName,
  randomHistory,
  type History,
  type TagSpec,
} from '../../test/git-version/history.js';

const SCHEMES: readonly string[] = VERSION_SCHEMES;
// The schemes Debian's setuptools_scm 7.1 also ships.
const SCHEMES_71 = new Set([
  'guess-next-dev',
  'no-guess-dev',
  'post-release',
  'python-simplified-semver',
  'release-branch-semver',
]);
const RANDOM_REPOS = 90;
const T0 = 1_600_000_000;

type Tag = TagSpec;

/** A linear history on `branch` with tags at commit numbers, annotated unless said otherwise. */
export function linear(count: number, tags: Tag[], branch = 'main', start = T0, step = 60): History {
  const annotated = tags.map(([mark, name, isAnnotated]): Tag => [mark, name, isAnnotated ?? true]);
  return linearHistory(count, annotated, { branch, start, step });
}

/** Adds `count` commits on `branch` starting from commit `from`, and checks the branch out. */
function branchOff(history: History, from: number, branch: string, count: number): History {
  let parent = from;
  for (let i = 0; i < count; i += 1) {
    const mark = history.commits.length + 1;
    history.commits.push({ mark, parents: [parent], branch, time: T0 + 10_000 + mark * 60, file: 'fix.txt' });
    parent = mark;
  }
  history.checkout = branch;
  return history;
}

const HAND_MADE: Record<string, History> = {
  'unborn HEAD': { commits: [], tags: [], checkout: 'main', detachAt: 0, dirt: 'none' },
  'unborn HEAD, staged file': { commits: [], tags: [], checkout: 'main', detachAt: 0, dirt: 'staged' },
  'no tags': linear(5, []),
  'no tags, dirty': { ...linear(3, []), dirt: 'tracked' },
  'tag on HEAD': linear(4, [[4, '1.4.0']]),
  'tag on HEAD, dirty': { ...linear(4, [[4, '1.4.0', false]]), dirt: 'tracked' },
  'only untracked files': { ...linear(4, [[2, 'v2.0', false]]), dirt: 'untracked' },
  'several tags on one commit': linear(6, [
    [3, '1.0.0', false],
    [3, 'v1.0.1'],
    [3, '1.0.2rc1'],
  ]),
  'non-version tag nearest': linear(6, [
    [2, '0.9', false],
    [5, 'build-7x', false],
    [5, 'latest'],
  ]),
  'dev0 tag': linear(5, [[2, '2.0.dev0']]),
  'pre0 and rc.1 tags': linear(5, [
    [1, '0.4.3.pre0', false],
    [3, 'v1.0.0-rc.1'],
  ]),
  'release branch release-1.2': branchOff(linear(3, [[2, 'v1.2.0']]), 2, 'release-1.2', 2),
  'release branch 1.2.x': branchOff(linear(3, [[2, '1.2.3']]), 2, '1.2.x', 2),
  'release branch release/v1.2': branchOff(linear(3, [[2, '1.2.0rc1']]), 2, 'release/v1.2', 2),
  'maintenance branch for another minor': branchOff(linear(3, [[2, '1.2.0']]), 2, 'release-1.3', 2),
  'feature branch': branchOff(linear(3, [[2, '1.2.3']]), 3, 'feature/login', 2),
};

function headTagged(history: History): boolean {
  const head = history.checkout === null ? history.detachAt : lastOn(history, history.checkout);
  return (
    history.tags.some((tag) => tag.mark === head) && history.dirt !== 'tracked' && history.dirt !== 'staged'
  );
}

function lastOn(history: History, branch: string): number {
  return history.commits.filter((commit) => commit.branch === branch).at(-1)?.mark ?? 0;
}

// Schemes as the scheme input, and mode release too when HEAD carries a tag and the tree is clean.
function schemeCases(history: History, prefix: string | null, schemes = SCHEMES): GoldenCase[] {
  const cases: GoldenCase[] = [];
  for (const scheme of schemes) {
    // calver-by-date on an unborn branch reads today's date: not reproducible.
    if (scheme === 'calver-by-date' && history.commits.length === 0) continue;
    const inputs = prefix === null ? { scheme } : { scheme, tagPrefix: prefix };
    const debian71 = SCHEMES_71.has(scheme);
    cases.push({ cwd: '', mode: 'dev', inputs, build: 'setuptools', debian71 });
    if (headTagged(history)) cases.push({ cwd: '', mode: 'release', inputs, build: 'setuptools', debian71 });
  }
  return cases;
}

function historyRepos(): GoldenRepo[] {
  const repos: GoldenRepo[] = Object.entries(HAND_MADE).map(([id, history]) => ({
    id,
    history,
    files: {},
    cases: schemeCases(history, null),
  }));
  for (let seed = 1; seed <= RANDOM_REPOS; seed += 1) {
    const history = randomHistory(seed, {
      commits: 5 + (seed % 40),
      tagRate: seed % 9 === 0 ? 0 : 0.3,
      tagNames: mixedTagName,
      branchNames: BRANCH_NAMES,
      branchRate: 0.08,
      mergeRate: 0.15,
    });
    // guess-next-dev and three more in turn: every scheme meets about 27 random histories.
    const schemes = [
      ...new Set(['guess-next-dev', ...[0, 3, 6].map((k) => SCHEMES[(seed + k) % SCHEMES.length] ?? '')]),
    ];
    const cases = schemeCases(history, seed % 4 === 0 ? 'mypkg-v' : null, schemes);
    repos.push({ id: `seed ${seed}`, history, files: {}, cases });
  }
  return repos;
}

/** Every golden repository, history forms first, then configuration forms. */
export function goldenRepos(): GoldenRepo[] {
  return [...historyRepos(), ...configRepos()];
}

// ---------------------------------------------------------------------------------------------------------------
// Configuration forms.

const dev = (cwd = '', extra: Partial<GoldenCase> = {}): GoldenCase => ({
  cwd,
  mode: 'dev',
  inputs: {},
  build: 'setuptools',
  ...extra,
});
const release = (cwd = '', extra: Partial<GoldenCase> = {}): GoldenCase =>
  dev(cwd, { mode: 'release', ...extra });
const hatchDev = (cwd = '', extra: Partial<GoldenCase> = {}): GoldenCase =>
  dev(cwd, { build: 'hatch', ...extra });

const project = (name: string, ...lines: string[]): string =>
  ['[project]', `name = "${name}"`, 'dynamic = ["version"]', '', ...lines, ''].join('\n');
const setuptoolsScm = (name: string, ...lines: string[]): string =>
  project(name, '[tool.setuptools_scm]', ...lines);
const hatchProject = (name: string, ...lines: string[]): string =>
  [
    '[build-system]',
    'requires = ["hatchling", "hatch-vcs"]',
    'build-backend = "hatchling.build"',
    project(name, '[tool.hatch.version]', 'source = "vcs"', ...lines),
  ].join('\n');

const MONOREPO_REGEX = (name: string): string =>
  `tag_regex = "^${name}-(?P<version>v?\\\\d+(?:\\\\.\\\\d+){0,2}[^\\\\+]*)(?:\\\\+.*)?$"`;

// pypa/setuptools-scm's own layout: two packages, each with its own tags, read from their folders.
function setuptoolsScmMonorepo(fragments: Record<string, string>): Record<string, string> {
  return {
    'setuptools-scm/pyproject.toml': setuptoolsScm(
      'setuptools-scm',
      'root = ".."',
      'version_scheme = "towncrier-fragments"',
      MONOREPO_REGEX('setuptools-scm'),
      'fallback_version = "9.2.2"',
      'scm.git.describe_command = ["git", "describe", "--dirty", "--tags", "--long", "--match", "setuptools-scm-*"]',
    ),
    'vcs-versioning/pyproject.toml': project(
      'vcs-versioning',
      '[tool.vcs-versioning]',
      'root = ".."',
      'version_scheme = "towncrier-fragments"',
      MONOREPO_REGEX('vcs-versioning'),
      'fallback_version = "0.1.0"',
      'scm.git.describe_command = ["git", "describe", "--dirty", "--tags", "--long", "--match", "vcs-versioning-*"]',
    ),
    ...fragments,
  };
}

const MONO_TAGS: Tag[] = [
  [1, 'setuptools-scm-v10.2.0'],
  [2, 'vcs-versioning-v2.3.0', false],
  [4, 'setuptools-scm-v10.2.1'],
  [6, 'vcs-versioning-v2.3.1'],
];

function monorepoRepos(): GoldenRepo[] {
  const both = (): GoldenCase[] => [dev('setuptools-scm'), dev('vcs-versioning')];
  const history = (): History => linear(8, MONO_TAGS);
  const fragmentRepo = (id: string, files: Record<string, string>): GoldenRepo => ({
    id,
    history: history(),
    files: setuptoolsScmMonorepo(files),
    cases: both(),
  });
  const tagged = linear(7, [
    ...MONO_TAGS,
    [7, 'setuptools-scm-v10.3.0'],
    [7, 'vcs-versioning-v2.4.0', false],
  ]);
  return [
    fragmentRepo('setuptools-scm monorepo, no fragments', {}),
    fragmentRepo('setuptools-scm monorepo, feature fragment', {
      'setuptools-scm/changelog.d/12.feature.md': 'x\n',
    }),
    fragmentRepo('setuptools-scm monorepo, removal and bugfix fragments', {
      'setuptools-scm/changelog.d/3.removal.md': 'x\n',
      'setuptools-scm/changelog.d/4.bugfix.md': 'x\n',
      'vcs-versioning/changelog.d/5.bugfix.md': 'x\n',
      'vcs-versioning/changelog.d/README.md': 'not a fragment\n',
    }),
    {
      id: 'setuptools-scm monorepo, both packages tagged on HEAD',
      history: tagged,
      files: setuptoolsScmMonorepo({}),
      cases: [release('setuptools-scm'), release('vcs-versioning'), ...both()],
    },
  ];
}

// One history with three packages' tags interleaved, read by each describe form.
function describeForms(): GoldenRepo {
  const tags: Tag[] = [
    [1, 'a-v1.0.0'],
    [2, 'b-2.0.0', false],
    [2, 'c-3.0.0'],
    [3, 'a-v1.1.0rc1', false],
    [4, 'b-2.1.0'],
    [5, 'c-3.1.0', false],
    [6, 'a-v1.1.0'],
    [7, 'd-9.0.0'],
  ];
  const root = 'root = ".."';
  return {
    id: 'describe command forms',
    history: linear(9, tags),
    files: {
      'a/pyproject.toml': setuptoolsScm(
        'a',
        root,
        MONOREPO_REGEX('a'),
        `git_describe_command = "git describe --dirty --tags --long --match 'a-v*' --exclude '*rc*'"`,
      ),
      'b/pyproject.toml': setuptoolsScm('b', root, '[tool.setuptools_scm.tag]', 'prefix = "b-"'),
      'c/pyproject.toml': setuptoolsScm(
        'c',
        root,
        'git_describe_command = ["git", "describe", "--dirty", "--long", "--match", "c-*"]',
        '[tool.setuptools_scm.tag]',
        'regex = "^c-(?P<version>.+)$"',
      ),
      'd/pyproject.toml': setuptoolsScm('d', root, MONOREPO_REGEX('a')),
      'e/pyproject.toml': setuptoolsScm(
        'e',
        root,
        'version_scheme = "no-guess-dev"',
        'scm.git.describe_command = "git describe --tags --long --abbrev=12 --match=b-*"',
        '[tool.setuptools_scm.tag]',
        'prefix = "b-"',
      ),
    },
    cases: ['a', 'b', 'c', 'd', 'e'].map((cwd) => dev(cwd)),
  };
}

// A merge brings a nearer tag in from a side branch: --first-parent keeps to the main line.
function firstParent(): GoldenRepo {
  const history = linear(3, [[2, '1.0.0']]);
  history.commits.push({ mark: 4, parents: [2], branch: 'side', time: T0 + 5000, file: 'side.txt' });
  history.commits.push({ mark: 5, parents: [4], branch: 'side', time: T0 + 5060, file: 'side.txt' });
  history.commits.push({ mark: 6, parents: [3, 5], branch: 'main', time: T0 + 6000, file: 'f0.txt' });
  history.commits.push({ mark: 7, parents: [6], branch: 'main', time: T0 + 6060, file: 'f1.txt' });
  history.tags.push({ name: '1.5.0', mark: 5, annotated: true, time: T0 + 5060 });
  history.checkout = 'main';
  const describe = (first: boolean): string =>
    `scm.git.describe_command = ["git", "describe", "--dirty", "--tags", "--long"${first ? ', "--first-parent"' : ''}, "--match", "*[0-9]*"]`;
  return {
    id: 'first-parent',
    history,
    files: {
      'mainline/pyproject.toml': setuptoolsScm('m', 'root = ".."', describe(true)),
      'graph/pyproject.toml': setuptoolsScm('g', 'root = ".."', describe(false)),
    },
    cases: [dev('mainline'), dev('graph')],
  };
}

function schemeAndTagSettings(): GoldenRepo[] {
  const eachScheme = SCHEMES.map((scheme) => ({
    id: `version_scheme = ${scheme}`,
    history: branchOff(linear(4, [[2, 'v1.2.0']]), 4, 'feature/x', 2),
    files: { 'pyproject.toml': setuptoolsScm('p', `version_scheme = "${scheme}"`) },
    cases: [dev()],
  }));
  return [
    ...eachScheme,
    {
      id: 'anyio: version_scheme = post-release',
      history: linear(40, [[1, '4.14.2']]),
      files: { 'pyproject.toml': setuptoolsScm('anyio', 'version_scheme = "post-release"') },
      cases: [dev(), dev('', { inputs: { scheme: 'guess-next-dev' } })],
    },
    {
      id: 'version_scheme list',
      history: linear(5, [[2, '1.2.3']]),
      files: {
        'pyproject.toml': setuptoolsScm('p', 'version_scheme = ["towncrier-fragments", "guess-next-dev"]'),
        'changelog.d/1.feature.rst': 'x\n',
      },
      cases: [dev()],
    },
    {
      id: 'a plugin scheme',
      history: linear(3, [[1, '1.0']]),
      files: {
        'one/pyproject.toml': setuptoolsScm('one', 'root = ".."', 'version_scheme = "my-plugin-scheme"'),
        'list/pyproject.toml': setuptoolsScm(
          'two',
          'root = ".."',
          'version_scheme = ["my-plugin", "guess-next-dev"]',
        ),
      },
      cases: [
        dev('one'),
        dev('list', { deliberate: "a plugin's scheme is not guessed from the next one in the list" }),
      ],
    },
    {
      id: 'tag.strict and an event tag',
      history: linear(5, [
        [2, 'v1.2.3', false],
        [4, 'event-2024'],
      ]),
      files: {
        'strict/pyproject.toml': setuptoolsScm(
          's',
          'root = ".."',
          '[tool.setuptools_scm.tag]',
          'strict = true',
        ),
        'loose/pyproject.toml': setuptoolsScm('l', 'root = ".."'),
      },
      cases: [dev('strict'), dev('loose')],
    },
    {
      id: 'normalize = false on a release branch',
      history: branchOff(linear(3, [[2, 'v1.2.0']]), 2, 'release-1.2', 2),
      files: {
        'plain/pyproject.toml': setuptoolsScm(
          'n',
          'root = ".."',
          'normalize = false',
          'version_scheme = "release-branch-semver"',
        ),
        'class/pyproject.toml': setuptoolsScm(
          'c',
          'root = ".."',
          'version_cls = "setuptools_scm.NonNormalizedVersion"',
          'version_scheme = "semver-pep440-release-branch"',
        ),
        'normal/pyproject.toml': setuptoolsScm(
          'o',
          'root = ".."',
          'version_scheme = "release-branch-semver"',
        ),
      },
      cases: [dev('plain'), dev('class'), dev('normal')],
    },
    {
      id: 'inputs override the file',
      history: linear(6, [
        [2, 'pkg-1.0'],
        [4, 'v3.0'],
      ]),
      files: {
        'pyproject.toml': setuptoolsScm(
          'p',
          'version_scheme = "post-release"',
          'tag_regex = "^pkg-(?P<version>.*)$"',
          'fallback_version = "7.0"',
        ),
      },
      cases: [dev(), dev('', { inputs: { scheme: 'no-guess-dev', tagPrefix: 'v' } })],
    },
  ];
}

function calverRepos(): GoldenRepo[] {
  const day = (iso: string): number => Date.parse(iso) / 1000;
  const history = linear(4, [[1, 'v2024.01.15']], 'main', day('2024-01-15T08:00:00Z'), 3600);
  const later = linear(4, [[1, '2024.1.15.2']], 'main', day('2024-01-15T08:00:00Z'), 86_400 * 20);
  const releaseBranch = branchOff(linear(3, [[1, '2024.1.15']]), 3, 'release-2024.02.01', 1);
  const calver = { 'pyproject.toml': setuptoolsScm('c', 'version_scheme = "calver-by-date"') };
  return [
    { id: 'calver: same day', history, files: calver, cases: [dev()] },
    { id: 'calver: later days', history: later, files: calver, cases: [dev()] },
    { id: 'calver: release branch', history: releaseBranch, files: calver, cases: [dev()] },
  ];
}

function fallbackAndLocal(): GoldenRepo[] {
  const dirty = { ...linear(4, [[2, '1.0.0']]), dirt: 'tracked' as const };
  const local = (scheme: string): string => setuptoolsScm('l', 'root = ".."', `local_scheme = ${scheme}`);
  return [
    {
      id: 'fallback_version without tags',
      history: linear(6, []),
      files: {
        'plain/pyproject.toml': setuptoolsScm('f', 'root = ".."', 'fallback_version = "1.0"'),
        'local/pyproject.toml': setuptoolsScm('g', 'root = ".."', 'fallback_version = "0.0.0+unknown"'),
        'spelled/pyproject.toml': setuptoolsScm(
          'h',
          'root = ".."',
          'fallback_version = "v2.0"',
          'normalize = false',
        ),
      },
      cases: [
        dev('plain'),
        dev('local'),
        dev('spelled'),
        dev('plain', { inputs: { fallbackVersion: '3.1' } }),
      ],
    },
    {
      id: 'local schemes on a dirty tree',
      history: dirty,
      files: {
        'timestamp/pyproject.toml': local('"node-and-timestamp"'),
        'dirtytag/pyproject.toml': local('"dirty-tag"'),
        'none/pyproject.toml': local('"no-local-version"'),
        'strict/pyproject.toml': local('"no-local-version-strict"'),
        'chain/pyproject.toml': local('["fail-on-uncommitted-changes", "node-and-date"]'),
        'abbrev/pyproject.toml': setuptoolsScm(
          'a',
          'root = ".."',
          'git_describe_command = "git describe --dirty --tags --long --abbrev=12 --match *[0-9]*"',
        ),
        'nodirty/pyproject.toml': setuptoolsScm(
          'n',
          'root = ".."',
          'git_describe_command = "git describe --tags --long"',
        ),
      },
      cases: ['timestamp', 'dirtytag', 'none', 'strict', 'chain', 'abbrev', 'nodirty'].map((cwd) => dev(cwd)),
    },
    {
      id: 'local schemes on a clean tree',
      history: linear(4, [[2, '1.0.0']]),
      files: {
        'strict/pyproject.toml': local('"no-local-version-strict"'),
        'chain/pyproject.toml': local('["fail-on-uncommitted-changes", "node-and-date"]'),
      },
      cases: [dev('strict'), dev('chain')],
    },
  ];
}

function placesAndSections(): GoldenRepo[] {
  const history = (): History => linear(5, [[2, '2.0.0']]);
  return [
    {
      id: 'towncrier fragment directories',
      history: history(),
      files: {
        'news/pyproject.toml': setuptoolsScm(
          'n',
          'root = ".."',
          'version_scheme = "towncrier-fragments"',
          '[tool.towncrier]',
          'directory = "newsfragments"',
        ),
        'news/newsfragments/7.feature': 'x\n',
        'news/changelog.d/8.removal.md': 'not read here\n',
        'alone/pyproject.toml': setuptoolsScm('a', 'root = ".."', 'version_scheme = "towncrier-fragments"'),
        'alone/towncrier.toml': 'directory = "changes"\n',
        'alone/changes/1.bugfix.md': 'x\n',
        'alone/changes/template.md': 'not a fragment\n',
      },
      cases: [dev('news'), dev('alone')],
    },
    {
      id: 'root, search_parent_directories and other sections',
      history: history(),
      files: {
        'search/pyproject.toml': setuptoolsScm(
          's',
          'search_parent_directories = true',
          'version_scheme = "post-release"',
        ),
        'rel/pyproject.toml': setuptoolsScm('r', 'root = ".."', 'relative_to = "elsewhere/setup.py"'),
        'vcs/pyproject.toml': project(
          'v',
          '[tool.vcs-versioning]',
          'root = ".."',
          'version_scheme = "no-guess-dev"',
        ),
        'lost/pyproject.toml': setuptoolsScm('l', 'fallback_version = "9.9.9"'),
      },
      cases: [
        dev('search'),
        dev('rel'),
        dev('vcs'),
        dev('lost', {
          deliberate:
            'root does not lead setuptools_scm to the checkout, so its build would carry fallback_version on every commit',
        }),
      ],
    },
    {
      id: 'top-level project',
      history: history(),
      files: {
        'pyproject.toml': '[tool.setuptools_scm]\nversion_scheme = "semver-pep440"\ndist_name = "top-dist"\n',
      },
      cases: [dev(), dev('', { inputs: { scheme: 'only-version' } })],
    },
    {
      id: 'parentdir_prefix_version outside git',
      history: null,
      name: 'myproj-1.4.2',
      files: {
        'pyproject.toml': setuptoolsScm(
          'myproj',
          'parentdir_prefix_version = "myproj-"',
          'fallback_version = "0.0.1"',
        ),
      },
      cases: [dev()],
    },
    {
      id: 'fallback_version outside git',
      history: null,
      name: 'unpacked',
      files: {
        'pyproject.toml': setuptoolsScm(
          'u',
          'parentdir_prefix_version = "myproj-"',
          'fallback_version = "0.0.1"',
        ),
      },
      cases: [dev()],
    },
  ];
}

function hatchRepos(): GoldenRepo[] {
  return [
    {
      id: 'hatch-vcs',
      history: linear(6, [
        [1, 'release-1.0'],
        [3, 'v2.0'],
        [4, 'release-1.1', false],
      ]),
      files: {
        'pattern/pyproject.toml': hatchProject(
          'p',
          'tag-pattern = "^release-(?P<version>.+)$"',
          '[tool.hatch.version.raw-options]',
          'root = ".."',
          'version_scheme = "no-guess-dev"',
          'local_scheme = "no-local-version"',
        ),
        'raw/pyproject.toml': hatchProject(
          'r',
          '[tool.hatch.version.raw-options]',
          'root = ".."',
          'git_describe_command = ["git", "describe", "--dirty", "--tags", "--long", "--match", "v*"]',
          'version_scheme = "post-release"',
        ),
        'hatchtoml/pyproject.toml': hatchProject('h', 'tag-pattern = "^nothing-(.*)$"'),
        'hatchtoml/hatch.toml':
          '[version]\nsource = "vcs"\ntag-pattern = "^release-(.+)$"\nraw-options = { root = ".." }\n',
      },
      cases: [hatchDev('pattern'), hatchDev('raw'), hatchDev('hatchtoml')],
    },
    {
      id: 'hatch-vcs fallback-version',
      history: linear(4, []),
      files: {
        'pyproject.toml': hatchProject(
          'f',
          'fallback-version = "0.5.0"',
          '[tool.hatch.version.raw-options]',
          'fallback_version = "9"',
        ),
      },
      cases: [hatchDev()],
    },
  ];
}

function configRepos(): GoldenRepo[] {
  return [
    ...monorepoRepos(),
    describeForms(),
    firstParent(),
    ...schemeAndTagSettings(),
    ...calverRepos(),
    ...fallbackAndLocal(),
    ...placesAndSections(),
    ...hatchRepos(),
  ];
}
