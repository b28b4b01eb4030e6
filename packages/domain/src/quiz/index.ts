export * from './citizen-id.ts';
export * from './defaults.ts';
export * from './draw.ts';
export * from './phone.ts';
export * from './question.ts';
export * from './ranking.ts';
export * from './round-clock.ts';
export * from './scoring.ts';
