import { PasswordInput, type PasswordInputProps } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";

/** PasswordInput whose show/hide button is named in the UI language. */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput visibilityToggleButtonProps={{ "aria-label": t("common.showPassword") }} {...props} />
  );
}

/** A password being chosen, with the rules under it, and its confirmation (both `new-password`). */
export function NewPasswordFields({
  label,
  confirmLabel,
  password,
  confirm,
}: {
  label: string;
  confirmLabel: string;
  /** `form.getInputProps(…)` of each field. */
  password: GetInputPropsReturnType;
  confirm: GetInputPropsReturnType;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordField
        label={label}
        description={t("common.passwordHint")}
        autoComplete="new-password"
        required
        {...password}
      />
      <PasswordField label={confirmLabel} autoComplete="new-password" required {...confirm} />
    </>
  );
}
