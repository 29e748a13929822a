#!/usr/bin/env python3
"""Golden files for packages/wheel-matrix, asked of cibuildwheel 4.2.0 itself.

cibuildwheel decides which wheels a configuration builds; build-wheel-matrix must decide the same. This
script runs a copy of cibuildwheel 4.2.0 (pypa/cibuildwheel tag v4.2.0) over many configurations and writes
what it answered to test/wheel-matrix/goldens/cibuildwheel-4.2.0.json, which the planner's tests read.

    /usr/bin/python3 scripts/goldens/cibuildwheel.py CIBUILDWHEEL_DIR [OUT_FILE]

CIBUILDWHEEL_DIR is a checkout of pypa/cibuildwheel v4.2.0 (its `cibuildwheel` package directly inside it or
under `src/`, optional `vendor/` for dependencies); the Python running this script needs cibuildwheel's
dependencies (Debian: python3-bracex python3-packaging python3-platformdirs python3-filelock python3-certifi
python3-humanize, and bashlex or a stand-in: print mode imports it without using it). Each identifier list
comes from a real `python -m cibuildwheel --print-build-identifiers` process; the build machine is pretended
by replacing platform.machine() in that process, which is all "auto" archs depend on.

What is recorded:
- `tables`: every identifier per platform in cibuildwheel's order, the enable groups, each platform's
  architectures and the option names a config file may use (read from the oracle's own modules and files).
- `selectors`: for build/skip patterns, which identifiers `selector_matches` accepts, and bracex expansions.
- `specifiers`: for requires-python strings, which Python minors (3.9 to 3.16) the selector lets through.
- `archKeywords`: `Architecture.parse_config` for archs settings on each kind of build machine.
- `cases`: project files + CIBW_* environment; per platform the settings cibuildwheel resolved (in-process)
  and, from the real command line, the identifiers printed (or the error) for given --archs and machines.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import json
import os
import platform as platform_module
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

# Error messages print Python sets; a fixed hash seed keeps them, and so the goldens, byte-identical.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})

ORACLE = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else None
if ORACLE is None or not any((ORACLE / d / "cibuildwheel").is_dir() for d in ("", "src")):
    sys.exit(__doc__)
OUT = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).resolve().parents[2] / "test" / "wheel-matrix" / "goldens" / "cibuildwheel-4.2.0.json"
ORACLE_PATH = [str(p) for p in (ORACLE / "src", ORACLE, ORACLE / "vendor") if p.is_dir()]
sys.path[:0] = ORACLE_PATH

# Runs cibuildwheel's command line in a fresh process, on a pretended machine when CIBW_GOLDEN_MACHINE is set.
CLI = """
import os, platform, runpy
machine = os.environ.pop("CIBW_GOLDEN_MACHINE", "")
if machine:
    platform.machine = lambda: machine
runpy.run_module("cibuildwheel", run_name="__main__", alter_sys=True)
"""

import bracex  # noqa: E402
from packaging.specifiers import SpecifierSet  # noqa: E402
from packaging.version import Version  # noqa: E402

from cibuildwheel import __version__ as CIBW_VERSION  # noqa: E402
from cibuildwheel.__main__ import check_for_invalid_selectors  # noqa: E402
from cibuildwheel.architecture import Architecture  # noqa: E402
from cibuildwheel.options import CommandLineArguments, ListFormat, Options  # noqa: E402
from cibuildwheel.platforms import ALL_PLATFORM_MODULES  # noqa: E402
from cibuildwheel.selector import BuildSelector, EnableGroup, selector_matches  # noqa: E402
from cibuildwheel.util import resources  # noqa: E402

assert CIBW_VERSION == "4.2.0", f"this generator is for cibuildwheel 4.2.0, found {CIBW_VERSION}"

PLATFORMS = ["linux", "macos", "windows", "pyodide", "ios", "android"]
ALL_IDS = {p: [c.identifier for c in ALL_PLATFORM_MODULES[p].all_python_configurations()] for p in PLATFORMS}
EVERY_ID = [i for p in PLATFORMS for i in ALL_IDS[p]]


# ------------------------------------------------------------------------------------------------------------
# Tables


def tables() -> dict:
    with resources.DEFAULTS.open("rb") as f:
        defaults = tomllib.load(f)["tool"]["cibuildwheel"]
    platform_sections = {p: sorted(defaults.get(p, {})) for p in PLATFORMS}
    return {
        "version": CIBW_VERSION,
        "identifiers": ALL_IDS,
        "enableGroups": [g.value for g in EnableGroup],
        "allArchs": {p: sorted(a.value for a in Architecture.all_archs(p)) for p in PLATFORMS},
        "globalOptions": sorted(k for k in defaults if k not in PLATFORMS),
        "platformOnlyOptions": platform_sections,
    }


# ------------------------------------------------------------------------------------------------------------
# Selectors, brace expansion, specifiers

SELECTOR_PATTERNS = [
    "*", "", "cp311-*", "cp31?-*", "cp3{10,11,12}-*", "cp3{9..12}-*", "cp3{10..14..2}-*", "cp{3{9,10},31{1,2}}-*",
    "*{,t}-*", "*t-*", "pp*", "pp3?-*", "gp*", "*-manylinux_x86_64", "*-musllinux_*", "*linux*", "*_x86_64",
    "*-macosx_arm64 *-macosx_universal2", "*-win32", "*-win_*", "cp312-pyodide_*", "*-pyodide_wasm32", "*-ios_*",
    "*-android_arm64_v8a", "[cp]p31[0-2]-*", "[!c]*", "cp3[!1]*", "cp31[]-*", "cp31[-*", "cp3{9,1{0,1}}-*_{x86_64,aarch64}",
    "cp{39,310", "cp39}-*", "{cp39,cp310}-manylinux_{x86_64,i686}", "\\{cp39,cp310}-*", "cp3{9..11}-manylinux_*  cp313-*",
    "CP311-*", "cp311-MANYLINUX_X86_64", "cp2{7,8}-*", "cp36-*", "cp313t-*", "cp316*", "cp316-*", "*-manylinux_armv7l",
    "*_riscv64 *_s390x *_ppc64le", "cp315t-*", "*?", "*-win_amd64 pp*", "cp31{3,4,5}{,t}-*", "{a..c}*", "x{1..3..0}*",
]

BRACE_PATTERNS = [
    "cp{39,310}-*", "cp3{9..12}-*", "{a,b", "a}", "{a}", "cp3{10..14..2}-*", "{01..03}", "{a..c}", "\\{a,b}",
    "cp{3{9,10},31{1,2}}-*", "*{,t}-*", "{}", "x{1..3..0}", "{a,{b,c}d}", "{a,b}{c,d}", "a{b,c{d,e}f}g", "{-1..2}",
    "{3..1}", "{a..e..2}", "{1..a}", "a\\,b", "{a\\,b,c}", "{a,b\\}", "{,}", "{a,}", "{..}", "{1..3}{", "[{a,b}]",
    "{a,b}}", "{{a,b}", "{1..10..-3}", "{05..10..3}", "{a..c..-1}", "{1...3}", "{1..3..}", "{-01..2}", "{a,b}\\",
    "${a,b}", "{1..1000}x{1..10}", "cp3{9,1{0..5}}{,t}-*", "{x,y}{1..2}{a,b}", "cp{39..315}-*",
]

SPECIFIERS = [
    ">=3.9", ">=3.11", ">=3.10,<3.13", "~=3.12", "==3.12.*", "!=3.13.*,>=3.12", ">3.12", "<=3.12", "==3.12", ">=3.14",
    ">=3.16", ">= 3.10 , < 4", "<3.10", "~=3.11.0", ">=3.13.0a1", ">3", "==3.*", "===3.12.99", "<3.12.99", ">3.12.0",
    ">=3.9.*", "~=3", "!=3.12", "!=3.12.99", "<3.13.0rc1", ">3.11.post1", "==3.13.*, !=3.13.1", "", " >=3.10 ", ">=3.11;",
    "3", ">=3,<3.10|>=3.12", ">=3.10.0-final", "<=3.11.*", ">=3.14.dev0", "==3.12.99+local", ">=v3.10",
]


def selectors() -> dict:
    matches = {p: [i for i in EVERY_ID if selector_matches(p, i)] for p in SELECTOR_PATTERNS}
    expansions = {}
    for pattern in BRACE_PATTERNS:
        try:
            expansions[pattern] = {"expansion": bracex.expand(pattern)}
        except Exception as e:  # noqa: BLE001 - the golden records what fails
            expansions[pattern] = {"error": f"{type(e).__name__}: {e}"}
    return {"matches": matches, "braces": expansions}


def specifiers() -> dict:
    result = {}
    for spec in SPECIFIERS:
        try:
            specifier_set = SpecifierSet(spec)
        except Exception as e:  # noqa: BLE001
            result[spec] = {"error": f"{type(e).__name__}: {e}"}
            continue
        result[spec] = {"minors": [m for m in range(9, 17) if specifier_set.contains(Version(f"3.{m}.99"))]}
    return result


# ------------------------------------------------------------------------------------------------------------
# Architecture keywords on each build machine (host OS, machine)

MACHINES = {
    "linux": [("linux", "x86_64"), ("linux", "aarch64")],
    "macos": [("darwin", "arm64"), ("darwin", "x86_64")],
    "windows": [("win32", "AMD64"), ("win32", "ARM64")],
    "pyodide": [("linux", "x86_64")],
    "ios": [("darwin", "arm64"), ("darwin", "x86_64")],
    "android": [("linux", "x86_64"), ("linux", "aarch64"), ("darwin", "arm64")],
}
ARCH_SETTINGS = [
    "auto", "native", "all", "auto64", "auto32", "auto64 auto32", "x86_64", "aarch64", "arm64", "ARM64", "amd64",
    "x86", "i686", "universal2", "x86_64,arm64", "x86_64, aarch64 ppc64le", "wasm32", "arm64_v8a", "arm64_iphoneos",
    "native ppc64le", "all auto", "bogus", "", "armv7l riscv64 s390x",
]


@contextlib.contextmanager
def pretend_host(host_os: str, machine: str):
    saved = (sys.platform, platform_module.machine)
    sys.platform = host_os
    platform_module.machine = lambda: machine
    try:
        yield
    finally:
        sys.platform, platform_module.machine = saved


def arch_keywords() -> list:
    rows = []
    for target in PLATFORMS:
        for host_os, machine in MACHINES[target]:
            for setting in ARCH_SETTINGS:
                row = {"platform": target, "hostOs": host_os, "machine": machine, "setting": setting}
                with pretend_host(host_os, machine):
                    try:
                        row["archs"] = sorted(a.value for a in Architecture.parse_config(setting, target))
                    except BaseException as e:  # noqa: BLE001
                        row["error"] = f"{type(e).__name__}: {e}"
                rows.append(row)
    return rows


# ------------------------------------------------------------------------------------------------------------
# Configurations


def pyproject(body: str = "", requires: str | None = None, name: str = "example") -> str:
    head = f'[project]\nname = "{name}"\n'
    if requires is not None:
        head += f"requires-python = {json.dumps(requires)}\n"
    return head + body


def case(name: str, files: dict, env: dict | None = None, runs: list | None = None) -> dict:
    return {"name": name, "files": files, "env": env or {}, "runs": runs or STANDARD_RUNS}


def run(target: str, archs: str | None, machine: str | None = None) -> dict:
    return {"platform": target, "archs": archs, "machine": machine}


# Every platform with all its architectures; macOS on an arm64 machine, where each job of the plan runs.
STANDARD_RUNS = [run(p, "all", "aarch64" if p == "macos" else None) for p in PLATFORMS]
LINUX_RUN = [run("linux", "x86_64,aarch64")]


def requires_python_cases() -> list:
    cases = []
    for spec in SPECIFIERS[:20] + [">=3.11;", "3"]:
        cases.append(case(f"pyproject requires-python {spec!r}", {"pyproject.toml": pyproject(requires=spec)}, runs=LINUX_RUN))
    cases += [
        case("pyproject requires-python as an integer", {"pyproject.toml": '[project]\nname = "x"\nrequires-python = 3\n'}, runs=LINUX_RUN),
        case("pyproject requires-python as a list", {"pyproject.toml": '[project]\nname = "x"\nrequires-python = [">=3.12"]\n'}, runs=LINUX_RUN),
        case("pyproject without [project] falls back to setup.cfg",
             {"pyproject.toml": "[build-system]\nrequires = ['setuptools']\n", "setup.cfg": "[options]\npython_requires = >=3.13\n"}, runs=LINUX_RUN),
        case("pyproject requires-python beats setup.cfg and setup.py",
             {"pyproject.toml": pyproject(requires=">=3.14"), "setup.cfg": "[options]\npython_requires = >=3.10\n",
              "setup.py": "from setuptools import setup\nsetup(python_requires='>=3.9')\n"}, runs=LINUX_RUN),
        case("setup.cfg beats setup.py", {"setup.cfg": "[metadata]\nname = x\n[options]\npython_requires = >=3.12\n",
                                          "setup.py": "from setuptools import setup\nsetup(python_requires='>=3.10')\n"}, runs=LINUX_RUN),
        case("setup.cfg colon, spaces, upper-case key", {"setup.cfg": "[options]\nPYTHON_REQUIRES :   >=3.11, <3.14\n"}, runs=LINUX_RUN),
        case("setup.cfg continuation line", {"setup.cfg": "[options]\npython_requires =\n    >=3.13\n"}, runs=LINUX_RUN),
        case("setup.cfg comments and other sections", {"setup.cfg": "# top\n[metadata]\nname = x\n; note\n[options]\n# python_requires = >=3.9\npython_requires = ~=3.12\nzip_safe = False\n"}, runs=LINUX_RUN),
        case("setup.cfg without python_requires falls back to setup.py",
             {"setup.cfg": "[options]\nzip_safe = False\n", "setup.py": "import setuptools\nsetuptools.setup(name='x', python_requires='>=3.14')\n"}, runs=LINUX_RUN),
        case("setup.cfg python-requires with a dash is not read", {"setup.cfg": "[options]\npython-requires = >=3.14\n"}, runs=LINUX_RUN),
        case("setup.py top-level call", {"setup.py": "from setuptools import setup\n\nsetup(\n    name='x',\n    python_requires=\">=3.12\",\n)\n"}, runs=LINUX_RUN),
        case("setup.py assigned call", {"setup.py": "from setuptools import setup\ndist = setup(name='x', python_requires='>=3.13')\n"}, runs=LINUX_RUN),
        case("setup.py under if __name__ == '__main__'", {"setup.py": "from setuptools import setup\nif __name__ == '__main__':\n    setup(python_requires='>=3.11')\n"}, runs=LINUX_RUN),
        case("setup.py under reversed main test", {"setup.py": "from setuptools import setup\nif '__main__' == __name__:\n    setup(python_requires='>=3.14')\n"}, runs=LINUX_RUN),
        case("setup.py inside a function is ignored", {"setup.py": "from setuptools import setup\ndef main():\n    setup(python_requires='>=3.14')\nmain()\n"}, runs=LINUX_RUN),
        case("setup.py with a variable is ignored", {"setup.py": "from setuptools import setup\nREQ = '>=3.14'\nsetup(python_requires=REQ)\n"}, runs=LINUX_RUN),
        case("setup.py implicit concatenation", {"setup.py": "from setuptools import setup\nsetup(python_requires='>=3.1' '2')\n"}, runs=LINUX_RUN),
        case("setup.py nested call keyword is ignored", {"setup.py": "from setuptools import setup\nsetup(name='x', options=dict(python_requires='>=3.14'))\n"}, runs=LINUX_RUN),
        case("setup.py last keyword wins", {"setup.py": "from setuptools import setup\nsetup(python_requires='>=3.10')\nsetup(python_requires='>=3.13')\n"}, runs=LINUX_RUN),
        case("setup.py with comments and strings", {"setup.py": "# setup(python_requires='>=3.15')\nfrom setuptools import setup\ns = \"setup(python_requires='>=3.15')\"\nsetup(  # the call\n  python_requires = r'>=3.12' ,\n)\n"}, runs=LINUX_RUN),
        case("setup.py with a syntax error is ignored", {"setup.py": "from setuptools import setup\nsetup(python_requires='>=3.14'\n"}, runs=LINUX_RUN),
        case("no requires-python anywhere", {"setup.py": "from setuptools import setup\nsetup(name='x')\n"}, runs=LINUX_RUN),
        case("CIBW_PROJECT_REQUIRES_PYTHON beats pyproject", {"pyproject.toml": pyproject(requires=">=3.9")},
             {"CIBW_PROJECT_REQUIRES_PYTHON": ">=3.13"}, runs=LINUX_RUN),
        case("empty CIBW_PROJECT_REQUIRES_PYTHON is ignored", {"pyproject.toml": pyproject(requires=">=3.14")},
             {"CIBW_PROJECT_REQUIRES_PYTHON": ""}, runs=LINUX_RUN),
        case("no project files at all", {"README.md": "hello\n"}, runs=LINUX_RUN),
    ]
    return cases


ENABLE_VALUES = [None, "pypy", "pypy-eol", "graalpy", "cpython-prerelease", "pyodide-eol", "pyodide-prerelease", "all",
                 ["pypy", "graalpy"], ["pypy-eol", "cpython-prerelease", "pyodide-eol"], "bogus", ["pypy", "all"]]


def selection_cases() -> list:
    cases = []
    for enable in ENABLE_VALUES:
        body = "" if enable is None else f"[tool.cibuildwheel]\nenable = {json.dumps(enable)}\n"
        cases.append(case(f"enable {enable!r}", {"pyproject.toml": pyproject(body)}))
    build_skip = [
        ("cp3{11,12}-*", None), ("*", "*t-*"), ("cp31?-*", "*-musllinux_* *-win32"), (["cp39-*", "pp*"], "pp39-*"),
        ("*-manylinux_x86_64 *-macosx_arm64", None), (None, ["*-musllinux_*", "*_i686"]), ("cp{39..315}-*", "*t-*"),
        ("[!p]*", "cp3[!1]*"), ("cp2{7,8}-*", None), ("cp316-*", None), ("cp313t-*", None), ("", "*"), ("CP311-*", None),
        ("cp{39,310", None), ("cp3{9..12}-* cp315t-*", "*-win_arm64"), (None, "pp*"),
    ]
    for build, skip in build_skip:
        lines = "[tool.cibuildwheel]\n"
        if build is not None:
            lines += f"build = {json.dumps(build)}\n"
        if skip is not None:
            lines += f"skip = {json.dumps(skip)}\n"
        cases.append(case(f"build {build!r} skip {skip!r}", {"pyproject.toml": pyproject(lines, requires=">=3.10")}))
    cases.append(case("build with pypy enabled and requires-python", {"pyproject.toml": pyproject(
        '[tool.cibuildwheel]\nbuild = "pp* cp313-*"\nenable = ["pypy", "pypy-eol"]\n', requires=">=3.10")}))
    return cases


def precedence_cases() -> list:
    base = pyproject('[tool.cibuildwheel]\nbuild = "cp312-*"\nskip = "*-musllinux_*"\nenable = ["pypy"]\n'
                     '[tool.cibuildwheel.linux]\nbuild = "cp313-* pp311-*"\narchs = ["x86_64"]\n'
                     '[tool.cibuildwheel.macos]\nskip = "*-macosx_x86_64"\nenable = ["graalpy"]\n'
                     '[tool.cibuildwheel.windows]\narchs = "ARM64"\n', requires=">=3.9")
    plain = pyproject(requires=">=3.11")
    platform_runs = [run("linux", None), run("macos", "all", "aarch64"), run("windows", None), run("pyodide", None)]
    envs = [
        {}, {"CIBW_BUILD": "cp314-*"}, {"CIBW_BUILD": ""}, {"CIBW_BUILD_LINUX": "cp39-*"}, {"CIBW_SKIP": ""},
        {"CIBW_SKIP": "*t-*", "CIBW_SKIP_LINUX": "*"}, {"CIBW_ENABLE": "graalpy"}, {"CIBW_ENABLE": ""},
        {"CIBW_ENABLE_LINUX": "pypy-eol"}, {"CIBW_ARCHS": "aarch64"}, {"CIBW_ARCHS_LINUX": "i686", "CIBW_ARCHS": "aarch64"},
        {"CIBW_ARCHS": ""}, {"CIBW_ARCHS_WINDOWS": "AMD64 x86"}, {"CIBW_ENABLE": "bogus"}, {"CIBW_ARCHS": "sparc"},
        {"CIBW_PLATFORM": "windows"},
    ]
    cases = []
    for env in envs:
        cases.append(case(f"precedence over pyproject with {env}", {"pyproject.toml": base}, env, platform_runs))
        cases.append(case(f"precedence over defaults with {env}", {"pyproject.toml": plain}, env, platform_runs))
    cases.append(case("setup.py project with CIBW_* only", {"setup.py": "from setuptools import setup\nsetup()\n"},
                      {"CIBW_BUILD": "cp31{2,3}-*", "CIBW_SKIP": "*-win32 *_i686", "CIBW_ENABLE": "pypy pypy-eol"}, platform_runs))
    cases.append(case("archs as a list at the top level", {"pyproject.toml": pyproject('[tool.cibuildwheel]\narchs = ["auto64", "ppc64le"]\n')},
                      runs=[run("linux", None), run("linux", None, "aarch64"), run("windows", None), run("macos", None, "aarch64")]))
    cases.append(case("platform archs beats top-level archs", {"pyproject.toml": pyproject('[tool.cibuildwheel]\narchs = "all"\n[tool.cibuildwheel.macos]\narchs = "universal2"\n')},
                      runs=[run("linux", None), run("macos", None, "aarch64"), run("ios", None), run("android", None)]))
    cases.append(case("overrides do not change selection", {"pyproject.toml": pyproject(
        '[tool.cibuildwheel]\nbuild = "cp31*"\n[[tool.cibuildwheel.overrides]]\nselect = "cp312-*"\nbuild = "cp39-*"\nskip = "*"\n')},
        runs=[run("linux", "x86_64")]))
    return cases


def archs_cases() -> list:
    project = {"pyproject.toml": pyproject(requires=">=3.12")}
    runs = []
    for target, archs_list in {
        "linux": ["x86_64", "i686", "aarch64", "ppc64le", "s390x", "armv7l", "riscv64", "x86_64,i686", "auto", "native",
                  "auto64", "auto32", "all", "arm64", "AARCH64", "x86_64 riscv64"],
        "macos": ["x86_64", "arm64", "universal2", "auto", "native", "auto64", "all", "ARM64", "aarch64", "x86_64,universal2"],
        "windows": ["AMD64", "x86", "ARM64", "amd64", "auto", "auto32", "auto64", "all", "arm64", "x86_64"],
        "pyodide": ["wasm32", "auto", "all", "x86_64"],
        "ios": ["arm64_iphoneos", "arm64_iphonesimulator", "x86_64_iphonesimulator", "all", "arm64_iphoneos,x86_64_iphonesimulator"],
        "android": ["arm64_v8a", "x86_64", "all", "auto", "native", "ARM64_V8A"],
    }.items():
        for archs in archs_list:
            runs.append(run(target, archs, "aarch64" if target == "macos" else None))
    runs += [run("linux", "auto", "aarch64"), run("linux", "native", "aarch64"), run("windows", "auto", "aarch64"),
             run("android", "auto", "aarch64"), run("macos", "all", "x86_64"), run("macos", "auto", "x86_64")]
    with_pypy = {"pyproject.toml": pyproject('[tool.cibuildwheel]\nenable = ["pypy", "graalpy", "pypy-eol"]\n')}
    return [
        case("archs per platform", project, runs=runs),
        case("PyPy and GraalPy arm64 on an x86_64 Mac", with_pypy,
             runs=[run("macos", "all", "x86_64"), run("macos", "all", "aarch64"), run("macos", "arm64", "x86_64")]),
        case("bogus arch", project, runs=[run("linux", "sparc"), run("windows", "aarch64,bogus")]),
    ]


def error_cases() -> list:
    return [
        case("malformed pyproject", {"pyproject.toml": "[project\nname = 'x'\n"}, runs=LINUX_RUN),
        case("unknown option", {"pyproject.toml": pyproject("[tool.cibuildwheel]\nbiuld = '*'\n")}, runs=LINUX_RUN),
        case("unknown option in one platform section",
             {"pyproject.toml": pyproject("[tool.cibuildwheel.windows]\nskipp = '*'\n")},
             runs=[run("linux", "x86_64"), run("windows", "AMD64")]),
        case("manylinux image in the macos section", {"pyproject.toml": pyproject("[tool.cibuildwheel.macos]\nmanylinux-x86_64-image = 'manylinux2014'\n")},
             runs=[run("linux", "x86_64"), run("macos", "arm64", "aarch64")]),
        case("dependency-versions in the linux section", {"pyproject.toml": pyproject("[tool.cibuildwheel.linux]\ndependency-versions = 'latest'\n")},
             runs=[run("linux", "x86_64"), run("macos", "arm64", "aarch64")]),
        case("override without select", {"pyproject.toml": pyproject("[[tool.cibuildwheel.overrides]]\nskip = '*'\n")}, runs=LINUX_RUN),
        case("build as a table", {"pyproject.toml": pyproject("[tool.cibuildwheel.build]\nx = 1\n")}, runs=LINUX_RUN),
        case("options of other tools are fine", {"pyproject.toml": pyproject("[tool.black]\nline-length = 100\n[tool.cibuildwheel]\ntest-command = 'pytest'\nbefore-all = 'true'\n")}, runs=LINUX_RUN),
    ]


# ------------------------------------------------------------------------------------------------------------
# Running the oracle


def write_project(root: Path, files: dict) -> None:
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf8")


def settings_in_process(project: Path, env: dict, target: str) -> dict:
    """The selection settings cibuildwheel resolves for one platform, and the build-time selector checks."""
    args = CommandLineArguments.defaults()
    args.package_dir = project
    try:
        options = Options(platform=target, command_line_arguments=args, env=env)
        archs = options.reader.get("archs", option_format=ListFormat(sep=" "), ignore_empty=True)
        selector = options.globals.build_selector
    except BaseException as e:  # noqa: BLE001 - SystemExit and errors alike are facts for the golden
        return {"error": f"{type(e).__name__}: {e}"}
    requires = env.get("CIBW_PROJECT_REQUIRES_PYTHON") or options.package_requires_python_str
    all_enabled = [i for i in EVERY_ID if BuildSelector(build_config="*", skip_config="", enable=selector.enable)(i)]
    fact = {
        "build": selector.build_config,
        "skip": selector.skip_config,
        "enable": sorted(g.value for g in selector.enable),
        "archs": archs,
        "requiresPython": requires,
    }
    try:
        fact["skipWarnings"] = check_for_invalid_selectors(
            selector_name="skip", selector_value=selector.skip_config,
            all_valid_identifiers=EVERY_ID, all_enabled_identifiers=all_enabled)
        check_for_invalid_selectors(
            selector_name="build", selector_value=selector.build_config,
            all_valid_identifiers=EVERY_ID, all_enabled_identifiers=all_enabled)
        fact["buildSelectorError"] = None
    except BaseException as e:  # noqa: BLE001 - cibuildwheel's FatalError is not an Exception
        fact["buildSelectorError"] = str(e)
    return fact


def run_cli(project: Path, env: dict, spec: dict) -> dict:
    command = [sys.executable, "-c", CLI, "--print-build-identifiers", "--platform", spec["platform"]]
    if spec["archs"] is not None:
        command += ["--archs", spec["archs"]]
    full_env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "PYTHONPATH": os.pathsep.join(ORACLE_PATH),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONNOUSERSITE": "1",
        "PYTHONHASHSEED": "0",
        **env,
    }
    if spec["machine"]:
        full_env["CIBW_GOLDEN_MACHINE"] = spec["machine"]
    done = subprocess.run([*command, str(project)], env=full_env, capture_output=True, text=True, check=False)
    result = {**spec, "exit": done.returncode}
    if done.returncode == 0:
        result["identifiers"] = " ".join(done.stdout.split())
    else:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        result["error"] = lines[-1].strip() if lines else ""
    return result


def evaluate(spec: dict) -> dict:
    with tempfile.TemporaryDirectory(prefix="cibw-golden-") as tmp:
        project = Path(tmp)
        write_project(project, spec["files"])
        platforms = sorted({r["platform"] for r in spec["runs"]}, key=PLATFORMS.index)
        settings = {p: settings_in_process(project, spec["env"], p) for p in platforms}
        runs = [run_cli(project, spec["env"], r) for r in spec["runs"]]
    return {"name": spec["name"], "files": spec["files"], "env": spec["env"], "settings": settings, "runs": runs}


def main() -> None:
    all_cases = requires_python_cases() + selection_cases() + precedence_cases() + archs_cases() + error_cases()
    names = [c["name"] for c in all_cases]
    assert len(names) == len(set(names)), "case names must be unique"
    # In-process settings patch nothing global; the command-line runs are separate processes.
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        evaluated = list(pool.map(evaluate, all_cases))
    document = {
        "generator": "scripts/goldens/cibuildwheel.py",
        "oracle": f"cibuildwheel {CIBW_VERSION} (--print-build-identifiers), packaging {__import__('packaging').__version__}, bracex {bracex.__version__}",
        "tables": tables(),
        "selectors": selectors(),
        "specifiers": specifiers(),
        "archKeywords": arch_keywords(),
        "cases": evaluated,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf8")
    runs = sum(len(c["runs"]) for c in evaluated)
    print(f"wrote {OUT}: {len(evaluated)} configurations, {runs} command-line runs")


if __name__ == "__main__":
    main()
