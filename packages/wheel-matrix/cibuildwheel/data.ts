/**
 * cibuildwheel 4.2.0's own tables, encoded as data: which build identifiers exist per platform and in
 * which order it builds them (its resources/build-platforms.toml), the architectures of each platform and
 * the names of its architecture enum (architecture.py), the enable groups (selector.py) and the option
 * names a config file may use (resources/defaults.toml, options.py). Source: pypa/cibuildwheel v4.2.0.
 * test/wheel-matrix/goldens/cibuildwheel-4.2.0.json holds the same tables as the oracle printed them.
 */

/** The platforms cibuildwheel builds for (its `--platform` values). */
export const PLATFORMS = ['linux', 'macos', 'windows', 'pyodide', 'ios', 'android'] as const;
/** One of cibuildwheel's platforms. */
export type Platform = (typeof PLATFORMS)[number];

/** Every build identifier cibuildwheel 4.2.0 knows, per platform, in the order it builds them. */
// prettier-ignore
export const IDENTIFIERS: Readonly<Record<Platform, readonly string[]>> = {
  linux: [
    'cp39-manylinux_x86_64', 'cp310-manylinux_x86_64', 'cp311-manylinux_x86_64', 'cp312-manylinux_x86_64',
    'cp313-manylinux_x86_64', 'cp314-manylinux_x86_64', 'cp314t-manylinux_x86_64', 'cp315-manylinux_x86_64',
    'cp315t-manylinux_x86_64', 'cp39-manylinux_i686', 'cp310-manylinux_i686', 'cp311-manylinux_i686',
    'cp312-manylinux_i686', 'cp313-manylinux_i686', 'cp314-manylinux_i686', 'cp314t-manylinux_i686',
    'cp315-manylinux_i686', 'cp315t-manylinux_i686', 'pp39-manylinux_x86_64', 'pp310-manylinux_x86_64',
    'pp311-manylinux_x86_64', 'gp312_250-manylinux_x86_64', 'cp39-manylinux_aarch64',
    'cp310-manylinux_aarch64', 'cp311-manylinux_aarch64', 'cp312-manylinux_aarch64',
    'cp313-manylinux_aarch64', 'cp314-manylinux_aarch64', 'cp314t-manylinux_aarch64',
    'cp315-manylinux_aarch64', 'cp315t-manylinux_aarch64', 'cp39-manylinux_ppc64le',
    'cp310-manylinux_ppc64le', 'cp311-manylinux_ppc64le', 'cp312-manylinux_ppc64le',
    'cp313-manylinux_ppc64le', 'cp314-manylinux_ppc64le', 'cp314t-manylinux_ppc64le',
    'cp315-manylinux_ppc64le', 'cp315t-manylinux_ppc64le', 'cp39-manylinux_s390x', 'cp310-manylinux_s390x',
    'cp311-manylinux_s390x', 'cp312-manylinux_s390x', 'cp313-manylinux_s390x', 'cp314-manylinux_s390x',
    'cp314t-manylinux_s390x', 'cp315-manylinux_s390x', 'cp315t-manylinux_s390x', 'cp39-manylinux_armv7l',
    'cp310-manylinux_armv7l', 'cp311-manylinux_armv7l', 'cp312-manylinux_armv7l', 'cp313-manylinux_armv7l',
    'cp314-manylinux_armv7l', 'cp314t-manylinux_armv7l', 'cp315-manylinux_armv7l', 'cp315t-manylinux_armv7l',
    'cp39-manylinux_riscv64', 'cp310-manylinux_riscv64', 'cp311-manylinux_riscv64', 'cp312-manylinux_riscv64',
    'cp313-manylinux_riscv64', 'cp314-manylinux_riscv64', 'cp314t-manylinux_riscv64',
    'cp315-manylinux_riscv64', 'cp315t-manylinux_riscv64', 'pp39-manylinux_aarch64',
    'pp310-manylinux_aarch64', 'pp311-manylinux_aarch64', 'gp312_250-manylinux_aarch64',
    'pp39-manylinux_i686', 'pp310-manylinux_i686', 'pp311-manylinux_i686', 'cp39-musllinux_x86_64',
    'cp310-musllinux_x86_64', 'cp311-musllinux_x86_64', 'cp312-musllinux_x86_64', 'cp313-musllinux_x86_64',
    'cp314-musllinux_x86_64', 'cp314t-musllinux_x86_64', 'cp315-musllinux_x86_64', 'cp315t-musllinux_x86_64',
    'cp39-musllinux_i686', 'cp310-musllinux_i686', 'cp311-musllinux_i686', 'cp312-musllinux_i686',
    'cp313-musllinux_i686', 'cp314-musllinux_i686', 'cp314t-musllinux_i686', 'cp315-musllinux_i686',
    'cp315t-musllinux_i686', 'cp39-musllinux_aarch64', 'cp310-musllinux_aarch64', 'cp311-musllinux_aarch64',
    'cp312-musllinux_aarch64', 'cp313-musllinux_aarch64', 'cp314-musllinux_aarch64',
    'cp314t-musllinux_aarch64', 'cp315-musllinux_aarch64', 'cp315t-musllinux_aarch64',
    'cp39-musllinux_ppc64le', 'cp310-musllinux_ppc64le', 'cp311-musllinux_ppc64le', 'cp312-musllinux_ppc64le',
    'cp313-musllinux_ppc64le', 'cp314-musllinux_ppc64le', 'cp314t-musllinux_ppc64le',
    'cp315-musllinux_ppc64le', 'cp315t-musllinux_ppc64le', 'cp39-musllinux_s390x', 'cp310-musllinux_s390x',
    'cp311-musllinux_s390x', 'cp312-musllinux_s390x', 'cp313-musllinux_s390x', 'cp314-musllinux_s390x',
    'cp314t-musllinux_s390x', 'cp315-musllinux_s390x', 'cp315t-musllinux_s390x', 'cp39-musllinux_armv7l',
    'cp310-musllinux_armv7l', 'cp311-musllinux_armv7l', 'cp312-musllinux_armv7l', 'cp313-musllinux_armv7l',
    'cp314-musllinux_armv7l', 'cp314t-musllinux_armv7l', 'cp315-musllinux_armv7l', 'cp315t-musllinux_armv7l',
    'cp39-musllinux_riscv64', 'cp310-musllinux_riscv64', 'cp311-musllinux_riscv64', 'cp312-musllinux_riscv64',
    'cp313-musllinux_riscv64', 'cp314-musllinux_riscv64', 'cp314t-musllinux_riscv64',
    'cp315-musllinux_riscv64', 'cp315t-musllinux_riscv64',
  ],
  macos: [
    'cp39-macosx_x86_64', 'cp39-macosx_arm64', 'cp39-macosx_universal2', 'cp310-macosx_x86_64',
    'cp310-macosx_arm64', 'cp310-macosx_universal2', 'cp311-macosx_x86_64', 'cp311-macosx_arm64',
    'cp311-macosx_universal2', 'cp312-macosx_x86_64', 'cp312-macosx_arm64', 'cp312-macosx_universal2',
    'cp313-macosx_x86_64', 'cp313-macosx_arm64', 'cp313-macosx_universal2', 'cp314-macosx_x86_64',
    'cp314-macosx_arm64', 'cp314-macosx_universal2', 'cp314t-macosx_x86_64', 'cp314t-macosx_arm64',
    'cp314t-macosx_universal2', 'cp315-macosx_x86_64', 'cp315-macosx_arm64', 'cp315-macosx_universal2',
    'cp315t-macosx_x86_64', 'cp315t-macosx_arm64', 'cp315t-macosx_universal2', 'pp39-macosx_x86_64',
    'pp39-macosx_arm64', 'pp310-macosx_x86_64', 'pp310-macosx_arm64', 'pp311-macosx_x86_64',
    'pp311-macosx_arm64', 'gp312_250-macosx_x86_64', 'gp312_250-macosx_arm64',
  ],
  windows: [
    'cp39-win32', 'cp39-win_amd64', 'cp310-win32', 'cp310-win_amd64', 'cp311-win32', 'cp311-win_amd64',
    'cp312-win32', 'cp312-win_amd64', 'cp313-win32', 'cp313-win_amd64', 'cp314-win32', 'cp314t-win32',
    'cp314-win_amd64', 'cp314t-win_amd64', 'cp315-win32', 'cp315t-win32', 'cp315-win_amd64',
    'cp315t-win_amd64', 'cp39-win_arm64', 'cp310-win_arm64', 'cp311-win_arm64', 'cp312-win_arm64',
    'cp313-win_arm64', 'cp314-win_arm64', 'cp314t-win_arm64', 'cp315-win_arm64', 'cp315t-win_arm64',
    'pp39-win_amd64', 'pp310-win_amd64', 'pp311-win_amd64', 'gp312_250-win_amd64',
  ],
  pyodide: [
    'cp312-pyodide_wasm32', 'cp313-pyodide_wasm32', 'cp314-pyodide_wasm32', 'cp315-pyodide_wasm32',
  ],
  ios: [
    'cp313-ios_arm64_iphoneos', 'cp313-ios_x86_64_iphonesimulator', 'cp313-ios_arm64_iphonesimulator',
    'cp314-ios_arm64_iphoneos', 'cp314-ios_x86_64_iphonesimulator', 'cp314-ios_arm64_iphonesimulator',
    'cp315-ios_arm64_iphoneos', 'cp315-ios_x86_64_iphonesimulator', 'cp315-ios_arm64_iphonesimulator',
  ],
  android: [
    'cp313-android_arm64_v8a', 'cp313-android_x86_64', 'cp314-android_arm64_v8a', 'cp314-android_x86_64',
    'cp315-android_arm64_v8a', 'cp315-android_x86_64',
  ],
};

/** The groups `enable` turns on; identifiers in them are off by default. */
export const ENABLE_GROUPS = [
  'cpython-prerelease',
  'graalpy',
  'pypy',
  'pypy-eol',
  'pyodide-eol',
  'pyodide-prerelease',
] as const;
/** One of cibuildwheel's enable groups. */
export type EnableGroup = (typeof ENABLE_GROUPS)[number];

/** Every value of cibuildwheel's Architecture enum, in its declaration order. */
export const ARCHITECTURES = [
  'x86_64',
  'i686',
  'aarch64',
  'ppc64le',
  's390x',
  'armv7l',
  'riscv64',
  'universal2',
  'arm64',
  'x86',
  'AMD64',
  'ARM64',
  'wasm32',
  'arm64_v8a',
  'arm64_iphoneos',
  'arm64_iphonesimulator',
  'x86_64_iphonesimulator',
] as const;

/** The architectures each platform can build (`Architecture.all_archs`), in enum order. */
export const PLATFORM_ARCHS: Readonly<Record<Platform, readonly string[]>> = {
  linux: ['x86_64', 'i686', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64'],
  macos: ['x86_64', 'universal2', 'arm64'],
  windows: ['x86', 'AMD64', 'ARM64'],
  pyodide: ['wasm32'],
  ios: ['arm64_iphoneos', 'arm64_iphonesimulator', 'x86_64_iphonesimulator'],
  android: ['x86_64', 'arm64_v8a'],
};

/** How platforms name the same CPU (`ARCH_SYNONYMS`): linux x86_64 is macOS x86_64 and Windows AMD64. */
export const ARCH_SYNONYMS: readonly Partial<
  Record<'linux' | 'macos' | 'windows' | 'android', string | null>
>[] = [
  { linux: 'x86_64', macos: 'x86_64', windows: 'AMD64', android: 'x86_64' },
  { linux: 'i686', macos: null, windows: 'x86' },
  { linux: 'aarch64', macos: 'arm64', windows: 'ARM64', android: 'arm64_v8a' },
];

/** Options `[tool.cibuildwheel]` and its platform tables accept (the keys of defaults.toml). */
// prettier-ignore
export const OPTION_NAMES: ReadonlySet<string> = new Set([
  'archs', 'audit-command', 'audit-requires', 'before-all', 'before-build', 'before-test', 'build',
  'build-frontend', 'build-verbosity', 'config-settings', 'container-engine', 'dependency-versions', 'enable',
  'environment', 'environment-pass', 'manylinux-aarch64-image', 'manylinux-armv7l-image',
  'manylinux-i686-image', 'manylinux-ppc64le-image', 'manylinux-pypy_aarch64-image',
  'manylinux-pypy_i686-image', 'manylinux-pypy_x86_64-image', 'manylinux-riscv64-image',
  'manylinux-s390x-image', 'manylinux-x86_64-image', 'musllinux-aarch64-image', 'musllinux-armv7l-image',
  'musllinux-i686-image', 'musllinux-ppc64le-image', 'musllinux-riscv64-image', 'musllinux-s390x-image',
  'musllinux-x86_64-image', 'pyodide-version', 'repair-wheel-command', 'skip', 'test-command',
  'test-environment', 'test-extras', 'test-groups', 'test-requires', 'test-runtime', 'test-skip',
  'test-sources', 'xbuild-files', 'xbuild-tools',
]);

const IMAGE_OPTIONS = [...OPTION_NAMES].filter((name) => /^(many|musl)linux-.*-image$/.test(name));

/** Options a platform table may not set (`DISALLOWED_OPTIONS`). */
export const DISALLOWED_OPTIONS: Readonly<Partial<Record<Platform, readonly string[]>>> = {
  linux: ['dependency-versions'],
  macos: IMAGE_OPTIONS,
  windows: IMAGE_OPTIONS,
};
