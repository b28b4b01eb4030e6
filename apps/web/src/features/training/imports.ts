// What the training imports' screens decide without a browser: the platform mapping as the server
// takes it. How an import's answer reads is every import's (shared/sheetImport.ts).
// Unit-tested in apps/web/test/training-imports.test.ts.
import type { Audience } from '@lantoa/domain/constants';
import type { CompletionMapping } from './api.ts';

/** The mapping form as typed. */
export interface MappingValues {
  body?: string | undefined;
  count?: string | undefined;
  code?: string | undefined;
  audience: Audience;
}

/**
 * The mapping the server takes: headers trimmed (a space copied from Excel would miss the column),
 * no code column when none is typed.
 */
export function completionMappingOf(values: MappingValues): CompletionMapping {
  const code = values.code?.trim();
  return {
    body: values.body?.trim() ?? '',
    count: values.count?.trim() ?? '',
    audience: values.audience,
    ...(code ? { code } : {}),
  };
}

/** The audience the form starts with: citizens when the course has them (platforms count citizens), else its first. */
export function defaultCompletionAudience(audiences: readonly Audience[]): Audience | undefined {
  return audiences.includes('citizens') ? 'citizens' : audiences[0];
}
