"""Writes small but complete wheels and sdists (METADATA, WHEEL, RECORD; PKG-INFO) that pip installs.

Usage: python3 make-dists.py <out-dir> <spec.json>
spec: [{"name", "version", "requires": [...], "payload": bytes, "sdist": bool, "tag": "py3-none-any",
        "fileName", "fileVersion", "entryPoints": "<entry_points.txt>"}]
Prints the written paths, one per line. A payload is stored uncompressed and streamed, so a 1 GiB
wheel costs no memory; its bytes are a cheap repeating pattern.
"""

import base64
import hashlib
import io
import json
import os
import re
import sys
import tarfile
import zipfile

FIXED_TIME = (2024, 1, 1, 0, 0, 0)


def normalized(name):
    return re.sub(r"[-_.]+", "_", name).lower()


def metadata(spec):
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {spec['name']}",
        f"Version: {spec['version']}",
        f"Summary: {spec.get('summary', 'A rehearsal fixture')}",
        "Requires-Python: >=3.7",
    ]
    lines += [f"Requires-Dist: {r}" for r in spec.get("requires", [])]
    return ("\n".join(lines) + "\n\n" + spec.get("description", "Fixture.") + "\n").encode()


def record_line(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def pattern_chunks(size, chunk=1 << 20):
    block = bytes(range(256)) * (chunk // 256)
    left = size
    while left > 0:
        piece = block[: min(chunk, left)]
        left -= len(piece)
        yield piece


def write_wheel(out, spec):
    module = normalized(spec["name"])
    # fileName/fileVersion write a filename (and dist-info directory) that disagrees with METADATA.
    dist = spec.get("fileName", module)
    version = spec.get("fileVersion", spec["version"])
    tag = spec.get("tag", "py3-none-any")
    info = f"{dist}-{version}.dist-info"
    path = os.path.join(out, f"{dist}-{version}-{tag}.whl")
    files = {
        f"{module}/__init__.py": f"VERSION = {version!r}\n".encode(),
        f"{info}/METADATA": metadata(spec),
        f"{info}/WHEEL": f"Wheel-Version: 1.0\nGenerator: make-dists\nRoot-Is-Purelib: true\nTag: {tag}\n".encode(),
    }
    if "entryPoints" in spec:
        files[f"{info}/entry_points.txt"] = spec["entryPoints"].encode()
    records = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(zipfile.ZipInfo(name, FIXED_TIME), data, zipfile.ZIP_DEFLATED)
            records.append(record_line(name, data))
        size = int(spec.get("payload", 0))
        if size:
            name = f"{module}/payload.bin"
            info_entry = zipfile.ZipInfo(name, FIXED_TIME)
            info_entry.compress_type = zipfile.ZIP_STORED
            sha = hashlib.sha256()
            with zf.open(info_entry, "w", force_zip64=size > 0x7FFFFFFF) as handle:
                for piece in pattern_chunks(size):
                    sha.update(piece)
                    handle.write(piece)
            digest = base64.urlsafe_b64encode(sha.digest()).rstrip(b"=").decode()
            records.append(f"{name},sha256={digest},{size}")
        records.append(f"{info}/RECORD,,")
        zf.writestr(zipfile.ZipInfo(f"{info}/RECORD", FIXED_TIME), "\n".join(records) + "\n")
    return path


def pyproject(spec):
    requires = ", ".join(json.dumps(r) for r in spec.get("requires", []))
    return (
        '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n'
        f'[project]\nname = "{spec["name"]}"\nversion = "{spec["version"]}"\n'
        f'requires-python = ">=3.7"\ndependencies = [{requires}]\n'
    )


def write_sdist(out, spec):
    dist = normalized(spec["name"])
    version = spec["version"]
    top = f"{dist}-{version}"
    path = os.path.join(out, f"{top}.tar.gz")
    files = {
        f"{top}/PKG-INFO": metadata(spec),
        f"{top}/pyproject.toml": pyproject(spec).encode(),
        f"{top}/{dist}/__init__.py": f"VERSION = {version!r}\n".encode(),
    }
    with tarfile.open(path, "w:gz", format=tarfile.PAX_FORMAT) as tf:
        for name, data in files.items():
            entry = tarfile.TarInfo(name)
            entry.size = len(data)
            entry.mtime = 1704067200
            tf.addfile(entry, io.BytesIO(data))
    return path


def main():
    out, spec_file = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    with open(spec_file) as handle:
        specs = json.load(handle)
    for spec in specs:
        print(write_wheel(out, spec))
        if spec.get("sdist"):
            print(write_sdist(out, spec))


main()
