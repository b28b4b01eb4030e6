export * from './occurrences.ts';
export * from './states.ts';
