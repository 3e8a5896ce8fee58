import { Anchor, VisuallyHidden } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** Opens beside the current page, so that a half-filled form is never left behind. */
export function NewTabLink({ href, children }: { href: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Anchor href={href} target="_blank" rel="noopener" inherit>
      {children}
      <VisuallyHidden> {t("register.opensInNewTab")}</VisuallyHidden>
    </Anchor>
  );
}
