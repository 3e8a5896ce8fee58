import type { RegisterInput, SignInInput } from "@courtier/contracts/auth";
import type { Language } from "@courtier/contracts/errors";
import type { AccessRequestInput, DecisionInput, StaffInviteInput } from "@courtier/contracts/integrations";
import type { AcceptInvitationInput, GroupInput, InviteUserInput } from "@courtier/contracts/office";
import type {
  AccessRequestPage,
  ActivityPage,
  GroupDetails,
  GroupList,
  IntegrationSummary,
  Invitation,
  Me,
  Member,
  MemberPage,
  OfficeDetails,
  OfficeIntegrations,
  PlatformInfo,
  Role,
  StaffList,
  StaffMe,
  UserDetails,
} from "@courtier/contracts/responses";
import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { isApiError } from "./api-error.ts";
import { api } from "./client.ts";

export const queryKeys = {
  platform: ["platform"] as const,
  me: ["me"] as const,
  office: ["office"] as const,
  members: ["office", "members"] as const,
  groups: ["office", "groups"] as const,
  group: (id: string) => ["office", "group", id] as const,
  member: (id: string) => ["office", "member", id] as const,
  activity: ["office", "activity"] as const,
  invitation: (token: string) => ["invitation", token] as const,
  /** Under "office": every office change (a new group, a subaccount switch) refreshes it too. */
  integrations: ["office", "integrations"] as const,
  staffMe: ["backoffice", "me"] as const,
  backofficeRequests: ["backoffice", "requests"] as const,
  staff: ["backoffice", "staff"] as const,
};

export const platformQuery = queryOptions({
  queryKey: queryKeys.platform,
  queryFn: () => api.get<PlatformInfo>("/api/platform"),
  staleTime: 5 * 60_000,
  retry: 1,
});

/** `null` when nobody is signed in; other failures (API down) are thrown. */
export const meQuery = queryOptions({
  queryKey: queryKeys.me,
  queryFn: async (): Promise<Me | null> => {
    try {
      return await api.get<Me>("/api/me");
    } catch (error) {
      if (isApiError(error) && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
  retry: false,
});

export const officeQuery = queryOptions({
  queryKey: queryKeys.office,
  queryFn: () => api.get<OfficeDetails>("/api/office"),
});

export const memberPageSize = 20;

/** One page of the office's users, searched on the server (name or email). */
export const membersQuery = (q: string, page: number, pageSize = memberPageSize) =>
  queryOptions({
    queryKey: [...queryKeys.members, { q, page, pageSize }],
    queryFn: () =>
      api.get<MemberPage>(
        `/api/office/members?${new URLSearchParams({ q, page: String(page), pageSize: String(pageSize) })}`,
      ),
    placeholderData: keepPreviousData,
  });

export const groupsQuery = queryOptions({
  queryKey: queryKeys.groups,
  queryFn: () => api.get<GroupList>("/api/office/groups"),
});

export const groupQuery = (groupId: string) =>
  queryOptions({
    queryKey: queryKeys.group(groupId),
    queryFn: () => api.get<GroupDetails>(`/api/office/groups/${encodeURIComponent(groupId)}`),
  });

export const memberQuery = (userId: string) =>
  queryOptions({
    queryKey: queryKeys.member(userId),
    queryFn: () => api.get<UserDetails>(`/api/office/members/${encodeURIComponent(userId)}`),
  });

export const activityQuery = (page: number) =>
  queryOptions({
    queryKey: [...queryKeys.activity, { page }],
    queryFn: () => api.get<ActivityPage>(`/api/office/activity?page=${page}`),
    placeholderData: keepPreviousData,
  });

export const invitationQuery = (token: string) =>
  queryOptions({
    queryKey: queryKeys.invitation(token),
    queryFn: () => api.get<Invitation>(`/api/invitations/${encodeURIComponent(token)}`),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const signIn = (body: SignInInput) => api.post<Me>("/api/session", body);
export const signOut = () => api.delete<undefined>("/api/session");
export const register = (body: RegisterInput) => api.post<Me>("/api/register", body);
export const forgotPassword = (body: { email: string }) =>
  api.post<Record<string, never>>("/api/password/forgot", body);
export const resetPassword = (body: { token: string; newPassword: string; confirmPassword: string }) =>
  api.post<undefined>("/api/password/reset", body);
export const updateProfile = (body: { firstName: string; lastName: string; language: Language }) =>
  api.patch<Me>("/api/me", body);
export const changeEmail = (body: { newEmail: string; currentPassword: string }) =>
  api.post<{ pendingEmail: string }>("/api/me/email", body);
export const confirmEmail = (body: { token: string }) => api.post<undefined>("/api/email-verification", body);
export const sendVerificationMail = () => api.post<{ email: string }>("/api/me/verification-mail", {});
export const changePassword = (body: {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}) => api.post<undefined>("/api/me/password", body);

const member = (userId: string) => `/api/office/members/${encodeURIComponent(userId)}`;
const group = (groupId: string) => `/api/office/groups/${encodeURIComponent(groupId)}`;

/** The invited user: the API answers with the user's details (or the bare member). */
export type InviteResult = UserDetails | Member;
export function invitedUserId(result: InviteResult): string {
  return "member" in result ? result.member.userId : result.userId;
}

export const inviteUser = (body: InviteUserInput) => api.post<InviteResult>("/api/office/invitations", body);
export const setRole = (userId: string, role: Role) => api.post<unknown>(`${member(userId)}/role`, { role });
export const disableMember = (userId: string) => api.post<unknown>(`${member(userId)}/disable`);
export const enableMember = (userId: string) => api.post<unknown>(`${member(userId)}/enable`);
export const resendInvitation = (userId: string) => api.post<unknown>(`${member(userId)}/invitation/resend`);
export const cancelInvitation = (userId: string) => api.delete<unknown>(`${member(userId)}/invitation`);
export const addToGroup = (userId: string, groupId: string) =>
  api.post<unknown>(`${member(userId)}/groups`, { groupId });
export const removeFromGroup = (userId: string, groupId: string) =>
  api.delete<unknown>(`${member(userId)}/groups/${encodeURIComponent(groupId)}`);

export const createGroup = (body: GroupInput) => api.post<GroupDetails>("/api/office/groups", body);
export const updateGroup = (groupId: string, body: GroupInput) =>
  api.patch<GroupDetails>(group(groupId), body);
export const deleteGroup = (groupId: string) => api.delete<unknown>(group(groupId));
export const uploadGroupLogo = (groupId: string, file: File) =>
  api.put<unknown>(`${group(groupId)}/logo`, { raw: file, contentType: file.type });
export const deleteGroupLogo = (groupId: string) => api.delete<unknown>(`${group(groupId)}/logo`);

export const switchSubaccount = (groupId: string) => api.post<Me>("/api/me/subaccount", { groupId });
export const acceptInvitation = (body: AcceptInvitationInput) =>
  api.post<Me>("/api/invitations/accept", body);

// ── Product access ("integraties") ──

export const integrationsQuery = queryOptions({
  queryKey: queryKeys.integrations,
  queryFn: () => api.get<OfficeIntegrations>("/api/integrations"),
});

export const requestAccess = (body: AccessRequestInput) =>
  api.post<IntegrationSummary>("/api/integrations", body);

// ── Insurer back office (on the insurer's own host) ──

/** `null` when nobody, or no staff member of this host's insurer, is signed in (401/403). */
export const staffMeQuery = queryOptions({
  queryKey: queryKeys.staffMe,
  queryFn: async (): Promise<StaffMe | null> => {
    try {
      return await api.get<StaffMe>("/api/backoffice/me");
    } catch (error) {
      if (isApiError(error) && (error.status === 401 || error.status === 403)) return null;
      throw error;
    }
  },
  staleTime: 60_000,
  retry: false,
});

export const backofficePageSize = 25;

export const backofficeRequestsQuery = (status: "pending" | "decided", page: number) =>
  queryOptions({
    queryKey: [...queryKeys.backofficeRequests, { status, page }],
    queryFn: () =>
      api.get<AccessRequestPage>(
        `/api/backoffice/requests?${new URLSearchParams({ status, page: String(page), pageSize: String(backofficePageSize) })}`,
      ),
    placeholderData: keepPreviousData,
  });

export const staffQuery = queryOptions({
  queryKey: queryKeys.staff,
  queryFn: () => api.get<StaffList>("/api/backoffice/staff"),
});

export const staffSignIn = (body: SignInInput) => api.post<StaffMe>("/api/backoffice/session", body);
export const saveStaffLanguage = (language: Language) =>
  api.patch<StaffMe>("/api/backoffice/me", { language });
const accessRequest = (id: string) => `/api/backoffice/requests/${encodeURIComponent(id)}`;
export const decideRequest = (id: string, body: DecisionInput) =>
  api.post<undefined>(`${accessRequest(id)}/decision`, body);
export const revokeIntegration = (id: string, reason: string) =>
  api.post<undefined>(`${accessRequest(id)}/revoke`, { reason });
export const inviteStaff = (body: StaffInviteInput) => api.post<unknown>("/api/backoffice/staff", body);
