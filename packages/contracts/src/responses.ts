import type { RatingResult } from "@courtier/rating";
import type { Language } from "./errors.ts";
import type { QuoteAction, QuoteDraft, QuoteStatus, StepId } from "./quotes.ts";

/** Shapes of the API's answers; the server builds them, the browser reads them. */

export type Branding = {
  slug: string;
  name: string;
  logoUrl: string;
  primaryColor: string;
  accentColor: string;
};

export type ProductSummary = {
  id: string;
  insurerSlug: string;
  insurerName: string;
  code: string;
  name: string;
  versionLabel: string;
  description: string;
  /** The insurer's producer-number rule in words, in the caller's language. */
  producerNumberHint: string;
};

export type PlatformInfo = {
  /** The insurer whose host name was used, or null on the bare platform host. */
  insurer: Branding | null;
  insurers: Branding[];
  products: ProductSummary[];
  /** True when mails are not sent but kept in the local mailbox page. */
  localMailbox: boolean;
};

export type Role = "admin" | "intermediary";

export type Me = {
  user: {
    id: string;
    firstName: string;
    lastName: string;
    email: string;
    emailVerified: boolean;
    language: Language;
    initials: string;
  };
  office: {
    id: string;
    commercialName: string;
    enterpriseNumber: string;
    role: Role;
  };
  /** The group whose quotes the lists show and where new quotes are made ("Subaccount"). */
  subaccount: { id: string; name: string };
  /** The groups the user may switch to: their own groups; for admins every group of the office. */
  subaccounts: { id: string; name: string }[];
};

/** `GET /api/office`. */
export type Office = {
  id: string;
  commercialName: string;
  enterpriseNumber: string;
  street: string;
  number: string;
  postcode: string;
  city: string;
  website: string;
  phone: string;
};

export type OfficeGroup = {
  id: string;
  name: string;
  isDefault: boolean;
  memberCount: number;
  integrationCount: number;
};

export type OfficeDetails = { office: Office; groups: OfficeGroup[] };

export type MemberStatus = "invited" | "active" | "disabled";

export type Member = {
  userId: string;
  firstName: string;
  lastName: string;
  email: string;
  role: Role;
  status: MemberStatus;
  groups: { id: string; name: string }[];
  products: { code: string; name: string }[];
  invitedAt: string;
  /** For an invited user: when the pending invitation link stops working. */
  invitationExpiresAt: string | null;
};

/** `GET /api/office/members`. */
export type Members = { members: Member[] };

export type MemberPage = Members & { total: number; page: number; pageSize: number };

export type GroupDetails = {
  group: OfficeGroup & {
    street: string;
    number: string;
    postcode: string;
    city: string;
    email: string;
    /** Null when the group has no logo. */
    logoUrl: string | null;
  };
  members: Member[];
};

export type GroupList = {
  groups: (OfficeGroup & {
    city: string;
    street: string;
    number: string;
    postcode: string;
    logoUrl: string | null;
  })[];
};

export type Invitation = {
  email: string;
  firstName: string;
  lastName: string;
  officeName: string;
  expiresAt: string;
  /** The language the admin chose for the colleague: the page opens in it. */
  language: Language;
};

/** Every event an office's audit trail ("Activiteit") can hold; each has a label in nl, fr and en. */
export const ACTIVITY_ACTIONS = [
  "member.invited",
  "invitation.resent",
  "invitation.cancelled",
  "invitation.accepted",
  "member.role_changed",
  "member.disabled",
  "member.enabled",
  "group.created",
  "group.updated",
  "group.deleted",
  "group.member_added",
  "group.member_removed",
  "group.logo_changed",
  "office.registered",
  "auth.signed_in",
  "profile.password_changed",
  "profile.email_change.requested",
  "profile.email_change.wrong_password",
  "profile.verification_mail_sent",
  "subaccount.switched",
  "access.denied",
  "office.exported",
  "auth.sign_in.failed",
  "auth.sign_in.refused_disabled",
  "auth.password_reset.completed",
  "integration.requested",
  "integration.accepted",
  "integration.refused",
  "integration.revoked",
  "quote.created",
  "quote.copied",
  "quote.offer_issued",
  "quote.submitted",
  "quote.archived",
  "quote.accepted",
  "quote.refused",
  "quote.expired",
  "quote.erased",
  "quote.purged",
] as const;
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];

export type ActivityEntry = {
  id: number;
  at: string;
  action: string;
  actor: { userId: string; name: string } | null;
  /** A quote is named by its reference. */
  subject: { kind: "user" | "group" | "office" | "quote"; id: string; name: string } | null;
  ipAddress: string | null;
  data: Record<string, unknown>;
};
export type ActivityPage = { entries: ActivityEntry[]; total: number; page: number; pageSize: number };

export type UserDetails = { member: Member; groups: GroupList["groups"] };

export type IntegrationSummary = {
  id: string;
  product: { id: string; name: string; versionLabel: string; insurerName: string };
  producerNumber: string;
  status: "pending" | "accepted" | "refused" | "revoked";
  groups: { id: string; name: string }[];
  requestedAt: string;
  requestedBy: { name: string; email: string };
  decidedAt: string | null;
  /** The insurer's reason for a refusal or revocation. */
  reason: string | null;
};

/** `GET /api/integrations`: the office's requests and integrations, and what the current subaccount may use. */
export type OfficeIntegrations = {
  integrations: IntegrationSummary[];
  /** Products the current subaccount's group may quote, with the producer number its quotes carry. */
  subaccountProducts: { productId: string; name: string; versionLabel: string; producerNumber: string }[];
};

/** One request in the insurer's back office. */
export type AccessRequest = {
  id: string;
  office: {
    id: string;
    commercialName: string;
    enterpriseNumber: string;
    street: string;
    number: string;
    postcode: string;
    city: string;
  };
  requester: { name: string; email: string };
  product: { id: string; name: string; versionLabel: string };
  producerNumber: string;
  groups: { id: string; name: string }[];
  status: "pending" | "accepted" | "refused" | "revoked";
  requestedAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  reason: string | null;
  /** Other offices that requested or hold the same producer number for this product. */
  producerNumberClaimedBy: string[];
};
export type AccessRequestPage = { requests: AccessRequest[]; total: number; page: number; pageSize: number };

export type StaffMe = {
  user: { id: string; name: string; email: string; language: "nl" | "fr" | "en"; initials: string };
  insurer: Branding;
  role: "admin" | "member";
};
export type StaffList = {
  staff: { userId: string; name: string; email: string; role: "admin" | "member"; active: boolean }[];
};

// ── Tarifications ("Uw aanvragen") ──

/** The engine's result as the browser gets it; `commissionCents` is 0 for insurer staff. */
export type {
  QuoteLine as PremiumLine,
  RatingResult,
  Reason as RatingReason,
  TrailEntry,
} from "@courtier/rating";

export type QuoteListItem = {
  id: string;
  reference: string;
  status: QuoteStatus;
  createdAt: string;
  updatedAt: string;
  intermediary: { id: string; name: string; initials: string };
  product: { id: string; name: string; versionLabel: string };
  group: { id: string; name: string };
  companyName: string;
  city: string;
};

/** `GET /api/quotes`: one page of the current subaccount's quotes, and who may be filtered on. */
export type QuotePage = {
  quotes: QuoteListItem[];
  total: number;
  page: number;
  pageSize: number;
  intermediaries: { id: string; name: string }[];
  /** Products the subaccount may start a tarification for ("Nieuw"). */
  products: { id: string; name: string; versionLabel: string; producerNumber: string }[];
};

export type QuoteSearchResults = { quotes: QuoteListItem[] };

/** The live premium. `result` is null until the company basics are known. */
export type QuotePricing = {
  /** Chosen coverages whose own step is not complete yet: priced once it is. */
  incompleteCoverages: string[];
  /** Step ids still missing data the price needs (company basics). */
  missingSteps: StepId[];
  result: RatingResult | null;
};

export type QuoteDetail = {
  id: string;
  reference: string;
  status: QuoteStatus;
  /** The version to send back in `If-Match` (also in the ETag header). */
  version: number;
  createdAt: string;
  updatedAt: string;
  tariffVersion: string;
  /** Set when the offer is issued. */
  validUntil: string | null;
  offeredAt: string | null;
  submittedAt: string | null;
  product: { id: string; name: string; versionLabel: string; insurerName: string; producerNumber: string };
  group: { id: string; name: string };
  intermediary: { id: string; name: string; initials: string };
  office: { commercialName: string; enterpriseNumber: string };
  draft: QuoteDraft;
  /** The name of the draft's activity (NACE-BEL code) in the quote's tariff, in each language. */
  activityName: Record<Language, string> | null;
  /** The price when the offer was issued, or the live price of a draft. */
  pricing: QuotePricing;
  decision: { decision: "accept" | "refuse"; message: string; decidedAt: string; decidedBy: string } | null;
  /** What the caller may do now. `edit`: the draft can be saved. */
  actions: (QuoteAction | "edit" | "copy" | "pdf")[];
};

export type QuoteSaved = { version: number; updatedAt: string; reference: string; status: QuoteStatus };

export type ActivityOptions = {
  activities: {
    code: string;
    name: string;
    riskClass: string;
    acceptance: "accepted" | "referral" | "declined";
  }[];
};

/** The insurer's back office: submitted quotes of its own products. */
export type BackofficeQuoteItem = {
  id: string;
  reference: string;
  status: QuoteStatus;
  submittedAt: string | null;
  office: { commercialName: string };
  intermediary: string;
  companyName: string;
  totalAnnualCents: number | null;
  referral: boolean;
  decidedAt: string | null;
};
export type BackofficeQuotePage = {
  quotes: BackofficeQuoteItem[];
  total: number;
  page: number;
  pageSize: number;
};
