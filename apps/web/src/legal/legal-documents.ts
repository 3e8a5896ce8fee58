import type { LegalDocumentSet, LegalDocumentSlug } from "./legal-document.ts";
import { privacy } from "./privacy.ts";
import { subcontracting } from "./subcontracting.ts";
import { terms } from "./terms.ts";

export const legalDocuments: Record<LegalDocumentSlug, LegalDocumentSet> = { terms, subcontracting, privacy };
