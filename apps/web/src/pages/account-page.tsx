import { Anchor, Badge, Button, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { groupsQuery, memberPageSize, membersQuery, officeQuery } from "#src/api/endpoints.ts";
import { AnchorLink } from "#src/components/anchor-link.tsx";
import { MembersTable } from "#src/components/members-table.tsx";
import classes from "#src/components/office.module.css";
import { GroupMark } from "#src/components/office.tsx";
import { PageHeader } from "#src/components/page-header.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { formatEnterprise, formatPhone } from "#src/lib/format.ts";
import { useMe } from "#src/lib/me-context.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";
import { NewGroupButton } from "./groups-page.tsx";
import { InviteButton } from "./users-page.tsx";

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: 0.3 }}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} mt={2}>
        {children}
      </Text>
    </div>
  );
}

function SectionTitle({ id, title, actions }: { id: string; title: string; actions?: ReactNode }) {
  return (
    <Group justify="space-between" mb="sm" gap="sm" mih={36}>
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {actions}
    </Group>
  );
}

function UsersSection() {
  const { t } = useTranslation();
  const members = useQuery(membersQuery("", 1));
  return (
    <section aria-labelledby="office-users">
      <SectionTitle id="office-users" title={t("users.title")} actions={<InviteButton />} />
      <QueryState query={members}>
        {(data) => (
          <MembersTable
            caption={t("users.title")}
            members={data.members}
            empty={t("users.empty")}
            footer={
              data.total > data.members.length || data.total > memberPageSize ? (
                <Group
                  justify="flex-end"
                  px="md"
                  py="sm"
                  style={{ borderTop: "1px solid var(--mantine-color-gray-2)" }}
                >
                  <AnchorLink to="/users" size="sm" fw={600}>
                    {t("account.allUsers", { count: data.total })}
                  </AnchorLink>
                </Group>
              ) : null
            }
          />
        )}
      </QueryState>
    </section>
  );
}

/** The manual's short list: initials (or logo) and name, with "Alle groepen" to the full table. */
function GroupsSection() {
  const { t } = useTranslation();
  const groups = useQuery(groupsQuery);
  return (
    <section aria-labelledby="office-groups">
      <SectionTitle
        id="office-groups"
        title={t("account.groups")}
        actions={
          <AnchorLink to="/account/groups" size="sm" fw={600}>
            {t("account.allGroups")}
          </AnchorLink>
        }
      />
      <Paper withBorder radius="md" p="xs">
        <QueryState query={groups}>
          {({ groups: rows }) =>
            rows.length === 0 ? (
              <Text ta="center" c="dimmed" py="lg">
                {t("account.noGroups")}
              </Text>
            ) : (
              <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: "none" }}>
                {rows.map((group) => (
                  <li key={group.id}>
                    <AnchorLink
                      to="/account/groups/$groupId"
                      params={{ groupId: group.id }}
                      className={classes.choice}
                      p="xs"
                      c="inherit"
                      underline="never"
                    >
                      <Group gap="sm" wrap="nowrap">
                        <GroupMark name={group.name} logoUrl={group.logoUrl} size={32} />
                        <Text size="sm" fw={500}>
                          {group.name}
                        </Text>
                        {group.isDefault && (
                          <Badge size="sm" variant="light" color="gray">
                            {t("account.defaultGroup")}
                          </Badge>
                        )}
                      </Group>
                    </AnchorLink>
                  </li>
                ))}
              </Stack>
            )
          }
        </QueryState>
      </Paper>
    </section>
  );
}

function OfficeSection() {
  const { t } = useTranslation();
  const office = useQuery(officeQuery);
  return (
    <section aria-labelledby="office-details">
      <SectionTitle id="office-details" title={t("account.details")} />
      <Paper withBorder radius="md" p="lg">
        <QueryState query={office}>
          {({ office: details }) => (
            <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="lg" m={0}>
              <Detail label={t("account.commercialName")}>{details.commercialName}</Detail>
              <Detail label={t("account.enterpriseNumber")}>
                {formatEnterprise(details.enterpriseNumber)}
              </Detail>
              <Detail label={t("account.address")}>
                {details.street} {details.number}
                <br />
                {details.postcode} {details.city}
              </Detail>
              <Detail label={t("account.website")}>
                {details.website ? (
                  <Anchor href={details.website} target="_blank" rel="noopener noreferrer" size="sm">
                    {details.website.replace(/^https?:\/\//, "")}
                  </Anchor>
                ) : (
                  t("common.none")
                )}
              </Detail>
              <Detail label={t("account.phone")}>
                {details.phone ? (
                  <Anchor href={`tel:${details.phone}`} size="sm">
                    {formatPhone(details.phone)}
                  </Anchor>
                ) : (
                  t("common.none")
                )}
              </Detail>
            </SimpleGrid>
          )}
        </QueryState>
      </Paper>
    </section>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t("nav.account"));
  const office = useQuery(officeQuery);
  const isAdmin = me.office.role === "admin";

  return (
    <>
      <PageHeader
        subtitle={t("nav.account")}
        title={office.data?.office.commercialName ?? me.office.commercialName}
        actions={
          isAdmin ? (
            <Group gap="sm">
              <Button component={Link} to="/account/activity" variant="default">
                {t("activity.title")}
              </Button>
              <Button component="a" href="/api/office/export" download variant="default">
                {t("account.export")}
              </Button>
              <NewGroupButton />
            </Group>
          ) : undefined
        }
      />
      <Stack gap="xl">
        <UsersSection />
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <GroupsSection />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <OfficeSection />
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
