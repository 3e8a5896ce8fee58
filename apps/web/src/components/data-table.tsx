import { Paper, Table, type TableProps, Text, VisuallyHidden } from "@mantine/core";
import type { ReactNode } from "react";

/**
 * The app's tables: in a bordered paper, a caption for screen readers, a grey header row (`head`: its
 * `Table.Th` cells), `children` as the body rows. With `minWidth` it scrolls sideways below that width;
 * `footer` (a pager, a note) comes under the table, outside the scrolling part.
 */
export function DataTable({
  caption,
  head,
  minWidth,
  footer,
  children,
  ...props
}: {
  caption: ReactNode;
  head: ReactNode;
  minWidth?: number;
  footer?: ReactNode;
  children?: ReactNode;
} & Omit<TableProps, "children" | "caption">) {
  const table = (
    <Table verticalSpacing="sm" horizontalSpacing="md" {...props}>
      <VisuallyHidden component="caption">{caption}</VisuallyHidden>
      <Table.Thead bg="gray.0">
        <Table.Tr>{head}</Table.Tr>
      </Table.Thead>
      {children !== undefined && <Table.Tbody>{children}</Table.Tbody>}
    </Table>
  );
  return (
    <Paper withBorder radius="md" style={{ overflow: "hidden" }}>
      {minWidth === undefined ? (
        table
      ) : (
        <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer>
      )}
      {footer}
    </Paper>
  );
}

/** The one row of a table without rows: a dimmed line across all `columns`. */
export function EmptyRow({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={columns}>
        <Text ta="center" c="dimmed" py="lg">
          {children}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
