/**
 * reStructuredText descriptions rendered as PyPI renders them: readme_renderer in one long-lived Python
 * process, started on first use and fed one description per line. Where no Python with readme_renderer
 * runs, `status()` says why, and every description counts as unchecked (null), never as rendered.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { DescriptionRenderer } from './rules/check-upload.js';

// One JSON line in ({"text": ...}), one out ({"ok": bool}); warnings go to a buffer, not stderr.
const WORKER = `
import io, json, sys
try:
    from importlib.metadata import version
    import readme_renderer.rst as rst
except Exception as exc:
    print(json.dumps({"error": "%s: %s" % (type(exc).__name__, exc)}), flush=True)
    sys.exit(0)
print(json.dumps({"version": version("readme-renderer")}), flush=True)
for line in sys.stdin:
    text = json.loads(line)["text"]
    try:
        ok = rst.render(text, stream=io.StringIO()) is not None
    except Exception:
        ok = False
    print(json.dumps({"ok": ok}), flush=True)
`;

/** Whether descriptions can be rendered here, and with what. */
export type RendererStatus =
  { available: true; python: string; version: string } | { available: false; reason: string };

/** Options: which Python interpreters to try, in order. */
export interface RstRendererOptions {
  /** Default: `$RELEASE_ACTIONS_PYTHON`, `python3`, `/usr/bin/python3`. */
  pythons?: readonly string[];
}

interface Worker {
  child: ChildProcessWithoutNullStreams;
  next: () => Promise<string | null>;
}

/** Renders reStructuredText with readme_renderer in a Python child process (one for the renderer's life). */
export class PythonRstRenderer implements DescriptionRenderer {
  private worker: Promise<Worker | null> | null = null;
  private state: RendererStatus | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly pythons: readonly string[];

  constructor(options: RstRendererOptions = {}) {
    const fromEnv = process.env.RELEASE_ACTIONS_PYTHON;
    this.pythons = options.pythons ?? [...(fromEnv ? [fromEnv] : []), 'python3', '/usr/bin/python3'];
  }

  /** Starts the worker if needed and says whether it runs (and with which readme_renderer). */
  async status(): Promise<RendererStatus> {
    if (this.state) return this.state;
    await this.start();
    return this.state ?? { available: false, reason: 'not started' };
  }

  /** True when the text renders, false when readme_renderer refuses it, null when no renderer runs. */
  rendersRst(text: string): Promise<boolean | null> {
    const run = this.queue.then(async () => {
      const worker = await this.start();
      if (!worker) return null;
      worker.child.stdin.write(`${JSON.stringify({ text })}\n`);
      const line = await worker.next();
      if (line === null) {
        this.worker = null;
        return null;
      }
      return (JSON.parse(line) as { ok: boolean }).ok;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Ends the worker process. */
  close(): void {
    void this.worker?.then((w) => w?.child.stdin.end());
    this.worker = null;
  }

  private start(): Promise<Worker | null> {
    this.worker ??= this.spawnFirstWorking();
    return this.worker;
  }

  private async spawnFirstWorking(): Promise<Worker | null> {
    const reasons: string[] = [];
    for (const python of this.pythons) {
      const worker = await spawnWorker(python).catch((error: Error) => ({ error: error.message }));
      if ('child' in worker) {
        this.state = { available: true, python, version: worker.version };
        return worker;
      }
      reasons.push(`${python}: ${worker.error}`);
    }
    this.state = {
      available: false,
      reason: `no Python with readme_renderer could run (${reasons.join('; ')})`,
    };
    return null;
  }
}

async function spawnWorker(python: string): Promise<(Worker & { version: string }) | { error: string }> {
  // Loaded with the first description to render: an action's start-up does not pay for them.
  const [{ spawn }, { createInterface }] = await Promise.all([
    import('node:child_process'),
    import('node:readline'),
  ]);
  return new Promise((resolve) => {
    const child = spawn(python, ['-c', WORKER], { stdio: ['pipe', 'pipe', 'pipe'] });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const next = async (): Promise<string | null> => {
      const { value, done } = await lines.next();
      return done ? null : (value as string);
    };
    child.once('error', (error) => resolve({ error: error.message }));
    child.stderr.resume();
    void next().then((first) => {
      const hello = first === null ? null : (JSON.parse(first) as { version?: string; error?: string });
      if (hello?.version) resolve({ child, next, version: hello.version });
      else {
        child.kill();
        resolve({ error: hello?.error ?? 'exited before it answered' });
      }
    });
  });
}
