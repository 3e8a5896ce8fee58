import type { Member } from "@courtier/contracts/responses";
import { Badge, Group, Table, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "#src/lib/format.ts";
import { DataTable, EmptyRow } from "./data-table.tsx";
import classes from "./office.module.css";
import { GroupBadge, PersonCell, StatusBadge } from "./office.tsx";

/**
 * The manual's users table: Naam, Rol, Groepen, Producten, Uitnodigingsdatum, Status. `compact` keeps
 * Naam, Rol and Status (a group's members). A click on a row opens the user's page; the name is the
 * keyboard's way there.
 */
export function MembersTable({
  caption,
  members,
  empty,
  compact = false,
  actions,
  footer,
}: {
  caption: string;
  members: Member[];
  empty: string;
  compact?: boolean;
  actions?: (member: Member) => ReactNode;
  footer?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const none = <Text c="dimmed">{t("common.none")}</Text>;
  const columns = (compact ? 3 : 6) + (actions ? 1 : 0);

  return (
    <DataTable
      caption={caption}
      minWidth={compact ? 560 : 900}
      highlightOnHover
      head={
        <>
          <Table.Th scope="col">{t("users.columns.name")}</Table.Th>
          <Table.Th scope="col">{t("users.columns.role")}</Table.Th>
          {!compact && (
            <>
              <Table.Th scope="col">{t("users.columns.groups")}</Table.Th>
              <Table.Th scope="col">{t("users.columns.products")}</Table.Th>
              <Table.Th scope="col">{t("users.columns.invitedAt")}</Table.Th>
            </>
          )}
          <Table.Th scope="col">{t("users.columns.status")}</Table.Th>
          {actions && (
            <Table.Th scope="col" w={56}>
              <VisuallyHidden>{t("office.actions")}</VisuallyHidden>
            </Table.Th>
          )}
        </>
      }
      footer={footer}
    >
      {members.length === 0 && <EmptyRow columns={columns}>{empty}</EmptyRow>}
      {members.map((member) => (
        <Table.Tr
          key={member.userId}
          className={classes.row}
          onClick={(event) => {
            // Links, buttons and menus in the row do their own thing.
            if ((event.target as HTMLElement).closest("a, button, [role=menu], [role=menuitem]")) return;
            void navigate({ to: "/users/$userId", params: { userId: member.userId } });
          }}
        >
          <Table.Td>
            <PersonCell
              firstName={member.firstName}
              lastName={member.lastName}
              email={member.email}
              userId={member.userId}
            />
          </Table.Td>
          <Table.Td>
            <Text size="sm">{t(`users.roles.${member.role}`)}</Text>
          </Table.Td>
          {!compact && (
            <>
              <Table.Td>
                {member.groups.length === 0 ? (
                  none
                ) : (
                  <Group gap={4}>
                    {member.groups.map((group) => (
                      <GroupBadge key={group.id} name={group.name} />
                    ))}
                  </Group>
                )}
              </Table.Td>
              <Table.Td>
                {member.products.length === 0 ? (
                  none
                ) : (
                  <Group gap={4}>
                    {member.products.map((product) => (
                      <Tooltip key={product.code} label={product.name} withArrow>
                        <Badge variant="outline" radius="sm" aria-label={product.name} tabIndex={0}>
                          {product.code}
                        </Badge>
                      </Tooltip>
                    ))}
                  </Group>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                  {formatDateTime(member.invitedAt, i18n.language)}
                </Text>
              </Table.Td>
            </>
          )}
          <Table.Td>
            <StatusBadge status={member.status} />
          </Table.Td>
          {actions && <Table.Td>{actions(member)}</Table.Td>}
        </Table.Tr>
      ))}
    </DataTable>
  );
}
