"""Give a wheel another platform tag, as auditwheel does for manylinux (a linux_<arch> wheel without outside
libraries) or as a build on another OS would: new filename, WHEEL's Tag lines rewritten, WHEEL's RECORD
line updated. PLATFORM may be a compressed tag set (a.b). Usage: retag_wheel.py src.whl out_dir PLATFORM"""
import base64
import hashlib
import os
import re
import sys
import zipfile

src, out, platform = sys.argv[1:4]
name, version, *build, python, abi, _old = os.path.basename(src)[: -len(".whl")].split("-")
dst = os.path.join(out, "-".join([name, version, *build, python, abi, platform]) + ".whl")
with zipfile.ZipFile(src) as zin:
    items = {info.filename: zin.read(info.filename) for info in zin.infolist()}
wheel = next(item for item in items if item.endswith(".dist-info/WHEEL"))
record = next(item for item in items if item.endswith(".dist-info/RECORD"))
lines = [line for line in items[wheel].decode().splitlines() if not line.startswith("Tag: ")]
tags = [f"Tag: {p}-{a}-{plat}" for p in python.split(".") for a in abi.split(".") for plat in platform.split(".")]
items[wheel] = ("\n".join(lines + tags) + "\n").encode()
digest = base64.urlsafe_b64encode(hashlib.sha256(items[wheel]).digest()).rstrip(b"=").decode()
records = [
    f"{wheel},sha256={digest},{len(items[wheel])}" if line.startswith(wheel + ",") else line
    for line in items[record].decode().splitlines()
]
items[record] = ("\n".join(records) + "\n").encode()
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item, data in items.items():
        zout.writestr(item, data)
print(dst)
