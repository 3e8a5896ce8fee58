import { Paper, Table, VisuallyHidden } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** The quotes list. There are no quotes yet (a later issue), so it always shows `empty` under the headers. */
export function RequestsTable({ caption, empty }: { caption: string; empty: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" style={{ overflow: "hidden" }}>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm" horizontalSpacing="md">
          <VisuallyHidden component="caption">{caption}</VisuallyHidden>
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th scope="col">{t("requests.columns.reference")}</Table.Th>
              <Table.Th scope="col">{t("requests.columns.createdAt")}</Table.Th>
              <Table.Th scope="col">{t("requests.columns.intermediary")}</Table.Th>
              <Table.Th scope="col">{t("requests.columns.product")}</Table.Th>
              <Table.Th scope="col">{t("requests.columns.status")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
        </Table>
      </Table.ScrollContainer>
      {/* Outside the scrolling table, so that it stays centred on narrow screens. */}
      {empty}
    </Paper>
  );
}
