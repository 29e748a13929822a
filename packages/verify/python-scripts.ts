/** The small Python programs run inside the venv. Each writes one JSON document to the file named in argv[1]. */

/**
 * argv: out, project (normalized). The interpreter, and the installed distribution of the project found by
 * normalized name (any spelling of its dist-info works on every Python 3.8+): name, version as
 * `importlib.metadata.version` gives it, and the paths its RECORD lists.
 */
export const PROBE_SCRIPT = `
import json, os, platform, re, sys
out, want = sys.argv[1], sys.argv[2]
result = {"python": {"implementation": platform.python_implementation(), "version": platform.python_version(),
                     "executable": os.path.realpath(sys.executable)}}
try:
    import importlib.metadata as md
except ImportError:
    result["error"] = "importlib.metadata is missing: the install check needs Python 3.8 or newer"
else:
    norm = lambda n: re.sub(r"[-_.]+", "-", n or "").lower()
    for dist in md.distributions():
        name = dist.metadata["Name"]
        if norm(name) == want:
            result.update(name=name, version=md.version(name), files=[str(p) for p in (dist.files or [])])
            break
with open(out, "w", encoding="utf-8") as f:
    json.dump(result, f)
`;

/** argv: out, module names. Imports each in turn; a failure is recorded as `Type: message`, not raised. */
export const IMPORT_SCRIPT = `
import importlib, json, sys
out, names = sys.argv[1], sys.argv[2:]
results = []
for name in names:
    try:
        module = importlib.import_module(name)
    except BaseException as error:
        results.append({"module": name, "ok": False, "error": f"{type(error).__name__}: {error}".strip()})
    else:
        results.append({"module": name, "ok": True, "file": getattr(module, "__file__", None)})
    with open(out, "w", encoding="utf-8") as f:
        json.dump(results, f)
`;
