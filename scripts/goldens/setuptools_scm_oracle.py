"""Batch oracle for the goldens: the version setuptools_scm (10.2.1 + vcs-versioning 2.3.1) gives each build.

Run by scripts/goldens/setuptools-scm.mjs with an interpreter that imports setuptools_scm 10.2.1.
stdin: JSON list of {dir, mode ("dev"|"release"), build ("setuptools"|"hatch"), scheme, tagPrefix, fallbackVersion}.
stdout: JSON list of {"version"} or {"error"}, each with "headVersionTags", in the same order.

Builds:
  setuptools  what setuptools_scm's setuptools hook does: read_pyproject, VcsEnvironment.build_config, _get_version
              (pyproject's [tool.setuptools_scm] / [tool.vcs-versioning]; no file written).
  hatch       what hatch-vcs 0.5 does: raw-options, root = the project, tag-pattern and fallback-version on top,
              then setuptools_scm.get_version (hatch.toml's [version] replaces [tool.hatch.version]).
The action's inputs act as overrides (scheme -> version_scheme, fallbackVersion -> fallback_version, tagPrefix ->
tag_regex and describe --match). What compute-dev-version does on purpose is expressed in setuptools_scm's terms:
the tags it skips (describe could pick them, tag_to_version reads none) and, for dev builds, the tags on HEAD are
passed to git describe as --exclude.
"""

import copy
import json
import logging
import os
import re
import shlex
import subprocess
import sys
import tomllib
import warnings
from pathlib import Path

import setuptools_scm
import vcs_versioning._get_version_impl as get_version_impl
from setuptools_scm._integration.pyproject_reading import read_pyproject
from vcs_versioning._backends import _git
from vcs_versioning._environment import VcsEnvironment
from vcs_versioning._get_version_impl import _get_version, _version_missing
from vcs_versioning._pyproject_reading import PyProjectData
from vcs_versioning._scm_version import tag_to_version
from vcs_versioning.overrides import GlobalOverrides, ensure_context

warnings.simplefilter("ignore")
logging.disable(logging.CRITICAL)
get_version_impl.write_version_files = lambda *args, **kwargs: None

VERSION_PART = r"(?P<version>[vV]?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$"
CASE = {}


def glob_escape(text):
    return re.sub(r"([\\*?\[\]])", r"\\\1", text)


def git_lines(root, *args):
    result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
    return [line for line in result.stdout.splitlines() if line] if result.returncode == 0 else []


def option_values(command, name):
    values, words = [], list(command)
    for i, word in enumerate(words):
        if word == name and i + 1 < len(words):
            values.append(words[i + 1])
        elif word.startswith(name + "="):
            values.append(word[len(name) + 1:])
    return values


def without_options(command, names):
    out, skip = [], False
    for word in command:
        if skip:
            skip = False
        elif word in names:
            skip = True
        elif not any(word.startswith(name + "=") for name in names):
            out.append(word)
    return out


def reads_version(tag, config):
    try:
        return tag_to_version(tag, config) is not None
    except ValueError:
        return False


def excludes(root, command, config):
    """Tags describe could pick that setuptools_scm reads no version from, and (dev builds) the tags on HEAD."""
    matches, excluded = option_values(command, "--match"), option_values(command, "--exclude")
    pickable = set()
    for pattern in matches or ["*"]:
        pickable.update(git_lines(root, "tag", "-l", pattern))
    for pattern in excluded:
        pickable.difference_update(git_lines(root, "tag", "-l", pattern))
    junk = sorted(tag for tag in pickable if not reads_version(tag, config))
    on_head = git_lines(root, "tag", "--points-at", "HEAD")
    CASE["headVersionTags"] = sorted(tag for tag in on_head if tag in pickable and reads_version(tag, config))
    return junk + (sorted(on_head) if CASE["mode"] == "dev" else [])


original_version_from_describe = _git.version_from_describe


def version_from_describe(wd, config, describe_command):
    base = config.scm.git.describe_command or describe_command
    if base is None:
        base = _git.make_describe_command(config.tag.describe_match_glob())
    elif isinstance(base, str):
        base = shlex.split(base)
    base = [str(word) for word in base]
    if CASE.get("tagPrefix") is not None:
        base = without_options(base, ["--match", "--exclude"]) + ["--match", glob_escape(CASE["tagPrefix"]) + "*[0-9]*"]
    command = base + ["--exclude=" + glob_escape(tag) for tag in excludes(wd.path, base, config)]
    saved = config.scm.git.describe_command
    config.scm.git.describe_command = command
    try:
        return original_version_from_describe(wd, config, None)
    finally:
        config.scm.git.describe_command = saved


_git.version_from_describe = version_from_describe


def overrides(case):
    result = {}
    if case.get("scheme"):
        result["version_scheme"] = case["scheme"]
    if case.get("fallbackVersion"):
        result["fallback_version"] = case["fallbackVersion"]
    if case.get("tagPrefix") is not None:
        result["tag_regex"] = "^" + re.escape(case["tagPrefix"]) + VERSION_PART
    return result


def setuptools_build(case):
    path = Path("pyproject.toml")
    pyproject = read_pyproject(path) if path.exists() else PyProjectData.empty("setuptools_scm")
    dist_name = pyproject.project_name
    with ensure_context("SETUPTOOLS_SCM", additional_loggers=logging.getLogger("setuptools_scm")):
        with GlobalOverrides.from_active(dist_name=dist_name):
            env = VcsEnvironment.from_env("SETUPTOOLS_SCM")
            config = env.build_config(dist_name=dist_name, pyproject_data=pyproject, **overrides(case))
            version = _get_version(config, force_write_version_files=False)
            if version is None:
                _version_missing(config)
            return version


def hatch_build(case):
    table = tomllib.loads(Path("pyproject.toml").read_text()).get("tool", {}).get("hatch", {}).get("version", {})
    if Path("hatch.toml").exists():
        table = tomllib.loads(Path("hatch.toml").read_text()).get("version", table)
    config = copy.deepcopy(table.get("raw-options", {}))
    config.setdefault("root", os.getcwd())
    if table.get("tag-pattern"):
        config["tag_regex"] = table["tag-pattern"]
    if table.get("fallback-version"):
        config["fallback_version"] = table["fallback-version"]
    config.pop("write_to", None)
    config.pop("write_to_template", None)
    config.update(overrides(case))
    return setuptools_scm.get_version(**config)


def answer(case):
    CASE.clear()
    CASE.update(case)
    CASE["headVersionTags"] = []
    os.chdir(case["dir"])
    try:
        version = hatch_build(case) if case["build"] == "hatch" else setuptools_build(case)
        result = {"version": version}
    except Exception as error:  # setuptools_scm raises ValueError, LookupError, DirtyWorkingTreeError...
        result = {"error": f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"}
    result["headVersionTags"] = CASE["headVersionTags"]
    return result


def main():
    cases = json.load(sys.stdin)
    json.dump([answer(case) for case in cases], sys.stdout)


main()
