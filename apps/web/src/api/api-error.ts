import type { ErrorCode, FieldErrors } from "@courtier/contracts/errors";
import { isErrorCode } from "@courtier/contracts/errors";

/** `UNREACHABLE`: no answer, or an answer that did not come from our API (proxy error, HTML page). */
export type ClientErrorCode = ErrorCode | "UNREACHABLE";

export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  readonly fields: FieldErrors;

  constructor(options: { status: number; code: ClientErrorCode; message: string; fields?: FieldErrors }) {
    super(options.message);
    this.name = "ApiError";
    this.status = options.status;
    this.code = options.code;
    this.fields = options.fields ?? {};
  }

  get hasFieldErrors(): boolean {
    return Object.keys(this.fields).length > 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isUnreachable(error: unknown): boolean {
  return isApiError(error) && error.code === "UNREACHABLE";
}

/** Reads `{ error: { code, message, fields } }`; anything else means the API did not answer. */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  if (typeof body === "object" && body !== null && "error" in body) {
    const error = (body as { error: unknown }).error;
    if (typeof error === "object" && error !== null) {
      const { code, message, fields } = error as { code?: unknown; message?: unknown; fields?: unknown };
      if (isErrorCode(code)) {
        return new ApiError({
          status,
          code,
          message: typeof message === "string" ? message : code,
          fields: sanitizeFields(fields),
        });
      }
    }
  }
  return new ApiError({ status, code: "UNREACHABLE", message: `HTTP ${status}` });
}

function sanitizeFields(fields: unknown): FieldErrors {
  const result: FieldErrors = {};
  if (typeof fields !== "object" || fields === null) return result;
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value !== "object" || value === null) continue;
    const { code, message } = value as { code?: unknown; message?: unknown };
    if (isErrorCode(code)) result[name] = { code, message: typeof message === "string" ? message : code };
  }
  return result;
}
