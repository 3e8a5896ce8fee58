import { Group, Image, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { platformQuery } from "#src/api/endpoints.ts";
import { CourtierLogo } from "./courtier-logo.tsx";

/** The insurer's logo on its own host name, otherwise the platform's. */
export function BrandLogo({ inverted = false }: { inverted?: boolean }) {
  const { t } = useTranslation();
  const { data } = useQuery(platformQuery);
  const insurer = data?.insurer;
  if (!insurer) return <CourtierLogo inverted={inverted} />;
  return (
    <Group gap="xs" wrap="nowrap">
      <Image
        src={insurer.logoUrl}
        alt={t("brand.logoAlt", { name: insurer.name })}
        h={32}
        w="auto"
        fit="contain"
        style={
          inverted
            ? { background: "white", borderRadius: 4, padding: 4, boxSizing: "content-box" }
            : undefined
        }
      />
      <Text component="span" size="xs" c={inverted ? "white" : "dimmed"} visibleFrom="sm">
        {t("brand.poweredBy")}
      </Text>
    </Group>
  );
}
