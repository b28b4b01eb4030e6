import type { z } from 'zod';
/**
 * A small typed fetch client: JSON in and out, the CSRF header on every non-GET request, and the
 * server's `{ error: { code, message, field } }` mapped to an `ApiError`.
 */

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  /** True when the message came from the server (Vietnamese, meant for users). */
  readonly fromServer: boolean;

  constructor(status: number, code: string, message: string, field?: string, fromServer = false) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.fromServer = fromServer;
  }
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * Called when a request answers 401 (the session ended: signed out elsewhere, idle too long or
 * expired): the app then shows the sign-in page, saying why.
 */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

/**
 * What a list's query string may carry, read from the contract's query schema (its one home, shared
 * with the server's route): each field optional, as the server fills in its defaults.
 */
export type QueryOf<Schema extends z.ZodType> = Partial<z.output<Schema>>;

export interface RequestOptions {
  /**
   * A request the app makes by itself (a periodic poll), not the user's activity: the server does
   * not count it towards keeping an idle session alive.
   */
  background?: boolean;
}

/** The header that marks a background request (server: http/session.ts). */
const BACKGROUND_HEADER = 'x-lantoa-background';

/** `path` with the query's non-empty values as its search string. */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; field?: unknown };
}

async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  query?: Query,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.background) headers[BACKGROUND_HEADER] = '1';
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(withQuery(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', 'Network error');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const error = (data as ErrorBody | null)?.error;
    const message = typeof error?.message === 'string' ? error.message : '';
    const code = typeof error?.code === 'string' ? error.code : `http_${response.status}`;
    const field = typeof error?.field === 'string' ? error.field : undefined;
    if (response.status === 401 && !path.startsWith('/api/auth/')) onUnauthorized?.();
    throw new ApiError(response.status, code, message || response.statusText, field, Boolean(message));
  }
  return data as T;
}

/** A file the server generated: its bytes and the name it suggested (Content-Disposition). */
export interface DownloadedFile {
  blob: Blob;
  fileName: string | null;
}

function fileNameOf(response: Response): string | null {
  const header = response.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // Fall through to the plain name.
    }
  }
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? null;
}

/** Fetches a generated file (GET, or POST with a JSON body and the CSRF header). */
async function download(method: 'GET' | 'POST', path: string, body?: unknown): Promise<DownloadedFile> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', 'Network error');
  }
  if (!response.ok) {
    let error: ErrorBody['error'];
    try {
      error = ((await response.json()) as ErrorBody | null)?.error;
    } catch {
      error = undefined;
    }
    const message = typeof error?.message === 'string' ? error.message : '';
    const code = typeof error?.code === 'string' ? error.code : `http_${response.status}`;
    if (response.status === 401) onUnauthorized?.();
    throw new ApiError(response.status, code, message || response.statusText, undefined, Boolean(message));
  }
  return { blob: await response.blob(), fileName: fileNameOf(response) };
}

export const api = {
  get: <T>(path: string, query?: Query, options?: RequestOptions) =>
    request<T>('GET', path, undefined, query, options),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  /** Multipart upload; the browser sets the boundary. Fields go in the order they were appended. */
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, form),
  delete: <T>(path: string) => request<T>('DELETE', path),
  download,
};

/** Hands a downloaded file to the browser as if the user had clicked a link to it. */
export function saveFile(file: DownloadedFile, fallbackName: string): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
