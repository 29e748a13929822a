/**
 * cibuildwheel's `archs` setting (`Architecture.parse_config`): names, case-insensitive, and the keywords
 * `auto`, `native`, `all`, `auto64`, `auto32`, which depend on the machine cibuildwheel runs on.
 */
import { ARCH_SYNONYMS, ARCHITECTURES, PLATFORM_ARCHS, type Platform } from './data.js';

/** The machine a cibuildwheel run happens on: its OS and what Python's platform.machine() reports there. */
export interface BuildMachine {
  os: 'linux' | 'macos' | 'windows';
  /** x86_64 or aarch64 on Linux, arm64 or x86_64 on macOS, AMD64 or ARM64 on Windows. */
  machine: string;
}

/** An archs value cibuildwheel refuses. */
export class ArchitectureError extends Error {
  override readonly name = 'ArchitectureError';
}

const BITNESS_PAIRS: Readonly<Record<string, string>> = { x86_64: 'i686', AMD64: 'x86', aarch64: 'armv7l' };

type SynonymPlatform = keyof (typeof ARCH_SYNONYMS)[number];

function archSynonym(arch: string, from: string, to: string): string | null {
  for (const synonyms of ARCH_SYNONYMS) {
    if (synonyms[from as SynonymPlatform] === arch) {
      const synonym = synonyms[to as SynonymPlatform];
      return synonym === undefined ? arch : synonym;
    }
  }
  return arch;
}

/** The architecture cibuildwheel calls native for `platform` on `host`, or null when it cannot build there. */
export function nativeArch(platform: Platform, host: BuildMachine): string | null {
  if (platform === 'pyodide') return 'wasm32';
  if (platform === 'ios') {
    if (host.os !== 'macos') return null;
    return host.machine === 'x86_64' ? 'x86_64_iphonesimulator' : 'arm64_iphonesimulator';
  }
  if (host.os === platform) return host.machine;
  return archSynonym(host.machine, host.os, platform);
}

function autoArchs(platform: Platform, host: BuildMachine): string[] {
  const native = nativeArch(platform, host);
  if (native === null) return [];
  if (platform === 'windows' && native === 'AMD64') return [native, 'x86'];
  if (platform === 'ios' && native === 'arm64_iphonesimulator') return [native, 'arm64_iphoneos'];
  return [native];
}

// A 64-bit machine's 32-bit sibling: i686 on x86_64, x86 on AMD64; armv7l needs AArch32 support, which
// cibuildwheel probes with `linux32 uname -m` and which the machines planned for here do not report.
function bitnessArchs(platform: Platform, host: BuildMachine, bitness: 64 | 32): string[] {
  const native = nativeArch(platform, host);
  if (native === null) return [];
  if (native === 'wasm32') return bitness === 32 ? [native] : [];
  const thirtyTwo = Object.values(BITNESS_PAIRS);
  if (bitness === 64) return thirtyTwo.includes(native) ? [] : [native];
  if (thirtyTwo.includes(native)) return [native];
  const sibling = BITNESS_PAIRS[native];
  if (sibling === undefined || !['linux', 'windows'].includes(platform) || native === 'aarch64') return [];
  return [sibling];
}

function archByName(name: string, platform: Platform): string | undefined {
  const lower = name.toLowerCase();
  return (
    PLATFORM_ARCHS[platform].find((arch) => arch.toLowerCase() === lower) ??
    ARCHITECTURES.find((arch) => arch.toLowerCase() === lower)
  );
}

/** The architectures an archs setting stands for on `platform` when cibuildwheel runs on `host`. */
export function parseArchs(setting: string, platform: Platform, host: BuildMachine): Set<string> {
  const result = new Set<string>();
  for (const word of setting.split(/[\s,]+/)) {
    let archs: readonly string[];
    if (word === 'auto') archs = autoArchs(platform, host);
    else if (word === 'native') archs = [nativeArch(platform, host)].filter((a): a is string => a !== null);
    else if (word === 'all') archs = PLATFORM_ARCHS[platform];
    else if (word === 'auto64') archs = bitnessArchs(platform, host, 64);
    else if (word === 'auto32') archs = bitnessArchs(platform, host, 32);
    else {
      const arch = archByName(word, platform);
      if (arch === undefined) throw new ArchitectureError(`Invalid architecture '${word}'`);
      archs = [arch];
    }
    for (const arch of archs) result.add(arch);
  }
  return result;
}
