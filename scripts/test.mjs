// `npm test`: jest on npm's own node with ES modules enabled, the same under every shell npm may use
// (sh, cmd.exe, PowerShell), so no `VAR=value` prefix in package.json. Arguments go to jest.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Under npm, `node` may be node_modules/.bin/node (the Node 24 package); tests run on the node npm runs on.
const node = process.env['npm_node_execpath'] || process.execPath;
const nodeOptions = ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning'];
const result = spawnSync(
  node,
  [join(root, 'node_modules', 'jest', 'bin', 'jest.js'), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_OPTIONS: [process.env['NODE_OPTIONS'], ...nodeOptions].filter(Boolean).join(' '),
    },
  },
);
if (result.error) {
  console.error(`npm test: cannot start jest with ${node}: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
