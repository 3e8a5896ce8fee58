import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import "@mantine/dropzone/styles.css";
import { Center, Loader, MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode, useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { isApiError } from "./api/api-error.ts";
import { platformQuery, queryKeys } from "./api/endpoints.ts";
import notificationClasses from "./components/notifications.module.css";
import { i18n, initI18n } from "./i18n.ts";
import { buildTheme } from "./lib/theme.ts";
import { createAppRouter } from "./router.tsx";

/**
 * A 401 on any call but `/api/me` means the session ended: forget the user, the shell then leaves.
 * In the back office a 403 means the same (the session is no longer a staff member's of this insurer):
 * the back office then shows its sign-in page.
 */
function onApiError(error: unknown, queryKey?: readonly unknown[]) {
  if (!isApiError(error)) return;
  const signedOut = error.status === 401 && queryKey?.[0] !== "me";
  if (signedOut) queryClient.setQueryData(queryKeys.me, null);
  const notStaff = error.status === 403 && queryKey?.[0] === "backoffice";
  if ((signedOut || notStaff) && queryClient.getQueryData(queryKeys.staffMe)) {
    queryClient.setQueryData(queryKeys.staffMe, null);
  }
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => onApiError(error, query.queryKey) }),
  mutationCache: new MutationCache({
    onError: (error, _variables, _context, mutation) => {
      // Signing in answers 401 for wrong credentials: that is not an ended session.
      if (mutation.options.mutationKey?.[0] !== "sign-in") onApiError(error);
    },
  }),
  defaultOptions: {
    queries: {
      retry: (count, error) => count < 1 && !(isApiError(error) && error.status < 500 && error.status > 0),
    },
  },
});

const router = createAppRouter(queryClient);

function App() {
  const platform = useQuery(platformQuery);
  // Wait for the branding once; later refetches (retry after an outage) must not unmount the app.
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!platform.isPending) setSettled(true);
  }, [platform.isPending]);
  const insurer = platform.data?.insurer ?? null;
  const theme = useMemo(() => buildTheme(insurer), [insurer]);
  return (
    <MantineProvider theme={theme}>
      <Notifications position="bottom-right" classNames={notificationClasses} />
      {!settled ? (
        <Center mih="100vh">
          <Loader aria-label="Courtier" />
        </Center>
      ) : (
        <RouterProvider router={router} />
      )}
    </MantineProvider>
  );
}

async function start() {
  await initI18n();
  // Product descriptions come from the server in the UI's language: fetch them again on a switch.
  i18n.on("languageChanged", () => void queryClient.invalidateQueries({ queryKey: queryKeys.platform }));
  const container = document.getElementById("root");
  if (!container) throw new Error("index.html has no #root");
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}

void start();
