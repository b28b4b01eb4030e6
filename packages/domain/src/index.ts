export * from './bodies/body.ts';
export * from './text/vietnamese.ts';
