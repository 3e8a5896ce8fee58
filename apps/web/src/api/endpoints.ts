import type { RegisterInput, SignInInput } from "@courtier/contracts/auth";
import type { Language } from "@courtier/contracts/errors";
import type { Me, Members, OfficeDetails, PlatformInfo } from "@courtier/contracts/responses";
import { queryOptions } from "@tanstack/react-query";
import { isApiError } from "./api-error.ts";
import { api } from "./client.ts";

export const queryKeys = {
  platform: ["platform"] as const,
  me: ["me"] as const,
  office: ["office"] as const,
  members: ["office", "members"] as const,
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

export const membersQuery = queryOptions({
  queryKey: queryKeys.members,
  queryFn: () => api.get<Members>("/api/office/members"),
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
export const changePassword = (body: {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}) => api.post<undefined>("/api/me/password", body);
