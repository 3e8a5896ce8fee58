import { ApiError, apiErrorFrom } from "./api-error.ts";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

let currentLanguage: () => string = () => "nl";

/** The UI language travels with every call so that server messages come back in it. */
export function setApiLanguageSource(read: () => string): void {
  currentLanguage = read;
}

/** A file sent as it is (an uploaded logo), with its own content type instead of JSON. */
export type RawBody = { raw: Blob; contentType: string };

function isRawBody(body: unknown): body is RawBody {
  return typeof body === "object" && body !== null && "raw" in body && body.raw instanceof Blob;
}

export async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Accept-Language": currentLanguage(),
    ...extraHeaders,
  };
  const raw = isRawBody(body) ? body : null;
  if (raw) headers["Content-Type"] = raw.contentType;
  else if (body !== undefined) headers["Content-Type"] = "application/json";

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: raw ? raw.raw : body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError({ status: 0, code: "UNREACHABLE", message: String(cause) });
  }

  const isJson = response.headers.get("content-type")?.includes("application/json") ?? false;
  const payload: unknown = isJson ? await response.json().catch(() => undefined) : undefined;

  if (!response.ok) throw apiErrorFrom(response.status, payload);
  if (response.status === 204) return undefined as T;
  if (!isJson) throw apiErrorFrom(response.status, undefined);
  return payload as T;
}

export const api = {
  get: <T>(path: string) => request<T>("GET", path),
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) =>
    request<T>("POST", path, body ?? {}, headers),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, body),
  /** `headers` carries `If-Match` for saves that must not overwrite someone else's. */
  put: <T>(path: string, body: unknown, headers?: Record<string, string>) =>
    request<T>("PUT", path, body, headers),
  delete: <T>(path: string) => request<T>("DELETE", path),
};
