// Lets a child `node` run this repository's TypeScript sources directly (tests spawn the CLI and the index
// in their own processes to kill them): `.js` imports resolve to the `.ts` beside them, and `.ts` files are
// transpiled one at a time with TypeScript's transpileModule. Use: node --import <this file> main.ts
import { register } from 'node:module';

register('./ts-loader-hooks.mjs', import.meta.url);
