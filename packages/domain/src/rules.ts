// The small entry point for the rules a client applies before asking the server
// (`@lantoa/domain/rules`): Vietnam time, Vietnamese folding for search, the report's life, value
// checks and rounding, the spoken length of a bulletin, a password's length. Pure, and free of the body catalogue.

export * from './access/password-length.ts';
export { SPOKEN_SYLLABLES_PER_MINUTE, spokenSeconds } from './broadcast/spoken-length.ts';
export * from './reports/period-in-focus.ts';
export * from './reports/report-status.ts';
export * from './reports/timeliness.ts';
export * from './reports/values.ts';
export * from './text/vietnamese.ts';
export * from './time/vietnam.ts';
