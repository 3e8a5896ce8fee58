/**
 * Stable error codes of the API. The server answers `{ error: { code, message, fields } }`; the
 * message is in the caller's language, and the browser can translate the code itself.
 * `errorMessages` must name every code in every language, or the build fails.
 */
export const errorCodes = [
  // generic
  "VALIDATION_FAILED",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "ORIGIN_MISMATCH",
  "RATE_LIMITED",
  "INTERNAL",
  // fields
  "REQUIRED",
  "TOO_LONG",
  "INVALID_EMAIL",
  "INVALID_URL",
  "INVALID_PHONE",
  "INVALID_POSTCODE",
  "INVALID_LANGUAGE",
  "TERMS_NOT_ACCEPTED",
  "ENTERPRISE_NUMBER_FORMAT",
  "ENTERPRISE_NUMBER_LENGTH",
  "ENTERPRISE_NUMBER_FIRST_DIGIT",
  "ENTERPRISE_NUMBER_CHECKSUM",
  "PASSWORD_TOO_SHORT",
  "PASSWORD_TOO_LONG",
  "PASSWORD_TOO_COMMON",
  "PASSWORDS_DO_NOT_MATCH",
  "UNKNOWN_FIELD",
  // auth and profile
  "EMAIL_TAKEN",
  "EMAIL_UNCHANGED",
  "EMAIL_ALREADY_VERIFIED",
  "INVALID_CREDENTIALS",
  "WRONG_PASSWORD",
  "RESET_TOKEN_INVALID",
  "VERIFICATION_LINK_INVALID",
  "ACCOUNT_DISABLED",
  // office structure
  "LAST_ADMIN",
  "INVITATION_INVALID",
  "NOT_INVITED",
  "GROUP_NAME_TAKEN",
  "GROUP_IS_DEFAULT",
  "GROUP_IN_USE",
  "ALREADY_IN_GROUP",
  "LOGO_TOO_LARGE",
  "LOGO_NOT_AN_IMAGE",
  // product access
  "PRODUCER_NUMBER_FORMAT",
  "DUPLICATE_REQUEST",
  "GROUP_ALREADY_INTEGRATED",
  "ALREADY_DECIDED",
  "NOT_ACCEPTED",
  // tarifications
  "NOT_WHOLE",
  "NEGATIVE",
  "TOO_LARGE",
  "INVALID_DATE",
  "START_DATE_OUT_OF_RANGE",
  "UNKNOWN_ACTIVITY",
  "CITY_POSTCODE_MISMATCH",
  "NO_COVERAGE_CHOSEN",
  "PAYROLL_WITHOUT_WORKERS",
  "NOTHING_INSURED",
  "THEFT_NEEDS_CONTENTS",
  "TURNOVER_REQUIRED",
  "NO_PRODUCT_ACCESS",
  "QUOTE_INCOMPLETE",
  "QUOTE_DECLINED",
  "QUOTE_READ_ONLY",
  "QUOTE_STALE",
  "QUOTE_VERSION_REQUIRED",
  "ILLEGAL_TRANSITION",
  "QUOTE_AT_INSURER",
  // help and chat
  "NO_CONVERSATION",
  "MAIL_NOT_YET",
  "ALREADY_MAILED",
  "CONVERSATION_CLOSED",
] as const;

export type ErrorCode = (typeof errorCodes)[number];
export type Language = "nl" | "fr" | "en";
export const languages = ["nl", "fr", "en"] as const satisfies readonly Language[];

export type FieldErrors = Record<string, { code: ErrorCode; message: string }>;
export type ApiErrorBody = { error: { code: ErrorCode; message: string; fields?: FieldErrors } };

export const errorMessages: Record<ErrorCode, Record<Language, string>> = {
  VALIDATION_FAILED: {
    nl: "Sommige velden zijn niet correct ingevuld.",
    fr: "Certains champs ne sont pas correctement remplis.",
    en: "Some fields are not filled in correctly.",
  },
  NOT_FOUND: { nl: "Niet gevonden.", fr: "Introuvable.", en: "Not found." },
  UNAUTHENTICATED: {
    nl: "U bent niet (meer) aangemeld.",
    fr: "Vous n'êtes pas (plus) connecté.",
    en: "You are not signed in (any more).",
  },
  FORBIDDEN: {
    nl: "U hebt geen toegang tot deze actie.",
    fr: "Vous n'avez pas accès à cette action.",
    en: "You are not allowed to do this.",
  },
  ORIGIN_MISMATCH: {
    nl: "Dit verzoek komt niet van deze website en werd geweigerd.",
    fr: "Cette requête ne provient pas de ce site et a été refusée.",
    en: "This request does not come from this website and was refused.",
  },
  RATE_LIMITED: {
    nl: "Te veel pogingen. Probeer het over enkele minuten opnieuw.",
    fr: "Trop de tentatives. Réessayez dans quelques minutes.",
    en: "Too many attempts. Please try again in a few minutes.",
  },
  INTERNAL: {
    nl: "Er ging iets mis aan onze kant. Probeer het opnieuw.",
    fr: "Une erreur s'est produite de notre côté. Veuillez réessayer.",
    en: "Something went wrong on our side. Please try again.",
  },
  REQUIRED: { nl: "Dit veld is verplicht.", fr: "Ce champ est obligatoire.", en: "This field is required." },
  TOO_LONG: {
    nl: "Deze waarde is te lang.",
    fr: "Cette valeur est trop longue.",
    en: "This value is too long.",
  },
  INVALID_EMAIL: {
    nl: "Geef een geldig e-mailadres in.",
    fr: "Saisissez une adresse e-mail valide.",
    en: "Enter a valid email address.",
  },
  INVALID_URL: {
    nl: "Geef een geldig webadres in, bv. https://mijndomein.be.",
    fr: "Saisissez une adresse web valide, p. ex. https://mondomaine.be.",
    en: "Enter a valid web address, e.g. https://mydomain.be.",
  },
  INVALID_PHONE: {
    nl: "Geef een Belgisch telefoonnummer in, bv. 0412 34 56 78 of 02 123 45 67.",
    fr: "Saisissez un numéro de téléphone belge, p. ex. 0412 34 56 78 ou 02 123 45 67.",
    en: "Enter a Belgian phone number, e.g. 0412 34 56 78 or 02 123 45 67.",
  },
  INVALID_POSTCODE: {
    nl: "Een Belgische postcode bestaat uit 4 cijfers (1000–9999).",
    fr: "Un code postal belge compte 4 chiffres (1000–9999).",
    en: "A Belgian postcode has 4 digits (1000–9999).",
  },
  INVALID_LANGUAGE: {
    nl: "Kies Nederlands, Français of English.",
    fr: "Choisissez Nederlands, Français ou English.",
    en: "Choose Nederlands, Français or English.",
  },
  TERMS_NOT_ACCEPTED: {
    nl: "U moet de voorwaarden aanvaarden om een account aan te maken.",
    fr: "Vous devez accepter les conditions pour créer un compte.",
    en: "You must accept the terms to create an account.",
  },
  ENTERPRISE_NUMBER_FORMAT: {
    nl: "Een ondernemingsnummer bevat enkel cijfers, eventueel met punten en BE ervoor (bv. BE0123456749).",
    fr: "Un numéro d'entreprise ne contient que des chiffres, éventuellement avec des points et BE devant (p. ex. BE0123456749).",
    en: "An enterprise number only has digits, optionally with dots and BE in front (e.g. BE0123456749).",
  },
  ENTERPRISE_NUMBER_LENGTH: {
    nl: "Een ondernemingsnummer telt 10 cijfers (bv. 0123.456.749).",
    fr: "Un numéro d'entreprise compte 10 chiffres (p. ex. 0123.456.749).",
    en: "An enterprise number has 10 digits (e.g. 0123.456.749).",
  },
  ENTERPRISE_NUMBER_FIRST_DIGIT: {
    nl: "Een ondernemingsnummer begint met 0 of 1.",
    fr: "Un numéro d'entreprise commence par 0 ou 1.",
    en: "An enterprise number starts with 0 or 1.",
  },
  ENTERPRISE_NUMBER_CHECKSUM: {
    nl: "Dit ondernemingsnummer bestaat niet: de controlecijfers (laatste twee cijfers) kloppen niet.",
    fr: "Ce numéro d'entreprise n'existe pas : les chiffres de contrôle (deux derniers chiffres) sont incorrects.",
    en: "This enterprise number does not exist: its check digits (the last two) are wrong.",
  },
  PASSWORD_TOO_SHORT: {
    nl: "Het paswoord moet minstens 8 tekens lang zijn.",
    fr: "Le mot de passe doit compter au moins 8 caractères.",
    en: "The password must be at least 8 characters long.",
  },
  PASSWORD_TOO_LONG: {
    nl: "Het paswoord mag hoogstens 128 tekens lang zijn.",
    fr: "Le mot de passe ne peut pas dépasser 128 caractères.",
    en: "The password can be at most 128 characters long.",
  },
  PASSWORD_TOO_COMMON: {
    nl: "Dit paswoord wordt te vaak gebruikt en is makkelijk te raden. Kies een ander.",
    fr: "Ce mot de passe est trop courant et facile à deviner. Choisissez-en un autre.",
    en: "This password is too common and easy to guess. Choose another one.",
  },
  PASSWORDS_DO_NOT_MATCH: {
    nl: "De paswoorden komen niet overeen.",
    fr: "Les mots de passe ne correspondent pas.",
    en: "The passwords do not match.",
  },
  UNKNOWN_FIELD: {
    nl: "Dit veld wordt niet aanvaard.",
    fr: "Ce champ n'est pas accepté.",
    en: "This field is not accepted.",
  },
  EMAIL_TAKEN: {
    nl: "Dit e-mailadres wordt al gebruikt op het platform. Meld u aan of kies een ander adres.",
    fr: "Cette adresse e-mail est déjà utilisée sur la plateforme. Connectez-vous ou choisissez une autre adresse.",
    en: "This email address is already used on the platform. Sign in or choose another address.",
  },
  EMAIL_UNCHANGED: {
    nl: "Dit is al uw e-mailadres.",
    fr: "C'est déjà votre adresse e-mail.",
    en: "This already is your email address.",
  },
  EMAIL_ALREADY_VERIFIED: {
    nl: "Uw e-mailadres is al bevestigd.",
    fr: "Votre adresse e-mail est déjà confirmée.",
    en: "Your email address is already confirmed.",
  },
  INVALID_CREDENTIALS: {
    nl: "E-mail of paswoord is niet correct.",
    fr: "L'e-mail ou le mot de passe est incorrect.",
    en: "The email or password is not correct.",
  },
  WRONG_PASSWORD: {
    nl: "Het huidige paswoord is niet correct.",
    fr: "Le mot de passe actuel est incorrect.",
    en: "The current password is not correct.",
  },
  RESET_TOKEN_INVALID: {
    nl: "Deze link is verlopen of werd al gebruikt. Vraag een nieuwe link aan.",
    fr: "Ce lien a expiré ou a déjà été utilisé. Demandez un nouveau lien.",
    en: "This link has expired or was already used. Request a new link.",
  },
  VERIFICATION_LINK_INVALID: {
    nl: "Deze bevestigingslink is verlopen of niet geldig. Vraag een nieuwe link aan op uw profiel.",
    fr: "Ce lien de confirmation a expiré ou n'est pas valide. Demandez un nouveau lien depuis votre profil.",
    en: "This confirmation link has expired or is not valid. Request a new link from your profile.",
  },
  ACCOUNT_DISABLED: {
    nl: "Uw toegang tot dit kantoor werd uitgeschakeld. Neem contact op met een beheerder van uw kantoor.",
    fr: "Votre accès à ce bureau a été désactivé. Contactez un administrateur de votre bureau.",
    en: "Your access to this office was disabled. Please contact an administrator of your office.",
  },
  LAST_ADMIN: {
    nl: "Een kantoor heeft altijd minstens één actieve beheerder. Maak eerst iemand anders beheerder.",
    fr: "Un bureau garde toujours au moins un administrateur actif. Nommez d'abord quelqu'un d'autre administrateur.",
    en: "An office always keeps at least one active administrator. Make someone else an administrator first.",
  },
  INVITATION_INVALID: {
    nl: "Deze uitnodiging is verlopen, geannuleerd of al gebruikt. Vraag een beheerder van uw kantoor om een nieuwe.",
    fr: "Cette invitation a expiré, a été annulée ou a déjà été utilisée. Demandez-en une nouvelle à un administrateur de votre bureau.",
    en: "This invitation has expired, was cancelled or was already used. Ask an administrator of your office for a new one.",
  },
  NOT_INVITED: {
    nl: "Deze gebruiker heeft geen openstaande uitnodiging.",
    fr: "Cet utilisateur n'a pas d'invitation en attente.",
    en: "This user has no pending invitation.",
  },
  GROUP_NAME_TAKEN: {
    nl: "Er bestaat al een groep met deze naam in uw kantoor.",
    fr: "Un groupe portant ce nom existe déjà dans votre bureau.",
    en: "A group with this name already exists in your office.",
  },
  GROUP_IS_DEFAULT: {
    nl: "De groep Default kan niet verwijderd worden: gebruikers zonder groep horen erbij.",
    fr: "Le groupe Default ne peut pas être supprimé : les utilisateurs sans groupe en font partie.",
    en: "The Default group cannot be deleted: users without a group belong to it.",
  },
  GROUP_IN_USE: {
    nl: "Deze groep heeft nog tarificaties of integraties en kan daarom niet verwijderd worden.",
    fr: "Ce groupe a encore des tarifications ou des intégrations et ne peut donc pas être supprimé.",
    en: "This group still has quotes or integrations, so it cannot be deleted.",
  },
  ALREADY_IN_GROUP: {
    nl: "Deze gebruiker is al lid van deze groep.",
    fr: "Cet utilisateur fait déjà partie de ce groupe.",
    en: "This user already is a member of this group.",
  },
  LOGO_TOO_LARGE: {
    nl: "Het logo is groter dan 2 MB. Kies een kleiner bestand.",
    fr: "Le logo dépasse 2 Mo. Choisissez un fichier plus petit.",
    en: "The logo is larger than 2 MB. Choose a smaller file.",
  },
  LOGO_NOT_AN_IMAGE: {
    nl: "Dit bestand is geen PNG-, JPEG- of WebP-afbeelding.",
    fr: "Ce fichier n'est pas une image PNG, JPEG ou WebP.",
    en: "This file is not a PNG, JPEG or WebP image.",
  },
  PRODUCER_NUMBER_FORMAT: {
    nl: "Dit producentnummer heeft niet de vorm die de maatschappij vraagt (bij VIVIUM: 4 of 5 cijfers).",
    fr: "Ce numéro de producteur n'a pas la forme demandée par la compagnie (chez VIVIUM : 4 ou 5 chiffres).",
    en: "This producer number does not have the form the insurer asks for (at VIVIUM: 4 or 5 digits).",
  },
  DUPLICATE_REQUEST: {
    nl: "Voor dit product loopt al een aanvraag of bestaat al een integratie met dit producentnummer.",
    fr: "Une demande est déjà en cours ou une intégration existe déjà pour ce produit avec ce numéro de producteur.",
    en: "A request is already pending, or an integration already exists, for this product with this producer number.",
  },
  GROUP_ALREADY_INTEGRATED: {
    nl: "Een van deze groepen heeft al een integratie (of een lopende aanvraag) voor dit product. Per groep één producentnummer.",
    fr: "Un de ces groupes a déjà une intégration (ou une demande en cours) pour ce produit. Un numéro de producteur par groupe.",
    en: "One of these groups already has an integration (or a pending request) for this product. One producer number per group.",
  },
  ALREADY_DECIDED: {
    nl: "Over deze aanvraag werd al beslist.",
    fr: "Cette demande a déjà fait l'objet d'une décision.",
    en: "This request has already been decided.",
  },
  NOT_ACCEPTED: {
    nl: "Enkel een aanvaarde integratie kan ingetrokken worden.",
    fr: "Seule une intégration acceptée peut être révoquée.",
    en: "Only an accepted integration can be revoked.",
  },
  NOT_WHOLE: {
    nl: "Geef een geheel getal in.",
    fr: "Saisissez un nombre entier.",
    en: "Enter a whole number.",
  },
  NEGATIVE: {
    nl: "Dit mag niet negatief zijn.",
    fr: "Cette valeur ne peut pas être négative.",
    en: "This cannot be negative.",
  },
  TOO_LARGE: {
    nl: "Deze waarde is onrealistisch groot.",
    fr: "Cette valeur est irréaliste (trop grande).",
    en: "This value is implausibly large.",
  },
  INVALID_DATE: {
    nl: "Geef een geldige datum in.",
    fr: "Saisissez une date valide.",
    en: "Enter a valid date.",
  },
  START_DATE_OUT_OF_RANGE: {
    nl: "De begindatum ligt ten vroegste 30 dagen in het verleden en ten laatste binnen een jaar.",
    fr: "La date de début est au plus tôt il y a 30 jours et au plus tard dans un an.",
    en: "The start date is at most 30 days ago and at most one year ahead.",
  },
  UNKNOWN_ACTIVITY: {
    nl: "Kies een activiteit uit de lijst.",
    fr: "Choisissez une activité dans la liste.",
    en: "Choose an activity from the list.",
  },
  CITY_POSTCODE_MISMATCH: {
    nl: "Deze gemeente hoort niet bij deze postcode.",
    fr: "Cette localité ne correspond pas à ce code postal.",
    en: "This city does not belong to this postcode.",
  },
  NO_COVERAGE_CHOSEN: {
    nl: "Kies minstens één dekking.",
    fr: "Choisissez au moins une garantie.",
    en: "Choose at least one coverage.",
  },
  PAYROLL_WITHOUT_WORKERS: {
    nl: "Er is een loonmassa ingevuld, maar geen werknemers van deze categorie in stap 1.1.",
    fr: "Une masse salariale est indiquée, mais aucun travailleur de cette catégorie à l'étape 1.1.",
    en: "A payroll is given, but no workers of this category in step 1.1.",
  },
  NOTHING_INSURED: {
    nl: "Verzeker een gebouw, een inhoud of beide.",
    fr: "Assurez un bâtiment, un contenu ou les deux.",
    en: "Insure a building, contents or both.",
  },
  THEFT_NEEDS_CONTENTS: {
    nl: "Diefstal dekt de inhoud: vul een kapitaal inhoud in.",
    fr: "Le vol couvre le contenu : indiquez un capital contenu.",
    en: "Theft covers contents: enter a contents capital.",
  },
  TURNOVER_REQUIRED: {
    nl: "De formule omzet vraagt een jaaromzet in stap 1.1.",
    fr: "La formule chiffre d'affaires demande un chiffre d'affaires annuel à l'étape 1.1.",
    en: "The turnover formula needs an annual turnover in step 1.1.",
  },
  NO_PRODUCT_ACCESS: {
    nl: "Deze groep heeft geen aanvaarde integratie voor dit product.",
    fr: "Ce groupe n'a pas d'intégration acceptée pour ce produit.",
    en: "This group has no accepted integration for this product.",
  },
  QUOTE_INCOMPLETE: {
    nl: "De tarificatie is nog niet volledig ingevuld.",
    fr: "La tarification n'est pas encore complète.",
    en: "The tarification is not complete yet.",
  },
  QUOTE_DECLINED: {
    nl: "De verzekeraar weigert dit risico: er kan geen offerte gemaakt worden.",
    fr: "L'assureur refuse ce risque : aucune offre ne peut être établie.",
    en: "The insurer declines this risk: no offer can be issued.",
  },
  QUOTE_READ_ONLY: {
    nl: "Deze tarificatie kan niet meer gewijzigd worden. Kopieer ze om verder te werken.",
    fr: "Cette tarification ne peut plus être modifiée. Copiez-la pour continuer.",
    en: "This tarification can no longer be changed. Copy it to continue.",
  },
  QUOTE_STALE: {
    nl: "Deze tarificatie werd intussen elders gewijzigd. Herlaad om de laatste versie te zien.",
    fr: "Cette tarification a été modifiée ailleurs entre-temps. Rechargez pour voir la dernière version.",
    en: "This tarification was changed elsewhere in the meantime. Reload to see the latest version.",
  },
  QUOTE_VERSION_REQUIRED: {
    nl: "De versie van de tarificatie ontbreekt (If-Match).",
    fr: "La version de la tarification manque (If-Match).",
    en: "The tarification's version is missing (If-Match).",
  },
  NO_CONVERSATION: {
    nl: "U hebt geen lopend gesprek.",
    fr: "Vous n'avez pas de conversation en cours.",
    en: "You have no open conversation.",
  },
  MAIL_NOT_YET: {
    nl: "Ons supportteam kan nog antwoorden: mailen kan zodra de wachttijd voorbij is.",
    fr: "Notre équipe support peut encore répondre : l'envoi par e-mail sera possible après le délai d'attente.",
    en: "Our support team can still answer: mailing is possible once the waiting time has passed.",
  },
  ALREADY_MAILED: {
    nl: "Dit gesprek werd al naar support gemaild.",
    fr: "Cette conversation a déjà été envoyée au support par e-mail.",
    en: "This conversation was already mailed to support.",
  },
  CONVERSATION_CLOSED: {
    nl: "Dit gesprek is afgesloten.",
    fr: "Cette conversation est clôturée.",
    en: "This conversation is closed.",
  },
  QUOTE_AT_INSURER: {
    nl: "Deze tarificatie werd bij de verzekeraar ingediend en kan hier niet gewist worden. Vraag de verzekeraar om de gegevens van de klant te wissen.",
    fr: "Cette tarification a été soumise à l'assureur et ne peut pas être effacée ici. Demandez à l'assureur d'effacer les données du client.",
    en: "This tarification was submitted to the insurer and cannot be erased here. Ask the insurer to erase the client's data.",
  },
  ILLEGAL_TRANSITION: {
    nl: "Deze actie is niet mogelijk in de huidige status.",
    fr: "Cette action n'est pas possible dans le statut actuel.",
    en: "This action is not possible in the current status.",
  },
};

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && (errorCodes as readonly string[]).includes(value);
}

export function messageFor(code: ErrorCode, language: Language): string {
  return errorMessages[code][language];
}
