import { Paper, Stack, Title } from "@mantine/core";
import type { ReactNode } from "react";

export function CenteredCard({
  title,
  titleId,
  children,
}: {
  title: string;
  titleId: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder shadow="sm" radius="md" p={{ base: "lg", sm: 40 }} maw={480} mx="auto">
      <Stack gap="md">
        <Title order={1} size="h2" id={titleId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
