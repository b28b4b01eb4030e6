export * from './day.ts';
export * from './format.ts';
export * from './programme.ts';
export * from './sessions.ts';
export * from './spoken-length.ts';
export * from './types.ts';
