export * from './periods.ts';
export * from './rollup.ts';
export * from './timeliness.ts';
