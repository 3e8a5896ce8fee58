import type { StepId } from "@courtier/contracts/quotes";
import type { QueryClient } from "@tanstack/react-query";
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  notFound,
  Outlet,
  redirect,
} from "@tanstack/react-router";
import { meQuery } from "./api/endpoints.ts";
import { validateQuoteListSearch } from "./api/quotes.ts";
import { AppLayout } from "./components/app-layout.tsx";
import { BackofficeRoot } from "./components/backoffice-layout.tsx";
import { HelpLayout } from "./components/help-layout.tsx";
import { PublicLayout } from "./components/public-layout.tsx";
import { switchLanguage } from "./i18n.ts";
import { isLegalDocumentSlug } from "./legal/legal-document.ts";
import { AcceptInvitationPage } from "./pages/accept-invitation-page.tsx";
import { AccountPage } from "./pages/account-page.tsx";
import { ActivityPage } from "./pages/activity-page.tsx";
import { BackofficeHistoryPage } from "./pages/backoffice/history-page.tsx";
import { BackofficeQueuePage } from "./pages/backoffice/queue-page.tsx";
import { BackofficeQuotePage } from "./pages/backoffice/quote-page.tsx";
import { BackofficeQuotesPage, validateBackofficeQuotesSearch } from "./pages/backoffice/quotes-page.tsx";
import { BackofficeTeamPage } from "./pages/backoffice/team-page.tsx";
import { ErrorPage } from "./pages/error-page.tsx";
import { ForgotPasswordPage } from "./pages/forgot-password-page.tsx";
import { EditGroupPage, NewGroupPage } from "./pages/group-form-page.tsx";
import { GroupPage } from "./pages/group-page.tsx";
import { GroupsPage } from "./pages/groups-page.tsx";
import { HelpArticlePage } from "./pages/help-article-page.tsx";
import { HelpPage } from "./pages/help-page.tsx";
import { InviteUserPage } from "./pages/invite-user-page.tsx";
import { LegalPage } from "./pages/legal-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { ProductsPage } from "./pages/products-page.tsx";
import { ProfilePage } from "./pages/profile-page.tsx";
import { QuotePage } from "./pages/quote-wizard/quote-page.tsx";
import { isStepId } from "./pages/quote-wizard/steps.ts";
import { RegisterPage } from "./pages/register-page.tsx";
import { RequestsPage } from "./pages/requests-page.tsx";
import { ResetPasswordPage } from "./pages/reset-password-page.tsx";
import { SearchPage } from "./pages/search-page.tsx";
import { StartPage } from "./pages/start-page.tsx";
import { SupportConversationPage } from "./pages/support/conversation-page.tsx";
import { SupportConversationsPage, validateSupportListSearch } from "./pages/support/conversations-page.tsx";
import { SupportSignInPage } from "./pages/support/sign-in-page.tsx";
import { SupportRoot } from "./pages/support/support-layout.tsx";
import { UserPage } from "./pages/user-page.tsx";
import { UsersPage } from "./pages/users-page.tsx";
import { VerifyEmailPage } from "./pages/verify-email-page.tsx";

export type RouterContext = { queryClient: QueryClient };

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function positiveInt(value: unknown): number {
  const number = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  return Number.isInteger(number) && number >= 1 && number <= 10_000 ? number : 1;
}

/** Only same-site paths, so that `?redirect=` cannot send a user to another site. */
function localPath(value: unknown): string | undefined {
  const path = text(value);
  return path?.startsWith("/") && !path.startsWith("//") ? path : undefined;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: ErrorPage,
});

const publicRoute = createRoute({ getParentRoute: () => rootRoute, id: "public", component: PublicLayout });

const startRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: "/",
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => {
    const redirectTo = localPath(search.redirect);
    return redirectTo ? { redirect: redirectTo } : {};
  },
  beforeLoad: async ({ context }) => {
    // An unreachable API must not block the sign-in page: the layout shows the error instead.
    const me = await context.queryClient.ensureQueryData(meQuery).catch(() => null);
    if (me) throw redirect({ to: "/requests" });
  },
  component: StartPage,
});

const registerRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: "/register",
  component: RegisterPage,
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: "/forgot-password",
  component: ForgotPasswordPage,
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: "/reset-password",
  validateSearch: (search: Record<string, unknown>): { token?: string } => {
    const token = text(search.token);
    return token ? { token } : {};
  },
  component: ResetPasswordPage,
});

const verifyEmailRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: "/verify-email",
  validateSearch: (search: Record<string, unknown>): { token?: string } => {
    const token = text(search.token);
    return token ? { token } : {};
  },
  component: VerifyEmailPage,
});

const invitationRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: "/invitation",
  validateSearch: (search: Record<string, unknown>): { token?: string } => {
    const token = text(search.token);
    return token ? { token } : {};
  },
  component: AcceptInvitationPage,
});

const legalRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: "/legal/$document",
  loader: ({ params }) => {
    if (!isLegalDocumentSlug(params.document)) throw notFound();
    return { document: params.document };
  },
  component: LegalPage,
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "app",
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: "/", search: { redirect: location.href } });
    await switchLanguage(me.user.language);
  },
  component: AppLayout,
});

const requestsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/requests",
  validateSearch: validateQuoteListSearch,
  component: RequestsPage,
});
// The tarification wizard; `step` keeps the open step across a reload.
const quoteRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/quotes/$quoteId",
  validateSearch: (search: Record<string, unknown>): { step?: StepId } =>
    isStepId(search.step) ? { step: search.step } : {},
  component: QuotePage,
});
const productsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/products",
  component: ProductsPage,
});
const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/users",
  validateSearch: (search: Record<string, unknown>): { q?: string; page?: number } => {
    const q = typeof search.q === "string" ? search.q : typeof search.q === "number" ? String(search.q) : "";
    const page = positiveInt(search.page);
    return { ...(q ? { q } : {}), ...(page > 1 ? { page } : {}) };
  },
  component: UsersPage,
});
const inviteUserRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/users/invite",
  validateSearch: (search: Record<string, unknown>): { groupId?: string } => {
    const groupId = text(search.groupId);
    return groupId ? { groupId } : {};
  },
  component: InviteUserPage,
});
const userRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/users/$userId",
  component: UserPage,
});
const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/account",
  component: AccountPage,
});
const groupsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/account/groups",
  component: GroupsPage,
});
const newGroupRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/account/groups/new",
  component: NewGroupPage,
});
const groupRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/account/groups/$groupId",
  component: GroupPage,
});
const editGroupRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/account/groups/$groupId/edit",
  component: EditGroupPage,
});
const activityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/account/activity",
  validateSearch: (search: Record<string, unknown>): { page?: number } => {
    const page = positiveInt(search.page);
    return page > 1 ? { page } : {};
  },
  component: ActivityPage,
});

const searchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/search",
  validateSearch: (search: Record<string, unknown>): { q: string } => ({
    q: typeof search.q === "string" ? search.q : typeof search.q === "number" ? String(search.q) : "",
  }),
  component: SearchPage,
});

const profileRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/profile",
  validateSearch: (search: Record<string, unknown>): { verified?: boolean } =>
    search.verified === 1 || search.verified === "1" || search.verified === true ? { verified: true } : {},
  component: ProfilePage,
});

// The help centre, for everyone: in the broker's shell when signed in, in the public frame otherwise.
const helpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/help",
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQuery).catch(() => null);
    if (me) await switchLanguage(me.user.language);
  },
  component: HelpLayout,
});
const helpIndexRoute = createRoute({
  getParentRoute: () => helpRoute,
  path: "/",
  validateSearch: (search: Record<string, unknown>): { q?: string } => {
    const q = typeof search.q === "string" ? search.q : typeof search.q === "number" ? String(search.q) : "";
    return q ? { q: q.slice(0, 200) } : {};
  },
  component: HelpPage,
});
const helpArticleRoute = createRoute({
  getParentRoute: () => helpRoute,
  path: "$slug",
  component: HelpArticlePage,
});

// Platform support's console, on the platform host: its own sign-in and shell.
const supportSignInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/support/sign-in",
  component: SupportSignInPage,
});
const supportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/support",
  component: SupportRoot,
});
const supportListRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/",
  validateSearch: validateSupportListSearch,
  component: SupportConversationsPage,
});
const supportConversationRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/conversations/$conversationId",
  component: SupportConversationPage,
});

// The insurer's back office, on the insurer's own host: its own sign-in and shell, not the brokers'.
const backofficeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/backoffice",
  component: BackofficeRoot,
});
const backofficeQueueRoute = createRoute({
  getParentRoute: () => backofficeRoute,
  path: "/",
  component: BackofficeQueuePage,
});
const backofficeHistoryRoute = createRoute({
  getParentRoute: () => backofficeRoute,
  path: "/history",
  component: BackofficeHistoryPage,
});
const backofficeQuotesRoute = createRoute({
  getParentRoute: () => backofficeRoute,
  path: "/quotes",
  validateSearch: validateBackofficeQuotesSearch,
  component: BackofficeQuotesPage,
});
const backofficeQuoteRoute = createRoute({
  getParentRoute: () => backofficeRoute,
  path: "/quotes/$quoteId",
  component: BackofficeQuotePage,
});
const backofficeTeamRoute = createRoute({
  getParentRoute: () => backofficeRoute,
  path: "/team",
  component: BackofficeTeamPage,
});

const routeTree = rootRoute.addChildren([
  publicRoute.addChildren([
    startRoute,
    registerRoute,
    forgotPasswordRoute,
    resetPasswordRoute,
    verifyEmailRoute,
    invitationRoute,
    legalRoute,
  ]),
  appRoute.addChildren([
    requestsRoute,
    quoteRoute,
    productsRoute,
    usersRoute,
    inviteUserRoute,
    userRoute,
    accountRoute,
    groupsRoute,
    newGroupRoute,
    groupRoute,
    editGroupRoute,
    activityRoute,
    searchRoute,
    profileRoute,
  ]),
  helpRoute.addChildren([helpIndexRoute, helpArticleRoute]),
  supportSignInRoute,
  supportRoute.addChildren([supportListRoute, supportConversationRoute]),
  backofficeRoute.addChildren([
    backofficeQueueRoute,
    backofficeHistoryRoute,
    backofficeQuotesRoute,
    backofficeQuoteRoute,
    backofficeTeamRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: "intent",
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
    defaultNotFoundComponent: NotFoundPage,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
