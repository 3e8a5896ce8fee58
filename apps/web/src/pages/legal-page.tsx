import { Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "#src/components/anchor-link.tsx";
import { currentLanguage } from "#src/i18n.ts";
import { type LegalDocumentSlug, legalDocumentSlugs } from "#src/legal/legal-document.ts";
import { legalDocuments } from "#src/legal/legal-documents.ts";
import { formatDate } from "#src/lib/format.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

const route = getRouteApi("/public/legal/$document");

const footerKeys = {
  terms: "footer.terms",
  subcontracting: "footer.subcontracting",
  privacy: "footer.privacy",
} as const satisfies Record<LegalDocumentSlug, string>;

export function LegalPage() {
  const { t } = useTranslation();
  const { document: slug } = route.useLoaderData();
  const language = currentLanguage();
  const set = legalDocuments[slug];
  const doc = set.text[language];
  usePageTitle(doc.title);

  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: "lg", sm: 48 }}
      maw={820}
      mx="auto"
      component="article"
      lang={language}
    >
      <Stack gap="lg">
        <div>
          <Title order={1} size="h2">
            {doc.title}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t("legal.lastUpdated", { date: formatDate(set.updated, language) })}
          </Text>
        </div>
        <Text lh={1.65}>{doc.intro}</Text>
        {doc.sections.map((section) => (
          <Stack gap="xs" key={section.heading} component="section">
            <Title order={2} size="h4">
              {section.heading}
            </Title>
            {section.paragraphs.map((paragraph) => (
              <Text key={paragraph} lh={1.65}>
                {paragraph}
              </Text>
            ))}
            {section.items && (
              <List spacing={6} lh={1.6} withPadding>
                {section.items.map((item) => (
                  <List.Item key={item}>{item}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        ))}
        <Group
          component="nav"
          aria-label={t("legal.otherDocuments")}
          gap="lg"
          pt="md"
          style={{ borderTop: "1px solid var(--mantine-color-gray-2)" }}
        >
          {legalDocumentSlugs
            .filter((other) => other !== slug)
            .map((other) => (
              <AnchorLink key={other} to="/legal/$document" params={{ document: other }} size="sm">
                {t(footerKeys[other])}
              </AnchorLink>
            ))}
        </Group>
      </Stack>
    </Paper>
  );
}
