// The web app's API client: JSON in and out, the session cookie sent same-origin, errors as ApiError
// (the API's `{ error: { code, message, details } }`), and a 401 sends the user to the sign-in page.
// CSRF: the API checks the Origin header, which the browser sets itself on every POST/PATCH/PUT/DELETE;
// nothing else is needed here.

export interface ApiErrorDetail {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
    /** The answer's parsed JSON body, when it had one (a 412 on a scenario carries the current one). */
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The message of the detail for `path` (e.g. 'password'), for showing next to a field. */
  fieldError(path: string): string | undefined {
    return this.details.find((d) => d.path === path)?.message;
  }
}

export interface RequestOptions {
  /** Defaults to true: a 401 redirects to /login?next=<current page>. Sign-in screens turn it off. */
  redirectOn401?: boolean;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

const AUTH_PAGES = ['/login', '/setup', '/invite'];

export function redirectToLogin(): void {
  const here = window.location.pathname + window.location.search;
  if (AUTH_PAGES.some((p) => window.location.pathname.startsWith(p))) return;
  window.location.assign(`/login?next=${encodeURIComponent(here)}`);
}

export async function apiRequest<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  return (await apiResponse<T>(method, path, body, options)).data;
}

/** As apiRequest, with the answer's headers too (a scenario's ETag). */
export async function apiResponse<T>(
  method: string,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<{ data: T; headers: Headers }> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', 'The server cannot be reached. Check your connection and retry.');
  }
  if (response.status === 401 && options.redirectOn401 !== false) redirectToLogin();
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return { data: undefined as T, headers: response.headers };
  return { data: (await response.json()) as T, headers: response.headers };
}

/** The ApiError of a 4xx/5xx answer; `fallback` is the message when the body carries none. */
export async function toApiError(response: Response, fallback = `The server answered ${response.status}.`): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = (body as { error?: { code?: string; message?: string; details?: ApiErrorDetail[] } } | null)?.error;
  return new ApiError(
    response.status,
    error?.code ?? `http_${response.status}`,
    error?.message ?? fallback,
    Array.isArray(error?.details) ? error.details : [],
    body,
  );
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => apiRequest<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => apiRequest<T>('POST', path, body ?? {}, options),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) => apiRequest<T>('PATCH', path, body, options),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => apiRequest<T>('PUT', path, body, options),
  delete: <T = void>(path: string, options?: RequestOptions) => apiRequest<T>('DELETE', path, undefined, options),
};

/** A user-facing message for anything thrown by the client. */
export function errorMessage(error: unknown, fallback = 'Something went wrong.'): string {
  return error instanceof ApiError ? error.message : fallback;
}
