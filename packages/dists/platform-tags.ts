/** Which wheel platform tags PyPI accepts (warehouse `_valid_platform_tag`, as of 2026). */

const STATIC = new Set([
  'any',
  'win32',
  'win_arm64',
  'win_amd64',
  'win_ia64',
  'manylinux1_x86_64',
  'manylinux1_i686',
  'manylinux2010_x86_64',
  'manylinux2010_i686',
  'manylinux2014_x86_64',
  'manylinux2014_i686',
  'manylinux2014_aarch64',
  'manylinux2014_armv7l',
  'manylinux2014_ppc64',
  'manylinux2014_ppc64le',
  'manylinux2014_s390x',
  'linux_armv6l',
  'linux_armv7l',
]);
const MACOSX = /^macosx_(\d+)_(\d+)_(.*)$/s;
const MACOSX_ARCHES = new Set([
  'ppc',
  'ppc64',
  'i386',
  'x86_64',
  'arm64',
  'intel',
  'fat',
  'fat3',
  'fat64',
  'universal',
  'universal2',
]);
// macOS 11 and later only ever use minor 0 in tags; 10.x uses any minor.
const MACOSX_MAJORS = new Set(['11', '12', '13', '14', '15', '26']);
const LINUX = /^(many|musl)linux_(\d+)_(\d+)_(.*)$/s;
const JOINT_LINUX_ARCHES = ['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64'];
const MANYLINUX_ARCHES = new Set([...JOINT_LINUX_ARCHES, 'ppc64']);
const MUSLLINUX_ARCHES = new Set(JOINT_LINUX_ARCHES);
// No end anchor: warehouse uses re.match, so text after the SDK name is tolerated.
const IOS = /^ios_(\d+)_(\d+)_(.*)_(iphoneos|iphonesimulator)/s;
const IOS_ARCHES = new Set(['arm64', 'x86_64']);
const ANDROID = /^android_(\d+)_(.*)$/s;
const ANDROID_ARCHES = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64']);

// Prefix match, as warehouse's re.match.
const PYEMSCRIPTEN = /^pyemscripten_\d+_\d+_wasm32/;

/** True when PyPI accepts a wheel with this platform tag: any, win*, manylinux*, musllinux_x_y, macosx, ios, android, pyemscripten; never plain linux_x86_64. */
export function isPyPIPlatformTag(platform: string): boolean {
  if (STATIC.has(platform)) return true;
  const mac = MACOSX.exec(platform);
  if (mac && mac[1] === '10' && MACOSX_ARCHES.has(mac[3] ?? '')) return true;
  if (mac && MACOSX_MAJORS.has(mac[1] ?? '') && mac[2] === '0' && MACOSX_ARCHES.has(mac[3] ?? ''))
    return true;
  const linux = LINUX.exec(platform);
  if (linux) return (linux[1] === 'musl' ? MUSLLINUX_ARCHES : MANYLINUX_ARCHES).has(linux[4] ?? '');
  const ios = IOS.exec(platform);
  if (ios && IOS_ARCHES.has(ios[3] ?? '')) return true;
  const android = ANDROID.exec(platform);
  if (android !== null && ANDROID_ARCHES.has(android[2] ?? '')) return true;
  return PYEMSCRIPTEN.test(platform);
}
