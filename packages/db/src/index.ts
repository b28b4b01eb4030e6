export * from './database.ts';
export * from './repositories/audit.ts';
export * from './repositories/bodies.ts';
export * from './repositories/scope.ts';
export * from './repositories/sessions.ts';
export * from './repositories/users.ts';
export * from './schema.ts';
export * from './seed/import-units.ts';
