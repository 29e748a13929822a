// Builds every action into dist/<name>/ (one ncc bundle each, action.yml beside it) and the CLI into
// dist/cli/, then regenerates the action READMEs' input/output tables. Usage: node scripts/build.mjs [name...]
import { execFileSync } from 'node:child_process';
import { access, copyFile, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeActionDocs } from './action-docs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '.bin', 'ncc');
const wanted = process.argv.slice(2);

function bundle(entry, outDir) {
  execFileSync(
    ncc,
    ['build', entry, '-o', outDir, '--quiet', '--transpile-only', '--license', 'licenses.txt'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}

const exists = (path) =>
  access(join(root, path)).then(
    () => true,
    () => false,
  );
const actions = [];
for (const entry of await readdir(join(root, 'actions'), { withFileTypes: true })) {
  if (!entry.isDirectory() || (wanted.length > 0 && !wanted.includes(entry.name))) continue;
  if (await exists(join('actions', entry.name, 'src', 'index.ts'))) actions.push(entry.name);
  else console.warn(`skipped actions/${entry.name}: no src/index.ts yet`);
}

for (const name of actions) {
  const outDir = join(root, 'dist', name);
  await rm(outDir, { recursive: true, force: true });
  bundle(join('actions', name, 'src', 'index.ts'), outDir);
  await copyFile(join(root, 'actions', name, 'action.yml'), join(outDir, 'action.yml'));
  console.log(`built dist/${name}`);
}
const cliEntry = join('packages', 'cli', 'main.ts');
const hasCli = await exists(cliEntry);
if (hasCli && (wanted.length === 0 || wanted.includes('cli'))) {
  const outDir = join(root, 'dist', 'cli');
  await rm(outDir, { recursive: true, force: true });
  bundle(cliEntry, outDir);
  console.log('built dist/cli');
}
await writeActionDocs(join(root, 'actions'), actions);
