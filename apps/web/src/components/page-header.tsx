import { Group, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

export function PageHeader({
  title,
  subtitle,
  actions,
  titleId,
  leading,
}: {
  title: string;
  titleId?: string;
  /** A logo or avatar before the title. */
  leading?: ReactNode;
  subtitle?: string;
  actions?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-end" mb="lg">
      <Group gap="md" wrap="nowrap">
        {leading}
        <div>
          {subtitle && (
            <Text size="sm" c="dimmed" fw={500}>
              {subtitle}
            </Text>
          )}
          <Title order={1} size="h2" id={titleId}>
            {title}
          </Title>
        </div>
      </Group>
      {actions}
    </Group>
  );
}
