import { useDocumentTitle } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { platformQuery } from "#src/api/endpoints.ts";

export function usePageTitle(title: string): void {
  const { data } = useQuery(platformQuery);
  const brand = data?.insurer ? `${data.insurer.name} · Courtier` : "Courtier";
  useDocumentTitle(`${title} · ${brand}`);
}
