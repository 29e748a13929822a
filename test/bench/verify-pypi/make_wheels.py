"""Write COUNT small, valid, distinct wheels of one release (build tags 1..COUNT) and a collect-artifacts
manifest.json beside them. Usage: make_wheels.py OUT_DIR COUNT"""
import base64
import hashlib
import json
import os
import sys
import zipfile

out, count = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
NAME, VERSION = "benchpkg", "1.0"
dist_info = f"{NAME}-{VERSION}.dist-info"


def record_line(path, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{path},sha256={digest},{len(data)}"


files = []
for build in range(1, count + 1):
    members = {
        f"{NAME}/__init__.py": f'"""Benchmark wheel, build {build}."""\nBUILD = {build}\n'.encode(),
        f"{dist_info}/METADATA": f"Metadata-Version: 2.1\nName: {NAME}\nVersion: {VERSION}\nSummary: verify-pypi benchmark\n".encode(),
        f"{dist_info}/WHEEL": f"Wheel-Version: 1.0\nGenerator: make_wheels\nRoot-Is-Purelib: true\nBuild: {build}\nTag: py3-none-any\n".encode(),
    }
    record = "\n".join([record_line(p, d) for p, d in members.items()] + [f"{dist_info}/RECORD,,", ""]).encode()
    members[f"{dist_info}/RECORD"] = record
    filename = f"{NAME}-{VERSION}-{build}-py3-none-any.whl"
    path = os.path.join(out, filename)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            info = zipfile.ZipInfo(member, date_time=(2024, 1, 1, 0, 0, 0))
            archive.writestr(info, data, zipfile.ZIP_DEFLATED)
    data = open(path, "rb").read()
    files.append({
        "file": filename,
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "blake2b_256": hashlib.blake2b(data, digest_size=32).hexdigest(),
        "origin": "bench",
    })
files.sort(key=lambda f: f["file"])
with open(os.path.join(out, "manifest.json"), "w") as f:
    json.dump({"schema": "release-actions/manifest@1", "files": files}, f, indent=2)
    f.write("\n")
print(len(files))
