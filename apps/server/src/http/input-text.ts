import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.ts';

// PostgreSQL cannot store the NUL character in `text` (nor `\u0000` in `jsonb`), and a lone UTF-16
// surrogate is not text at all: the drivers would turn it into U+FFFD and store something other
// than what was sent. Rather than let each route meet this at the database (a 500), every request
// is checked once, before validation, and refused with 400 naming the field.

/** NUL, or a high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const INVALID_TEXT = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `value` is text PostgreSQL can store as it was sent. */
export const isStorableText = (value: string) => !INVALID_TEXT.test(value);

/** A field path as the error handler names fields ('values.0.note'), printable and of bounded length. */
const fieldName = (path: readonly (string | number)[]) => {
  const name = path.map((part) => String(part).replace(new RegExp(INVALID_TEXT, 'g'), '\uFFFD')).join('.');
  return name.length > 200 ? `${name.slice(0, 200)}…` : name;
};

/** Where a value sits in the input: its key and its parent's place (built only for what is found). */
interface Place {
  key: string | number;
  parent: Place | null;
}
const pathOf = (place: Place | null) => {
  const path: (string | number)[] = [];
  for (let at = place; at; at = at.parent) path.push(at.key);
  return path.reverse();
};

/**
 * The path of the first string (value or object key) in `input` that is not storable text, or null.
 * Walks with its own stack and shares path prefixes, so input nested hundreds of thousands of levels
 * deep costs linear time and cannot overflow the call stack.
 */
export function findUnstorableText(input: unknown): (string | number)[] | null {
  const stack: { value: unknown; place: Place | null }[] = [{ value: input, place: null }];
  while (stack.length > 0) {
    const { value, place } = stack.pop() as { value: unknown; place: Place | null };
    if (typeof value === 'string') {
      if (!isStorableText(value)) return pathOf(place);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], place: { key: i, parent: place } });
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (const [key] of entries) if (!isStorableText(key)) return pathOf({ key, parent: place });
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        stack.push({ value: child, place: { key, parent: place } });
      }
    }
  }
  return null;
}

/**
 * The 400 for unstorable text: an AppError for our error handler (code, Vietnamese message, field),
 * which also carries Fastify's `validation` and `validationContext`, so that a plugin with an error
 * handler of its own (the public contest page answers validation errors with its 404 page) treats
 * it as the schema failure it is, not as a crash.
 */
export class UnstorableTextError extends AppError {
  readonly statusCode = 400;
  readonly validation: { keyword: string; instancePath: string; message: string }[];
  readonly validationContext: string | undefined;
  constructor(message: string, field: string | undefined, location: string | undefined) {
    super('invalid_input', message, field);
    this.validation = [{ keyword: 'text', instancePath: `/${(field ?? '').replaceAll('.', '/')}`, message }];
    this.validationContext = location;
  }
}

/** Throws the 400 for the first unstorable text in `input` (also for multipart fields read by hand). */
export function assertStorableText(input: unknown, location?: 'params' | 'querystring' | 'body'): void {
  const path = findUnstorableText(input);
  if (!path) return;
  const field = fieldName(path) || undefined;
  const what = 'có ký tự không hợp lệ (ký tự NUL hoặc ký tự Unicode hỏng). Hãy xóa ký tự đó rồi gửi lại.';
  throw new UnstorableTextError(field ? `Trường «${field}» ${what}` : `Dữ liệu ${what}`, field, location);
}

/**
 * Refuses, for every route, path parameters, query strings and JSON bodies that carry text the
 * database cannot store. Runs before schema validation, so it also covers routes that parse their
 * body by hand.
 */
export function registerInputTextCheck(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    assertStorableText(request.params, 'params');
    assertStorableText(request.query, 'querystring');
    assertStorableText(request.body, 'body');
  });
}
