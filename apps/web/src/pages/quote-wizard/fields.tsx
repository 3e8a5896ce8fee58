import type { ErrorCode, Language } from "@courtier/contracts/errors";
import type { QuoteDraft } from "@courtier/contracts/quotes";
import type { QuotePricing } from "@courtier/contracts/responses";
import { Group, NumberInput, Radio, Select, Stack, TextInput } from "@mantine/core";
import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { FieldErrorText } from "#src/lib/form-errors.tsx";
import { valueAt } from "./draft-paths.ts";
import { eurosToCents, separatorsOf } from "./money.ts";
import { fieldId } from "./steps.ts";

/** What every field of the wizard reads and writes: one draft, its errors by path, and whether it may change. */
export type WizardForm = {
  draft: QuoteDraft;
  set: (path: string, value: unknown) => void;
  errors: Record<string, ErrorCode>;
  readOnly: boolean;
  language: Language;
  /** The live (or frozen) premium, for the notices a step shows (compulsory cover). */
  pricing: QuotePricing | null;
};

export const WizardFormContext = createContext<WizardForm | null>(null);

export function useWizardForm(): WizardForm {
  const form = useContext(WizardFormContext);
  if (!form) throw new Error("useWizardForm is used outside the wizard");
  return form;
}

function useField(path: string) {
  const form = useWizardForm();
  const code = form.errors[path];
  return {
    form,
    value: valueAt(form.draft, path),
    set: (value: unknown) => form.set(path, value),
    error: code ? <FieldErrorText code={code} /> : undefined,
    id: fieldId(path),
  };
}

type Common = { path: string; label: string; description?: ReactNode; optional?: boolean };

/** Hints go under the field, so that the inputs of a row line up whether or not they have one. */
const HINT_BELOW: ("label" | "input" | "description" | "error")[] = [
  "label",
  "input",
  "description",
  "error",
];

export function TextField({
  path,
  label,
  description,
  optional = false,
  maxLength,
  ...rest
}: Common & {
  maxLength: number;
  autoComplete?: string;
  inputMode?: "numeric" | "text";
  placeholder?: string;
  type?: "text" | "date";
}) {
  const { t } = useTranslation();
  const field = useField(path);
  return (
    <TextInput
      id={field.id}
      label={label}
      description={optional ? (description ?? t("common.optional")) : description}
      inputWrapperOrder={HINT_BELOW}
      required={!optional}
      value={typeof field.value === "string" ? field.value : ""}
      onChange={(event) =>
        field.set(event.currentTarget.value === "" ? undefined : event.currentTarget.value)
      }
      error={field.error}
      disabled={field.form.readOnly}
      maxLength={maxLength}
      {...rest}
    />
  );
}

/**
 * An amount in euros, stored as integer cents. The text typed stays as typed while the field is used
 * ("12," on the way to "12,50"); the draft gets the cents at every change.
 */
export function MoneyField({ path, label, description, optional = false }: Common) {
  const { t } = useTranslation();
  const field = useField(path);
  const cents = typeof field.value === "number" ? field.value : undefined;
  const [text, setText] = useState<number | string>(cents === undefined ? "" : cents / 100);
  useEffect(() => {
    setText((current) => {
      const shown = current === "" ? undefined : eurosToCents(Number(current));
      return shown === cents ? current : cents === undefined ? "" : cents / 100;
    });
  }, [cents]);
  const separators = separatorsOf(field.form.language);
  return (
    <NumberInput
      id={field.id}
      label={label}
      description={optional ? (description ?? t("common.optional")) : description}
      inputWrapperOrder={HINT_BELOW}
      required={!optional}
      withAsterisk={false}
      prefix="€ "
      {...separators}
      decimalScale={2}
      fixedDecimalScale
      allowNegative={false}
      min={0}
      max={1_000_000_000}
      clampBehavior="strict"
      hideControls
      inputMode="decimal"
      value={text}
      onChange={(value) => {
        setText(value);
        const number = typeof value === "number" ? value : Number.parseFloat(String(value));
        field.set(value === "" || Number.isNaN(number) ? undefined : eurosToCents(number));
      }}
      error={field.error}
      disabled={field.form.readOnly}
    />
  );
}

/** A whole number: workers, claims, days, square metres. */
export function CountField({
  path,
  label,
  description,
  optional = false,
  max,
  suffix,
}: Common & { max: number; suffix?: string }) {
  const { t } = useTranslation();
  const field = useField(path);
  return (
    <NumberInput
      id={field.id}
      label={label}
      description={optional ? (description ?? t("common.optional")) : description}
      inputWrapperOrder={HINT_BELOW}
      required={!optional}
      withAsterisk={false}
      allowDecimal={false}
      allowNegative={false}
      min={0}
      max={max}
      clampBehavior="strict"
      suffix={suffix}
      {...separatorsOf(field.form.language)}
      inputMode="numeric"
      value={typeof field.value === "number" ? field.value : ""}
      onChange={(value) => {
        const number = typeof value === "number" ? value : Number.parseInt(String(value), 10);
        field.set(value === "" || Number.isNaN(number) ? undefined : number);
      }}
      error={field.error}
      disabled={field.form.readOnly}
    />
  );
}

/** A question answered yes or no; unanswered until the broker chooses. */
export function YesNoField({ path, label, description }: Common) {
  const { t } = useTranslation();
  const field = useField(path);
  const value = field.value === true ? "yes" : field.value === false ? "no" : null;
  return (
    <Radio.Group
      wrapperProps={{ id: field.id }}
      label={label}
      description={description}
      value={value}
      onChange={(next) => field.set(next === "yes")}
      error={field.error}
      required
      withAsterisk={false}
      disabled={field.form.readOnly}
    >
      <Group gap="xl" mt={6}>
        <Radio value="yes" label={t("wizard.yes")} disabled={field.form.readOnly} />
        <Radio value="no" label={t("wizard.no")} disabled={field.form.readOnly} />
      </Group>
    </Radio.Group>
  );
}

export type Choice = { value: string; label: string; description?: string };

/** One of a few options, all visible (radio buttons); stacked when they carry a description. */
export function ChoiceField({ path, label, description, options }: Common & { options: Choice[] }) {
  const field = useField(path);
  const stacked = options.some((o) => o.description);
  const radios = options.map((option) => (
    <Radio
      key={option.value}
      value={option.value}
      label={option.label}
      description={option.description}
      disabled={field.form.readOnly}
    />
  ));
  return (
    <Radio.Group
      wrapperProps={{ id: field.id }}
      label={label}
      description={description}
      value={typeof field.value === "string" ? field.value : null}
      onChange={(next) => field.set(next)}
      error={field.error}
      required
      withAsterisk={false}
      disabled={field.form.readOnly}
    >
      {stacked ? (
        <Stack gap="sm" mt={8}>
          {radios}
        </Stack>
      ) : (
        <Group gap="xl" mt={6} style={{ rowGap: "var(--mantine-spacing-xs)" }}>
          {radios}
        </Group>
      )}
    </Radio.Group>
  );
}

/** One of a longer list, in a dropdown. */
export function SelectField({ path, label, description, options }: Common & { options: Choice[] }) {
  const field = useField(path);
  return (
    <Select
      id={field.id}
      label={label}
      description={description}
      inputWrapperOrder={HINT_BELOW}
      required
      withAsterisk={false}
      data={options.map(({ value, label: text }) => ({ value, label: text }))}
      value={typeof field.value === "string" ? field.value : null}
      onChange={(next) => field.set(next ?? undefined)}
      allowDeselect={false}
      error={field.error}
      disabled={field.form.readOnly}
    />
  );
}
