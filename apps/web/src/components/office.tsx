import type { MemberStatus } from "@courtier/contracts/responses";
import {
  ActionIcon,
  Avatar,
  type AvatarProps,
  Badge,
  Box,
  Breadcrumbs,
  Button,
  Group,
  Menu,
  Modal,
  Pagination,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "#src/api/api-error.ts";
import { abbreviation, initialsOf } from "#src/lib/format.ts";
import { AnchorLink } from "./anchor-link.tsx";
import { DotsIcon, LockIcon, SearchIcon } from "./icons.tsx";

/** Small building blocks shared by the users, groups and activity screens. */

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

/** The API's "this is not yours or does not exist": 404, 403, or an id it could not read. */
export function isMissing(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.status === 404 || error.status === 403 || error.code === "NOT_FOUND") return true;
  return Object.values(error.fields).some((field) => field.code === "NOT_FOUND");
}

export const statusColors: Record<MemberStatus, string> = {
  active: "green",
  invited: "yellow",
  disabled: "gray",
};

export function StatusBadge({ status }: { status: MemberStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light">
      {t(`users.statuses.${status}`)}
    </Badge>
  );
}

/** A group's logo, or its initials in a square when it has none. */
export function GroupMark({
  name,
  logoUrl,
  size = 36,
  ...props
}: { name: string; logoUrl?: string | null; size?: number } & Omit<AvatarProps, "size" | "src">) {
  if (logoUrl) {
    return (
      <Avatar
        src={logoUrl}
        alt=""
        size={size}
        radius="sm"
        bg="white"
        styles={{ image: { objectFit: "contain" } }}
        style={{ border: "1px solid var(--mantine-color-gray-3)" }}
        {...props}
      />
    );
  }
  return (
    <Avatar size={size} radius="sm" color="brand" variant="light" aria-hidden="true" {...props}>
      {abbreviation(name)}
    </Avatar>
  );
}

/** Naam, # Gebruikers, # Integraties: the header cells of a table of groups. */
export function GroupColumnHeads() {
  const { t } = useTranslation();
  return (
    <>
      <Table.Th scope="col">{t("account.groupColumns.name")}</Table.Th>
      <Table.Th scope="col" ta="right" w={140} style={{ whiteSpace: "nowrap" }}>
        {t("account.groupColumns.users")}
      </Table.Th>
      <Table.Th scope="col" ta="right" w={140} style={{ whiteSpace: "nowrap" }}>
        {t("account.groupColumns.integrations")}
      </Table.Th>
    </>
  );
}

/** The cells under `GroupColumnHeads`: logo or initials and the name linking to the group (`badge` after it), the counts. */
export function GroupCells({
  group,
  markSize,
  badge,
}: {
  group: { id: string; name: string; logoUrl: string | null; memberCount: number; integrationCount: number };
  markSize?: number;
  badge?: ReactNode;
}) {
  return (
    <>
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <GroupMark name={group.name} logoUrl={group.logoUrl} size={markSize} />
          <AnchorLink
            to="/account/groups/$groupId"
            params={{ groupId: group.id }}
            size="sm"
            fw={600}
            c="inherit"
          >
            {group.name}
          </AnchorLink>
          {badge}
        </Group>
      </Table.Td>
      <Table.Td ta="right">{group.memberCount}</Table.Td>
      <Table.Td ta="right">{group.integrationCount}</Table.Td>
    </>
  );
}

/** "TA" with "TEST AR" as tooltip and as its accessible name. */
export function GroupBadge({ name }: { name: string }) {
  return (
    <Tooltip label={name} withArrow>
      <Badge variant="light" color="gray" radius="sm" aria-label={name} tabIndex={0}>
        {abbreviation(name)}
      </Badge>
    </Tooltip>
  );
}

/** Initials, full name and email under it; the name links to the user's page when `userId` is given. */
export function PersonCell({
  firstName,
  lastName,
  email,
  userId,
}: {
  firstName: string;
  lastName: string;
  email: string;
  userId?: string;
}) {
  const name = `${firstName} ${lastName}`;
  return (
    <Group gap="sm" wrap="nowrap">
      <Avatar color="brand" radius="xl" size={36} aria-hidden="true">
        {initialsOf(firstName, lastName)}
      </Avatar>
      <div style={{ minWidth: 0 }}>
        {userId ? (
          <AnchorLink
            to="/users/$userId"
            params={{ userId }}
            size="sm"
            fw={600}
            c="inherit"
            underline="hover"
          >
            {name}
          </AnchorLink>
        ) : (
          <Text size="sm" fw={600}>
            {name}
          </Text>
        )}
        <Text size="xs" c="dimmed" truncate>
          {email}
        </Text>
      </div>
    </Group>
  );
}

/** "P&V Group Acceptance » Groepen » DEMO VIVIUM": the parents are links (`Crumb`), the last is the page. */
export function Trail({ children, current }: { children?: ReactNode; current: string }) {
  const { t } = useTranslation();
  return (
    <Box component="nav" aria-label={t("office.breadcrumb")} mb="xs">
      <Breadcrumbs separator="»" separatorMargin={6} fz="sm">
        {children}
        <Text size="sm" c="dimmed" aria-current="page">
          {current}
        </Text>
      </Breadcrumbs>
    </Box>
  );
}

/** The office's name in a trail: back to the Account page. */
export function OfficeCrumb({ name }: { name: string }) {
  return (
    <AnchorLink to="/account" size="sm">
      {name}
    </AnchorLink>
  );
}

export function GroupsCrumb() {
  const { t } = useTranslation();
  return (
    <AnchorLink to="/account/groups" size="sm">
      {t("groups.title")}
    </AnchorLink>
  );
}

/** The ⋮ button at the end of a row. */
export function RowMenu({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={label}>
          <DotsIcon size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  );
}

/** Asks before an action that is hard to undo. */
export function ConfirmModal({
  opened,
  title,
  children,
  confirmLabel,
  color = "red",
  loading,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  color?: string;
  loading?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack gap="lg">
        <Text size="sm">{children}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t("office.cancel")}
          </Button>
          <Button color={color} onClick={onConfirm} loading={loading} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** "21–40 van 57" and the page buttons; nothing when everything fits on one page. */
export function Pager({
  page,
  pageSize,
  total,
  onChange,
}: {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return null;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group
      justify="space-between"
      px="md"
      py="sm"
      style={{ borderTop: "1px solid var(--mantine-color-gray-2)" }}
    >
      <Text size="sm" c="dimmed" aria-live="polite">
        {t("office.range", { from, to, total })}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={Math.min(page, pages)}
          onChange={onChange}
          size="sm"
          getControlProps={(control) => ({
            "aria-label": control === "previous" ? t("office.previousPage") : t("office.nextPage"),
          })}
          getItemProps={(item) => ({ "aria-label": t("office.page", { page: item }) })}
          withEdges={false}
        />
      )}
    </Group>
  );
}

/** The shell's own "not found" / "no access": unknown or foreign ids, and admin-only screens. */
export function MissingState({ forbidden = false }: { forbidden?: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack align="center" gap="sm" py={64} ta="center" role="alert">
      <Text c="brand.6" aria-hidden="true">
        {forbidden ? <LockIcon size={40} /> : <SearchIcon size={40} />}
      </Text>
      <Title order={1} size="h3">
        {forbidden ? t("office.forbiddenTitle") : t("office.notFoundTitle")}
      </Title>
      <Text c="dimmed" maw={440}>
        {forbidden ? t("office.forbiddenText") : t("office.notFoundText")}
      </Text>
      <Button component={Link} to="/users" variant="default" mt="xs">
        {t("office.backToUsers")}
      </Button>
    </Stack>
  );
}
