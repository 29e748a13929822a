// An index that kills itself with SIGKILL (a crash: no handler runs, nothing is flushed or closed) at one
// point of an upload, so a test can see what a restart finds. Prints `upload URL: <url>` as the CLI does.
// Usage: node --import ./ts-loader.mjs crash-index.ts <storage-dir> <phase>   (phases: CRASH_PHASES)
import { startIndex } from '../../../packages/local-index/index.js';
import { CRASH_PHASES, type CrashPhase } from './crash-phases.js';
import { FaultyFs } from './faulty-fs.js';

const [storageDir, phase] = process.argv.slice(2) as [string, CrashPhase];
if (!storageDir || !(phase in CRASH_PHASES)) throw new Error('usage: crash-index.ts <storage-dir> <phase>');
const faulty = new FaultyFs();
if (phase === 'journal-torn')
  faulty.fail({ call: 'write', path: /journal\.jsonl$/, code: 'EIO', short: true });
const index = await startIndex({
  storageDir,
  port: 0,
  storageSystem: { fs: faulty, platform: process.platform },
});
faulty.afterCall = (event) => {
  if (CRASH_PHASES[phase](event)) process.kill(process.pid, 'SIGKILL');
};
process.stdout.write(`upload URL: ${index.uploadUrl}\n`);
