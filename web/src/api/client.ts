// The one way the web app talks to the server: same-origin cookies, the UI language in Accept-Language (so error
// messages arrive translated), the CSRF token on every state-changing request, and typed errors.
import i18n from "../i18n/index.ts";

export interface ApiFieldError {
  path: string;
  code: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: ApiFieldError[];
  /** Seconds from Retry-After (429). */
  readonly retryAfter: number | null;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: ApiFieldError[] = [],
    retryAfter: number | null = null,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.retryAfter = retryAfter;
  }
}

let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF header for a state-changing request made without api() (an upload that reports its progress). */
export function csrfHeader(): Record<string, string> {
  return csrfToken ? { "x-csrf-token": csrfToken } : {};
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** `body` is sent as JSON, or as it is when it is a FormData (multipart: the browser sets the boundary). */
export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": i18n.language || "nl" };
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? null : form ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network", i18n.t("errors.network"));
  }
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
    const error = (data as { error?: { code?: string; message?: string; fields?: ApiFieldError[] } } | null)?.error;
    const retry = response.headers.get("retry-after");
    throw new ApiError(
      response.status,
      error?.code ?? `http_${response.status}`,
      error?.message ?? i18n.t("errors.unexpected"),
      error?.fields ?? [],
      retry && /^\d+$/.test(retry) ? Number(retry) : null,
    );
  }
  return data as T;
}

export const get = <T>(path: string): Promise<T> => api<T>("GET", path);
