// Builds every action into dist/<name>/ (one ncc bundle each, action.yml beside it) and the CLI into
// dist/cli/, then regenerates the action READMEs' input/output tables and prints each bundle's size.
// Fails when an action's start-up bundle is over its budget. Usage: node scripts/build.mjs [name...]
import { execFileSync } from 'node:child_process';
import { access, copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeActionDocs } from './action-docs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '.bin', 'ncc');
const wanted = process.argv.slice(2);
/** What an action may load at start-up (dist/<name>/index.js); chunks loaded later on demand are listed apart. */
const ACTION_BUDGET_BYTES = 350 * 1024;

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

// dist/ is the root of a release tree: its package.json lets `npm install -g <release tree>` put the command
// on PATH, as the root package.json does for a clone (both link; the CLI bundle needs no dependencies).
const project = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const releaseManifest = {
  name: project.name,
  version: project.version,
  private: true,
  description: project.description,
  license: project.license,
  engines: project.engines,
  bin: { 'release-actions': 'cli/index.js' },
};
await writeFile(join(root, 'dist', 'package.json'), `${JSON.stringify(releaseManifest, null, 2)}\n`);

// The templates travel with the command: an installed release tree has no clone beside it, and `rehearse`
// finds them next to cli/.
const templatesOut = join(root, 'dist', 'action-templates');
await rm(templatesOut, { recursive: true, force: true });
await mkdir(templatesOut, { recursive: true });
for (const name of (await readdir(join(root, 'action-templates'))).filter((file) => file.endsWith('.yml')))
  await copyFile(join(root, 'action-templates', name), join(templatesOut, name));

const kib = (bytes) => `${(bytes / 1024).toFixed(0).padStart(5)} KB`;
/** Prints each bundle's start-up size and its on-demand chunks; returns the actions over budget. */
async function reportSizes(names) {
  const over = [];
  for (const name of names) {
    const dir = join(root, 'dist', name);
    const scripts = (await readdir(dir)).filter((file) => file.endsWith('.js'));
    const sizes = Object.fromEntries(
      await Promise.all(scripts.map(async (file) => [file, (await stat(join(dir, file))).size])),
    );
    const main = sizes['index.js'] ?? 0;
    const chunks = Object.entries(sizes).filter(([file]) => file !== 'index.js');
    const lazy = chunks.map(([file, size]) => `${file} ${kib(size).trim()}`).join(', ');
    const budget = name === 'cli' ? '' : main > ACTION_BUDGET_BYTES ? '  OVER BUDGET' : '';
    console.log(`size dist/${name}/index.js ${kib(main)}${lazy ? `  (+ on demand: ${lazy})` : ''}${budget}`);
    if (budget) over.push(name);
  }
  return over;
}
const over = await reportSizes([
  ...actions,
  ...(hasCli && (wanted.length === 0 || wanted.includes('cli')) ? ['cli'] : []),
]);
if (over.length > 0) {
  console.error(
    `build: ${over.join(', ')} over the ${ACTION_BUDGET_BYTES / 1024} KB start-up budget: import less at start-up (see README, Development)`,
  );
  process.exit(1);
}
