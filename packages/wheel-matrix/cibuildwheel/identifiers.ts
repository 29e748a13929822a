/** What a build identifier says: its interpreter (cp312, cp314t, pp310, gp312_250) and its architecture. */
const WINDOWS_ARCHS: Readonly<Record<string, string>> = {
  win32: 'x86',
  win_amd64: 'AMD64',
  win_arm64: 'ARM64',
};
const PLATFORM_PREFIXES = ['manylinux_', 'musllinux_', 'macosx_', 'pyodide_', 'ios_', 'android_'];

/** The interpreter part of an identifier: `cp312` in `cp312-manylinux_x86_64`. */
export function interpreterOf(identifier: string): string {
  return identifier.slice(0, identifier.indexOf('-'));
}

/** The platform part of an identifier: `manylinux_x86_64` in `cp312-manylinux_x86_64`. */
export function platformTagOf(identifier: string): string {
  return identifier.slice(identifier.indexOf('-') + 1);
}

/** The cibuildwheel architecture an identifier builds for (`AMD64` for `cp312-win_amd64`). */
export function archOf(identifier: string): string {
  const tag = platformTagOf(identifier);
  const windows = WINDOWS_ARCHS[tag];
  if (windows) return windows;
  for (const prefix of PLATFORM_PREFIXES) if (tag.startsWith(prefix)) return tag.slice(prefix.length);
  return tag;
}

/** The Python minor version an identifier's interpreter implements: 12 for cp312, pp312 and gp312_250. */
export function pythonMinorOf(identifier: string): number {
  return Number(/^[a-z]+3(\d+)/.exec(identifier)?.[1] ?? NaN);
}

/** True for CPython identifiers, free-threaded ones included. */
export function isCPython(identifier: string): boolean {
  return identifier.startsWith('cp');
}
