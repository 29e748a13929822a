/** Which platform a distribution is for, in words a release manager scans a summary by. Pure. */
import { parseWheelFilename } from '../dists/index.js';

const ARCH_WORDS: Record<string, string> = { amd64: 'AMD64', arm64: 'ARM64', win32: 'x86' };

const RULES: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/^manylinux(?:\d+|_\d+_\d+)_(.+)$/, (m) => `Linux ${m[1]}`],
  [/^musllinux_\d+_\d+_(.+)$/, (m) => `Linux ${m[1]} (musl)`],
  [/^linux_(.+)$/, (m) => `Linux ${m[1]} (not manylinux)`],
  [/^macosx_\d+_\d+_(.+)$/, (m) => `macOS ${m[1]}`],
  [/^win_(.+)$/, (m) => `Windows ${ARCH_WORDS[m[1] as string] ?? m[1]}`],
  [/^win32$/, () => 'Windows x86'],
  [/^ios_\d+_\d+_(.+)$/, (m) => `iOS ${m[1]}`],
  [/^android_\d+_(.+)$/, (m) => `Android ${m[1]}`],
  [/^pyodide_\d+_\d+_(.+)$/, (m) => `Pyodide ${m[1]}`],
  [/^any$/, () => 'any platform (pure Python)'],
];

/** `Linux x86_64`, `macOS arm64`, `Windows AMD64`, `any platform (pure Python)`, `sdist`; the tag itself otherwise. */
export function platformOf(filename: string): string {
  if (!filename.endsWith('.whl')) return 'sdist';
  let platform: string;
  try {
    platform = parseWheelFilename(filename).tags[0]?.platform ?? 'unknown';
  } catch {
    return 'unknown';
  }
  for (const [regex, label] of RULES) {
    const match = regex.exec(platform);
    if (match) return label(match);
  }
  return platform;
}
