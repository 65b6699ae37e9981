/**
 * Calls to the Socius API on the same origin. The browser's session is an HttpOnly cookie: this
 * code never sees it; it only keeps the CSRF token the API gives with the session, and sends it
 * back on every change. Errors come back as RFC 9457 problems.
 */

export interface FieldProblem {
  field?: string;
  row?: number;
  message: string;
}

/** An application/problem+json answer. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    detail: string,
    readonly errors: FieldProblem[] = [],
  ) {
    super(detail);
  }

  /** The short code of the problem type (`/problems/already-voted` → `already-voted`). */
  get code(): string {
    return this.type.split('/').pop() ?? '';
  }

  /** The message about `field`, if the API named it. */
  about(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message;
  }
}

let csrfToken: string | undefined;

export function rememberCsrf(token: string | undefined): void {
  csrfToken = token;
}

export async function api<T>(
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (res.status === 204 || res.status === 202) return undefined as T;
  const text = await res.text();
  const body = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    throw new ApiProblem(res.status, body?.type ?? 'about:blank', body?.detail ?? res.statusText, body?.errors ?? []);
  }
  return body as T;
}

export interface Me {
  id: string;
  email: string;
  name: string;
  emailVerified: boolean;
  csrfToken?: string;
}

/** The signed-in person, or null. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api<Me>('GET', '/v1/auth/me');
    rememberCsrf(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 401) return null;
    throw error;
  }
}
