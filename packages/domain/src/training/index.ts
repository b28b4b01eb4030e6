export * from './audiences.ts';
export * from './target-binding.ts';
export * from './villages.ts';
