export * from './audiences.ts';
export * from './target-binding.ts';
