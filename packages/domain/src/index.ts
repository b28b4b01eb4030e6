export * from './access/policy.ts';
export * from './access/roles.ts';
export * from './bodies/body.ts';
export * from './bodies/body-catalogue.ts';
export * from './bodies/match-body-name.ts';
export * from './plans/conformance.ts';
export * from './schedule/index.ts';
export * from './text/vietnamese.ts';
