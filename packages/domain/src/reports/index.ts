export * from './period-in-focus.ts';
export * from './periods.ts';
export * from './report-status.ts';
export * from './reported-by.ts';
export * from './rollup.ts';
export * from './timeliness.ts';
export * from './values.ts';
