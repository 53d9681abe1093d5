export { COMMAND_GROUPS, DESCRIPTIONS, type CommandGroup, type GroupName } from './groups.js';
