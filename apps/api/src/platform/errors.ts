import type { ErrorCode, FieldErrors } from "@courtier/contracts/errors";

type FieldCodes = Record<string, ErrorCode>;

/** The one error type services throw. Routes turn it into `{ error: { code, message, fields } }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    readonly fields?: FieldCodes | FieldErrors,
  ) {
    super(code);
    this.name = "AppError";
  }

  static validation(fields: FieldCodes): AppError {
    return new AppError("VALIDATION_FAILED", 400, fields);
  }
  static unauthenticated(): AppError {
    return new AppError("UNAUTHENTICATED", 401);
  }
  static forbidden(): AppError {
    return new AppError("FORBIDDEN", 403);
  }
  static notFound(): AppError {
    return new AppError("NOT_FOUND", 404);
  }
}

/** PostgreSQL's unique_violation, with the name of the index that refused the row. */
export function uniqueViolation(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const e = current as { code?: string; constraint?: string; message?: string; cause?: unknown };
    if (e.code === "23505") return e.constraint ?? e.message ?? "";
    current = e.cause;
  }
  return null;
}
