import type { Language } from "./errors.ts";

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
  subaccount: { id: string; name: string };
};
