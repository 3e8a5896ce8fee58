import type { z } from "zod";
import { type ErrorCode, type FieldErrors, isErrorCode, type Language, messageFor } from "./errors.ts";

function codeOf(issue: z.core.$ZodIssue): ErrorCode {
  if (isErrorCode(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return "REQUIRED";
    case "too_big":
      return "TOO_LONG";
    case "unrecognized_keys":
      return "UNKNOWN_FIELD";
    default:
      return "VALIDATION_FAILED";
  }
}

/** One message per field (the first issue wins), keyed by the dotted path. */
export function fieldErrorsFrom(error: z.ZodError, language: Language): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const paths =
      issue.code === "unrecognized_keys"
        ? issue.keys.map((key) => [...issue.path, key].join("."))
        : [issue.path.join(".") || "_"];
    const code = codeOf(issue);
    for (const path of paths) {
      if (!fields[path]) fields[path] = { code, message: messageFor(code, language) };
    }
  }
  return fields;
}
