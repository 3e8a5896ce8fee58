import { ApiError, apiErrorFrom } from "./api-error.ts";

type Method = "GET" | "POST" | "PATCH" | "DELETE";

let currentLanguage: () => string = () => "nl";

/** The UI language travels with every call so that server messages come back in it. */
export function setApiLanguageSource(read: () => string): void {
  currentLanguage = read;
}

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Accept-Language": currentLanguage(),
  };
  if (body !== undefined) headers["Content-Type"] = "application/json";

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
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
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, body),
  delete: <T>(path: string) => request<T>("DELETE", path),
};
