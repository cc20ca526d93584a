import type { Command } from 'commander';

/** Placeholder until the scoring CLI lands: registers `framework`, `score`, `reconcile`. */
export function registerScoringCommands(_program: Command): void {}
