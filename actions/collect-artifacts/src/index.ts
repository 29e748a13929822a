import { runAction } from '../../../packages/action-kit/index.js';
import { main } from './main.js';

void runAction(main);
