export const RATING_ERROR_CODES = [
  "INVALID_INPUT",
  "INVALID_TARIFF",
  "UNKNOWN_TARIFF",
  "UNKNOWN_ACTIVITY",
  "TARIFF_NOT_IN_FORCE",
  "MISSING_LEGAL_PARAMETER",
  "MISSING_LIABILITY_BASIS",
  "DAYS_ABOVE_TARIFF_MAXIMUM",
] as const;
export type RatingErrorCode = (typeof RATING_ERROR_CODES)[number];

export interface RatingIssue {
  /** Dotted path of the offending field, e.g. "company.activityCode". */
  path: string;
  message: string;
}

/**
 * An expected error: the input or the tariff is wrong, not the engine. Callers show the
 * issues next to their fields (the wizard) or as a 422 (the API); it is never a crash.
 */
export class RatingError extends Error {
  readonly code: RatingErrorCode;
  readonly issues: readonly RatingIssue[];

  constructor(code: RatingErrorCode, issues: readonly RatingIssue[]) {
    super(issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join("\n"));
    this.name = "RatingError";
    this.code = code;
    this.issues = issues;
  }
}

/** Turns zod issues into dotted-path issues; kept structural so zod stays an implementation detail. */
export function issuesFromZod(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  prefix = "",
): RatingIssue[] {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((part) => part !== "").join("."),
    message: issue.message,
  }));
}
