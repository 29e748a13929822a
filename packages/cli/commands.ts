/** Every subcommand of `release-actions`: add one by writing its file and listing it here. */
import type { Command } from './command.js';
import { indexRepairCommand } from './index-repair.js';
import { indexServeCommand } from './index-serve.js';
import { rehearseCommand } from './rehearse-command.js';
import { runCommand } from './run-command.js';

/** The commands, in the order the main help lists them. */
export const COMMANDS: readonly Command[] = [
  indexServeCommand,
  indexRepairCommand,
  runCommand,
  rehearseCommand,
];
