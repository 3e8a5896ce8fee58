import type { Language } from "@courtier/contracts/errors";

export type LegalSection = {
  heading: string;
  paragraphs: string[];
  items?: string[];
};

export type LegalDocument = {
  title: string;
  intro: string;
  sections: LegalSection[];
};

export type LegalDocumentSet = {
  /** ISO date of the version in force. */
  updated: string;
  text: Record<Language, LegalDocument>;
};

export const legalDocumentSlugs = ["terms", "subcontracting", "privacy"] as const;
export type LegalDocumentSlug = (typeof legalDocumentSlugs)[number];

export function isLegalDocumentSlug(value: string): value is LegalDocumentSlug {
  return (legalDocumentSlugs as readonly string[]).includes(value);
}
