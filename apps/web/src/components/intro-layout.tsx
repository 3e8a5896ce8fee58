import { Button, Grid, Paper, Stack, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** The manual's two-column screen: the blue pitch panel on the left, a form on the right. */
/** `invitation`: an invited colleague joins an existing office, so the panel offers no registration. */
export function IntroLayout({
  variant,
  children,
}: {
  variant: "sign-in" | "register" | "invitation";
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder shadow="sm" radius="md" style={{ overflow: "hidden" }} maw={960} mx="auto">
      <Grid gap={0}>
        <Grid.Col
          span={{ base: 12, md: 5 }}
          bg="brand.6"
          c="white"
          p={{ base: "xl", md: 40 }}
          style={{ display: "flex", flexDirection: "column", justifyContent: "center" }}
        >
          <Stack gap="xl">
            <Text fz="lg" lh={1.6} fw={500}>
              {t("intro.pitch")}
            </Text>
            {variant === "sign-in" ? (
              <Button component={Link} to="/register" variant="white" size="md" w="fit-content">
                {t("intro.register")}
              </Button>
            ) : variant === "invitation" ? null : (
              <Stack gap="xs">
                <Text fw={600}>{t("intro.haveAccount")}</Text>
                <Button component={Link} to="/" variant="white" size="md" w="fit-content">
                  {t("intro.signIn")}
                </Button>
              </Stack>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }} p={{ base: "xl", md: 40 }} bg="white">
          {children}
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
