export * from './text/vietnamese.ts';
