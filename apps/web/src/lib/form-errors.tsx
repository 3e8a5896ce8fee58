import type { ErrorCode } from "@courtier/contracts/errors";
import { messageFor } from "@courtier/contracts/errors";
import { fieldErrorsFrom } from "@courtier/contracts/validation";
import type { FormErrors, UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { type ApiError, isApiError } from "#src/api/api-error.ts";
import { isLanguage } from "#src/i18n.ts";

/** Rendered, not stored as text, so that a language switch re-translates errors already on screen. */
export function FieldErrorText({ code }: { code: ErrorCode }) {
  const { i18n } = useTranslation();
  return <>{messageFor(code, isLanguage(i18n.language) ? i18n.language : "nl")}</>;
}

function toFormErrors(codes: Record<string, { code: ErrorCode }>): FormErrors {
  const errors: FormErrors = {};
  for (const [path, { code }] of Object.entries(codes)) {
    if (path !== "_") errors[path] = <FieldErrorText code={code} />;
  }
  return errors;
}

export function formErrorsFromZod(error: z.ZodError): FormErrors {
  return toFormErrors(fieldErrorsFrom(error, "nl"));
}

export function formErrorsFromApi(error: ApiError): FormErrors {
  return toFormErrors(error.fields);
}

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FormErrors };

export function validateWith<S extends z.ZodType>(schema: S, values: unknown): Validation<z.output<S>> {
  const result = schema.safeParse(values);
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, errors: formErrorsFromZod(result.error) };
}

/**
 * `form.onSubmit` that checks the values with `schema` first: its errors go next to the fields, valid
 * data to `send`. `input` adds what is not in the form (a token, a product id).
 */
export function submitValidated<Values, S extends z.ZodType>(
  form: UseFormReturnType<Values>,
  schema: S,
  send: (data: z.output<S>) => void,
  input: (values: Values) => unknown = (values) => values,
) {
  return form.onSubmit((values) => {
    const result = validateWith(schema, input(values));
    if (!result.ok) {
      form.setErrors(result.errors);
      return;
    }
    send(result.data);
  });
}

/** A mutation's `onError`: the API's field errors go next to the form's fields. */
export function showApiFieldErrors(form: { setErrors: (errors: FormErrors) => void }) {
  return (error: unknown) => {
    if (isApiError(error)) form.setErrors(formErrorsFromApi(error));
  };
}

/** Field errors are shown next to the fields; only a form-wide failure gets the banner. */
export function formWideError(error: unknown): unknown {
  return error && !(isApiError(error) && error.hasFieldErrors) ? error : null;
}
