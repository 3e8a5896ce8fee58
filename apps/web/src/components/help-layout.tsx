import { useQuery } from "@tanstack/react-query";
import { meQuery } from "#src/api/endpoints.ts";
import { AppLayout } from "./app-layout.tsx";
import { PublicLayout } from "./public-layout.tsx";

/**
 * The help centre is for everyone: inside the broker's own shell (with the chat) when signed in,
 * in the public pages' frame otherwise, for who cannot sign in or register yet.
 */
export function HelpLayout() {
  const { data: me } = useQuery(meQuery);
  return me ? <AppLayout /> : <PublicLayout />;
}
