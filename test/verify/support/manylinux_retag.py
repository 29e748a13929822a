"""Retag a linux_<arch> wheel as manylinux_2_17_<arch> (what auditwheel does for a wheel without outside
libraries): new filename, WHEEL tags rewritten, WHEEL's RECORD line updated. Usage: src.whl out_dir"""
import base64
import hashlib
import os
import re
import sys
import zipfile

src, out = sys.argv[1:3]
dst = os.path.join(out, re.sub(r"linux_(\w+)\.whl$", r"manylinux_2_17_\1.manylinux2014_\1.whl", os.path.basename(src)))
with zipfile.ZipFile(src) as zin:
    items = {info.filename: zin.read(info.filename) for info in zin.infolist()}
wheel = next(name for name in items if name.endswith(".dist-info/WHEEL"))
record = next(name for name in items if name.endswith(".dist-info/RECORD"))
items[wheel] = re.sub(
    r"^Tag: (.*)-linux_(\w+)$", r"Tag: \1-manylinux_2_17_\2\nTag: \1-manylinux2014_\2", items[wheel].decode(), flags=re.M
).encode()
digest = base64.urlsafe_b64encode(hashlib.sha256(items[wheel]).digest()).rstrip(b"=").decode()
lines = [
    f"{wheel},sha256={digest},{len(items[wheel])}" if line.startswith(wheel + ",") else line
    for line in items[record].decode().splitlines()
]
items[record] = ("\n".join(lines) + "\n").encode()
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for name, data in items.items():
        zout.writestr(name, data)
print(dst)
