import { Table } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "./data-table.tsx";

/** The quotes list. There are no quotes yet (a later issue), so it always shows `empty` under the headers. */
export function RequestsTable({ caption, empty }: { caption: string; empty: ReactNode }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={caption}
      minWidth={720}
      head={
        <>
          <Table.Th scope="col">{t("requests.columns.reference")}</Table.Th>
          <Table.Th scope="col">{t("requests.columns.createdAt")}</Table.Th>
          <Table.Th scope="col">{t("requests.columns.intermediary")}</Table.Th>
          <Table.Th scope="col">{t("requests.columns.product")}</Table.Th>
          <Table.Th scope="col">{t("requests.columns.status")}</Table.Th>
        </>
      }
      // Outside the scrolling table, so that it stays centred on narrow screens.
      footer={empty}
    />
  );
}
