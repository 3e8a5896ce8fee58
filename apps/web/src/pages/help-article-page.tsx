import { Anchor, Button, Divider, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link, type LinkProps } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { meQuery } from "#src/api/endpoints.ts";
import { helpArticleQuery, helpArticlesQuery } from "#src/api/help.ts";
import { AnchorLink, ButtonLink } from "#src/components/anchor-link.tsx";
import { useChatPanelOpen } from "#src/components/chat-state.ts";
import { HelpMarkdown } from "#src/components/help-markdown.tsx";
import { ArrowLeftIcon, ChatIcon } from "#src/components/icons.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { currentLanguage } from "#src/i18n.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";

const route = getRouteApi("/help/$slug");

/** An article's `screen` is one of the app's own paths (checked when the articles are loaded). */
const screenLink = (screen: string) => screen as LinkProps["to"];

function OtherArticles({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const articles = useQuery(helpArticlesQuery(currentLanguage(), ""));
  const others = (articles.data?.articles ?? []).filter((article) => article.slug !== slug);
  if (others.length === 0) return null;
  return (
    <Stack gap="xs" component="nav" aria-labelledby="help-other-title">
      <Title order={2} size="h5" id="help-other-title">
        {t("help.otherArticles")}
      </Title>
      <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
        {others.map((article) => (
          <li key={article.slug}>
            <AnchorLink to="/help/$slug" params={{ slug: article.slug }} size="sm">
              {article.title}
            </AnchorLink>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

/** Signed in: the chat is one click away; signed out: the way in. */
function MoreHelp() {
  const { t } = useTranslation();
  const { data: me } = useQuery(meQuery);
  const [, setChatOpen] = useChatPanelOpen(me?.user.id ?? "");
  return (
    <Paper withBorder radius="md" p="md" bg="brand.0" style={{ borderColor: "var(--mantine-color-brand-1)" }}>
      <Group justify="space-between" gap="sm">
        <div>
          <Text fw={600}>{t("help.stillStuck")}</Text>
          <Text size="sm" c="dimmed">
            {me ? t("help.stillStuckChat") : t("help.stillStuckSignedOut")}
          </Text>
        </div>
        {me && (
          <Button variant="white" leftSection={<ChatIcon size={16} />} onClick={() => setChatOpen(true)}>
            {t("help.openChat")}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

/** One help article, in the UI's language, with a link to the screen it is about. */
export function HelpArticlePage() {
  const { t } = useTranslation();
  const { slug } = route.useParams();
  const language = currentLanguage();
  const article = useQuery(helpArticleQuery(slug, language));
  usePageTitle(article.data?.title ?? t("help.title"));

  return (
    <Stack gap="lg" maw={820} mx="auto">
      <Anchor component={Link} to="/help" size="sm" style={{ alignSelf: "flex-start" }}>
        <Group gap={6} component="span">
          <ArrowLeftIcon size={14} />
          {t("help.backToList")}
        </Group>
      </Anchor>
      <QueryState query={article}>
        {(data) => (
          <Paper withBorder radius="md" p={{ base: "lg", sm: 40 }} component="article" lang={data.language}>
            <Stack gap="md">
              <Group justify="space-between" align="flex-start" gap="md">
                <Title order={1} size="h2" style={{ flex: "1 1 320px" }}>
                  {data.title}
                </Title>
                <ButtonLink to={screenLink(data.screen)} variant="light">
                  {t("help.goToScreen")}
                </ButtonLink>
              </Group>
              <Text size="lg" c="dimmed" lh={1.55}>
                {data.summary}
              </Text>
              <Divider />
              <HelpMarkdown source={data.body} />
            </Stack>
          </Paper>
        )}
      </QueryState>
      <MoreHelp />
      <OtherArticles slug={slug} />
    </Stack>
  );
}
