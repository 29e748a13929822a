/**
 * The `platforms` tokens: a target is one platform and architecture cibuildwheel runs for in one job, and
 * the machine that job needs (its own architecture where such machines are common, else an x86_64 Linux
 * machine that emulates it with QEMU). Coarse tokens stand for the targets with native machines.
 */
import type { BuildMachine } from './cibuildwheel/architectures.js';
import { PLATFORM_ARCHS, type Platform } from './cibuildwheel/data.js';
import { closestName } from './cibuildwheel/validate-config.js';
import { PlanError } from './errors.js';

/** One planned platform + architecture, as a `platforms` token names it. */
export interface Target {
  /** The fine token: `linux-aarch64`, `macos-universal2`, `pyodide`. */
  token: string;
  platform: Platform;
  /** The cibuildwheel architectures it builds when the project leaves `archs` at `auto`. */
  archs: readonly string[];
  /** The machine cibuildwheel runs on for it. */
  machine: BuildMachine;
  /** True when that machine emulates the architecture (a QEMU setup step is needed). */
  emulated: boolean;
}

const LINUX_X86: BuildMachine = { os: 'linux', machine: 'x86_64' };
const MAC_ARM: BuildMachine = { os: 'macos', machine: 'arm64' };
const WINDOWS_X64: BuildMachine = { os: 'windows', machine: 'AMD64' };

function target(
  token: string,
  platform: Platform,
  archs: readonly string[],
  machine: BuildMachine,
  emulated = false,
): Target {
  return { token, platform, archs, machine, emulated };
}

/** Every target, in the order jobs are listed. */
export const TARGETS: readonly Target[] = [
  target('linux-x86_64', 'linux', ['x86_64'], LINUX_X86),
  target('linux-aarch64', 'linux', ['aarch64'], { os: 'linux', machine: 'aarch64' }),
  target('linux-i686', 'linux', ['i686'], LINUX_X86),
  target('linux-ppc64le', 'linux', ['ppc64le'], LINUX_X86, true),
  target('linux-s390x', 'linux', ['s390x'], LINUX_X86, true),
  target('linux-riscv64', 'linux', ['riscv64'], LINUX_X86, true),
  target('linux-armv7l', 'linux', ['armv7l'], LINUX_X86, true),
  target('macos-arm64', 'macos', ['arm64'], MAC_ARM),
  target('macos-x86_64', 'macos', ['x86_64'], { os: 'macos', machine: 'x86_64' }),
  target('macos-universal2', 'macos', ['universal2'], MAC_ARM),
  target('windows-amd64', 'windows', ['AMD64'], WINDOWS_X64),
  target('windows-arm64', 'windows', ['ARM64'], { os: 'windows', machine: 'ARM64' }),
  target('windows-x86', 'windows', ['x86'], WINDOWS_X64),
  target('pyodide', 'pyodide', PLATFORM_ARCHS.pyodide, LINUX_X86),
  target('ios', 'ios', PLATFORM_ARCHS.ios, MAC_ARM),
  target('android', 'android', PLATFORM_ARCHS.android, LINUX_X86),
];

/** Coarse tokens: a platform's targets that have native GitHub-hosted machines. */
export const COARSE_TOKENS: Readonly<Record<string, readonly string[]>> = {
  linux: ['linux-x86_64', 'linux-aarch64'],
  macos: ['macos-arm64', 'macos-x86_64'],
  windows: ['windows-amd64', 'windows-arm64'],
};

/** What `platforms` asks for: the platforms named coarsely, and the targets. */
export interface RequestedTargets {
  /** Platforms named by a coarse token (or pyodide, ios, android): their archs setting may add targets. */
  coarse: Set<Platform>;
  /** Targets named or implied, in TARGETS order. */
  targets: Target[];
  /** Tokens named one by one (not through linux, macos or windows). */
  named: Set<string>;
}

/** The target of a fine token (case-insensitive), or undefined. */
export function targetByToken(token: string): Target | undefined {
  return TARGETS.find((t) => t.token === token.toLowerCase());
}

/** The target that builds `arch` on `platform`, or undefined when there is none. */
export function targetForArch(platform: Platform, arch: string): Target | undefined {
  return TARGETS.find((t) => t.platform === platform && t.archs.includes(arch));
}

/** Parses the space- or comma-separated tokens; throws a PlanError naming an unknown one and the choices. */
export function parsePlatforms(text: string): RequestedTargets {
  const words = text.split(/[\s,]+/).filter(Boolean);
  if (words.length === 0) throw new PlanError('names no platform; use e.g. "linux macos windows"');
  const coarse = new Set<Platform>();
  const tokens = new Set<string>();
  const named = new Set<string>();
  for (const word of words) {
    const lower = word.toLowerCase();
    const expansion = COARSE_TOKENS[lower];
    if (expansion) {
      coarse.add(lower as Platform);
      for (const token of expansion) tokens.add(token);
      continue;
    }
    const fine = targetByToken(lower);
    if (!fine) throw unknownToken(word);
    if (fine.archs.length > 1) coarse.add(fine.platform);
    tokens.add(fine.token);
    named.add(fine.token);
  }
  return { coarse, targets: TARGETS.filter((t) => tokens.has(t.token)), named };
}

function unknownToken(word: string): PlanError {
  const known = [...Object.keys(COARSE_TOKENS), ...TARGETS.map((t) => t.token)];
  const guess = closestName(word.toLowerCase(), known);
  return new PlanError(
    `unknown platform ${JSON.stringify(word)}${guess ? ` (did you mean ${guess}?)` : ''}; the platforms are ${known.join(', ')}`,
  );
}
