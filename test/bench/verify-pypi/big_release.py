"""Write one release of a single big wheel (a stored payload, a cheap repeating pattern) and its
collect-artifacts manifest.json. Usage: big_release.py OUT_DIR MIB"""
import hashlib
import json
import os
import subprocess
import sys

out, mib = sys.argv[1], int(sys.argv[2])
here = os.path.dirname(os.path.abspath(__file__))
make_dists = os.path.join(here, "..", "..", "local-index", "support", "make-dists.py")
os.makedirs(out, exist_ok=True)
spec = os.path.join(out, ".spec.json")
with open(spec, "w") as f:
    json.dump([{"name": "benchbig", "version": "1.0", "tag": "py3-none-any", "payload": mib << 20}], f)
path = subprocess.run([sys.executable, make_dists, out, spec], check=True, capture_output=True, text=True).stdout.split()[0]
sha256, blake = hashlib.sha256(), hashlib.blake2b(digest_size=32)
size = 0
with open(path, "rb") as f:
    for chunk in iter(lambda: f.read(1 << 20), b""):
        sha256.update(chunk)
        blake.update(chunk)
        size += len(chunk)
entry = {"file": os.path.basename(path), "size": size, "sha256": sha256.hexdigest(),
         "blake2b_256": blake.hexdigest(), "origin": "bench"}
with open(os.path.join(out, "manifest.json"), "w") as f:
    json.dump({"schema": "release-actions/manifest@1", "files": [entry]}, f, indent=2)
    f.write("\n")
print(path)
