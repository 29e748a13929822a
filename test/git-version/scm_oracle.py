"""Batch oracle: setuptools_scm 7.1 (Debian's) on many checkouts in one process.

stdin: JSON list of {root, scheme, prefix (str|null), excludeHeadTags (bool)}.
stdout: JSON list of {"version", "normalized"} or {"error"}, each with "headVersionTags", in the same order.

Tags setuptools_scm cannot parse (it raises on them) are passed to describe as --exclude, and with
excludeHeadTags so are the tags on HEAD: what git-version does on purpose, expressed in setuptools_scm's terms.
"""
import fnmatch
import json
import re
import subprocess
import sys
import warnings

from packaging.version import InvalidVersion, Version
from setuptools_scm import get_version
from setuptools_scm.config import DEFAULT_TAG_REGEX, Configuration
from setuptools_scm.version import tag_to_version

import setuptools_scm._entrypoints as _entrypoints

warnings.simplefilter("ignore")

# Speed only: setuptools_scm rescans every installed distribution's entry points on each call; the set cannot
# change while this process runs, so read it once.
_all_entry_points = _entrypoints.entry_points()
_entrypoints.entry_points = lambda: _all_entry_points


def git_lines(root, *args):
    result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
    return [line for line in result.stdout.splitlines() if line] if result.returncode == 0 else []


def glob_escape(text):
    return re.sub(r"([\\*?\[\]])", r"\\\1", text)


def one(case):
    root, scheme, prefix = case["root"], case["scheme"], case.get("prefix")
    if prefix is None:
        regex, match = DEFAULT_TAG_REGEX, "*[0-9]*"
    else:
        regex = "^" + re.escape(prefix) + r"(?P<version>[vV]?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$"
        match = glob_escape(prefix) + "*[0-9]*"
    config = Configuration(root=root, tag_regex=regex)
    excludes = []
    head_tags = set(git_lines(root, "tag", "--points-at", "HEAD"))
    head_version_tags = []
    for tag in git_lines(root, "for-each-ref", "--format=%(refname:strip=2)", "refs/tags/"):
        if not fnmatch.fnmatchcase(tag, match):
            continue
        try:
            ok = tag_to_version(tag, config) is not None
        except (InvalidVersion, ValueError):
            ok = False
        if not ok:
            excludes.append(tag)
        elif tag in head_tags:
            head_version_tags.append(tag)
    if case.get("excludeHeadTags"):
        excludes += sorted(head_tags)
    kwargs = dict(root=root, version_scheme=scheme, local_scheme="no-local-version")
    if prefix is not None:
        kwargs["tag_regex"] = regex
    if prefix is not None or excludes:
        command = ["git", "describe", "--dirty", "--tags", "--long", "--match", match]
        for tag in excludes:
            command += ["--exclude", glob_escape(tag)]
        kwargs["git_describe_command"] = command
    try:
        try:
            version = get_version(**kwargs)
        except AssertionError:
            if prefix is None:
                raise
            # With a custom tag_regex and no matching tag, setuptools_scm cannot parse its own "0.0" stand-in
            # (AssertionError); git-version gives 0.1.devN as without a prefix. Ask again with the prefix optional.
            kwargs["tag_regex"] = "^(?:" + re.escape(prefix) + r")?(?P<version>[vV]?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$"
            version = get_version(**kwargs)
    except Exception as error:  # setuptools_scm raises ValueError, AssertionError, InvalidVersion...
        return {"error": f"{type(error).__name__}: {error}", "headVersionTags": head_version_tags}
    try:
        return {"version": version, "normalized": str(Version(version)), "headVersionTags": head_version_tags}
    except InvalidVersion:
        return {"error": f"InvalidVersion: setuptools_scm returned {version!r}", "headVersionTags": head_version_tags}


def main():
    cases = json.load(sys.stdin)
    json.dump([one(case) for case in cases], sys.stdout)


main()
