/**
 * The host a rehearsal builds on: which wheel its interpreter makes, and the plan that expects exactly that wheel
 * (build-wheel-matrix limited to this platform, architecture and Python), so collect can prove the set complete.
 */
import { runProcess } from '../process/index.js';

/** What the interpreter of a rehearsal builds for. */
export interface HostFacts {
  /** cibuildwheel's platform: linux, macos or windows. */
  platform: string;
  /** cibuildwheel's architecture name: x86_64, aarch64, arm64, AMD64, ARM64. */
  arch: string;
  /** The CPython build tag, e.g. cp311. */
  pythonTag: string;
  /** The C library a Linux wheel is tagged for, e.g. `2_36` (glibc 2.36), or null elsewhere. */
  glibc: string | null;
}

const PROBE = `import json, os, platform, sys
try:
    libc = os.confstr("CS_GNU_LIBC_VERSION") or ""
except (AttributeError, ValueError, OSError):
    libc = ""
print(json.dumps({"machine": platform.machine(), "tag": "cp%d%d" % sys.version_info[:2], "libc": libc}))`;

/** cibuildwheel's name of the OS Node reports as `platform`: linux, macos or windows. */
export function cibwPlatform(platform: NodeJS.Platform): string {
  return platform === 'darwin' ? 'macos' : platform === 'win32' ? 'windows' : 'linux';
}

/** cibuildwheel's name of `machine` on `platform`. */
export function cibwArch(platform: string, machine: string): string {
  const lower = machine.toLowerCase();
  if (platform === 'windows') return lower === 'arm64' ? 'ARM64' : 'AMD64';
  if (platform === 'macos') return lower === 'x86_64' ? 'x86_64' : 'arm64';
  return lower === 'arm64' ? 'aarch64' : lower === 'amd64' ? 'x86_64' : lower;
}

/** Reads the facts from `python` itself; throws one line when it cannot run. */
export async function readHost(python: string, platform: string): Promise<HostFacts> {
  const result = await runProcess(python, ['-c', PROBE]).catch((error: Error) => ({
    code: 1,
    stdout: '',
    stderr: error.message,
  }));
  if (result.code !== 0)
    throw new Error(`--python ${python} cannot run: ${result.stderr.trim().split('\n').at(-1) ?? ''}`);
  const probe = JSON.parse(result.stdout) as { machine: string; tag: string; libc: string };
  const glibc = /^glibc (\d+)\.(\d+)/.exec(probe.libc);
  return {
    platform,
    arch: cibwArch(platform, probe.machine),
    pythonTag: probe.tag,
    glibc: platform === 'linux' && glibc ? `${glibc[1]}_${glibc[2]}` : null,
  };
}

/** build-wheel-matrix's `platforms` and CIBW_BUILD for a plan of this host's one wheel. */
export function hostPlan(host: HostFacts): { platforms: string; build: string } {
  const platformTag =
    host.platform === 'linux'
      ? `manylinux_${host.arch}`
      : host.platform === 'macos'
        ? `macosx_${host.arch}`
        : `win_${host.arch.toLowerCase()}`;
  return {
    platforms: `${host.platform}-${host.arch.toLowerCase()}`,
    build: `${host.pythonTag}-${platformTag}`,
  };
}

/** The Python that retags a Linux wheel `linux_<arch>` as `manylinux_<glibc>_<arch>` (WHEEL, RECORD, file name). */
export const RETAG_SCRIPT = `import base64, hashlib, os, sys, zipfile
path, tag = sys.argv[1], sys.argv[2]
name = os.path.basename(path)
plain = name.rsplit("-", 1)[1][: -len(".whl")]
if not plain.startswith("linux_"):
    sys.exit(0)
new_tag = tag + "_" + plain[len("linux_"):]
with zipfile.ZipFile(path) as source:
    members = [(info, source.read(info)) for info in source.infolist()]
def digest(data):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
wheel_file = next(info.filename for info, _ in members if info.filename.endswith(".dist-info/WHEEL"))
out = []
for info, data in members:
    if info.filename == wheel_file:
        data = data.decode().replace(plain, new_tag).encode()
        members_wheel = data
    out.append((info, data))
for index, (info, data) in enumerate(out):
    if info.filename.endswith(".dist-info/RECORD"):
        lines = [line for line in data.decode().splitlines() if not line.startswith(wheel_file + ",")]
        lines.insert(0, "%s,%s,%d" % (wheel_file, digest(members_wheel), len(members_wheel)))
        out[index] = (info, ("\\n".join(lines) + "\\n").encode())
target = os.path.join(os.path.dirname(path), name[: -len(plain) - 4] + new_tag + ".whl")
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as wheel:
    for info, data in out:
        wheel.writestr(info, data)
os.remove(path)
print("tagged %s for this host's glibc: %s" % (plain, os.path.basename(target)))`;
