export * from './access/policy.ts';
export * from './access/roles.ts';
export * from './bodies/body.ts';
export * from './text/vietnamese.ts';
