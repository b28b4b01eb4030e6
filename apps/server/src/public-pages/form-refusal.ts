import { ZodError } from 'zod';
import { AppError, ERROR_STATUS } from '../http/errors.ts';

/** Why a public form was not taken, shown above the form with what was typed kept. */
export interface FormRefusal {
  status: number;
  message: string;
  /** The form field to fix, when one is at fault. */
  field?: string | undefined;
}

/**
 * A refusal a public form shows above itself (a field to fix, a file refused), its field named as the
 * form labels it (`labels`, by field name); anything else (not found, a failure) is for the page's
 * error handler, and answers null.
 */
export function formRefusal(error: unknown, labels: Readonly<Record<string, string>>): FormRefusal | null {
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const field = typeof issue?.path[0] === 'string' ? issue.path[0] : undefined;
    const label = field ? labels[field] : undefined;
    const message = issue?.message ?? 'Biểu mẫu chưa đúng. Hãy kiểm tra lại.';
    return { status: 400, message: label ? `${label}: ${message}` : message, field };
  }
  if (error instanceof AppError && error.code !== 'internal' && error.code !== 'not_found') {
    return { status: ERROR_STATUS[error.code], message: error.message, field: error.field };
  }
  return null;
}
