import { Group, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

export function PageHeader({
  title,
  subtitle,
  actions,
}: {
  title: string;
  subtitle?: string;
  actions?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-end" mb="lg">
      <div>
        {subtitle && (
          <Text size="sm" c="dimmed" fw={500}>
            {subtitle}
          </Text>
        )}
        <Title order={1} size="h2">
          {title}
        </Title>
      </div>
      {actions}
    </Group>
  );
}
