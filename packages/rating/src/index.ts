export { type ActivityOption, findActivity, listActivities, searchActivities } from "./activities.ts";
export {
  ACCEPTANCES,
  type Acceptance,
  CONSTRUCTION_CLASSES,
  COVERAGES,
  type ConstructionClass,
  type Coverage,
  LANGUAGES,
  type Language,
  LINE_COVERAGE,
  LINE_KINDS,
  type LineKind,
  type LocalizedText,
  PAYMENT_FREQUENCIES,
  type PaymentFrequency,
  PREMISES_TYPES,
  type PremisesType,
} from "./coverage.ts";
export { type CompiledActivity, type CompiledTariff, loadTariff } from "./load-tariff.ts";
export { formatEuro, roundHalfUpCents } from "./money.ts";
export {
  isObjectiveLiabilityCompulsory,
  priceQuote,
  type QuoteLine,
  type QuoteStatus,
  type RatingResult,
  type Tax,
  type TrailEntry,
  type TrailUnit,
} from "./price-quote.ts";
export { RATING_ERROR_CODES, RatingError, type RatingErrorCode, type RatingIssue } from "./rating-error.ts";
export {
  MAX_AMOUNT_CENTS,
  parseQuoteRequest,
  type QuoteRequest,
  type RatingInput,
  ratingInputSchema,
} from "./rating-input.ts";
export {
  COMPULSORY_CODES,
  COVERAGE_NAMES,
  type CompulsoryCode,
  type CompulsoryCoverage,
  REASON_CODES,
  type Reason,
  type ReasonCode,
} from "./reasons.ts";
export { findTariffInForce, getShippedTariff, shippedTariffIds } from "./shipped-tariffs.ts";
export { type Tariff, type TariffDocument, tariffSchema } from "./tariff-schema.ts";
