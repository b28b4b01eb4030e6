export * from './output-binding.ts';
export * from './outputs.ts';
export * from './topic-words.ts';
