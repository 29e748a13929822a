// Rebuilds everything and fails when dist/ or the generated READMEs differ from what is committed.
import { execFileSync } from 'node:child_process';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const changed = execFileSync('git', ['status', '--porcelain', '--', 'dist', 'actions'], { encoding: 'utf8' });
if (changed.trim() !== '') {
  console.error(changed);
  console.error(execFileSync('git', ['diff', '--stat', '--', 'dist', 'actions'], { encoding: 'utf8' }));
  console.error(
    'check-dist: dist/ does not match the sources. Run `npm run build` and commit dist/ with the change.',
  );
  process.exit(1);
}
console.log('check-dist: dist/ matches the sources');
