/**
 * Stopping a process with everything it started. A shell killed alone leaves its children running with
 * the output pipes open, and whoever waits for the pipes waits for them too; so each process is started
 * as the leader of its own process group on POSIX (the group is signalled), and on Windows the tree is
 * ended by `taskkill /T /F`.
 */

/** How to end a process tree on a platform: signal a POSIX process group, or run taskkill. */
export type TreeKill =
  | { kind: 'group'; pid: number; signal: NodeJS.Signals }
  | { kind: 'command'; command: string; args: string[] };

/** The way to stop process `pid` and its descendants on `platform`. */
export function treeKill(pid: number, platform: NodeJS.Platform): TreeKill {
  if (platform === 'win32')
    return { kind: 'command', command: 'taskkill', args: ['/pid', String(pid), '/T', '/F'] };
  // A negative pid signals the whole group whose leader is pid (each process is started as one).
  return { kind: 'group', pid: -pid, signal: 'SIGKILL' };
}

/** Whether a process must be started as a group leader for `treeKill` to reach its children. */
export function startsOwnGroup(platform: NodeJS.Platform): boolean {
  return platform !== 'win32';
}

/** Carries out `treeKill` on this machine; resolves once the signal is sent or taskkill has finished. */
export function killTree(pid: number, platform: NodeJS.Platform = process.platform): Promise<void> {
  const plan = treeKill(pid, platform);
  if (plan.kind === 'group') {
    try {
      process.kill(plan.pid, plan.signal);
    } catch {
      // ESRCH: the group is already gone.
    }
    return Promise.resolve();
  }
  return import('node:child_process').then(
    ({ spawn }) =>
      new Promise((resolve) => {
        const killer = spawn(plan.command, plan.args, { stdio: 'ignore', windowsHide: true });
        killer.on('error', () => resolve());
        killer.on('close', () => resolve());
      }),
  );
}
