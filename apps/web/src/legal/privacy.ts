import type { LegalDocumentSet } from "./legal-document.ts";

export const privacy: LegalDocumentSet = {
  updated: "2026-11-25",
  text: {
    nl: {
      title: "Privacyverklaring",
      intro:
        "Deze verklaring legt uit welke persoonsgegevens Courtier verwerkt over de gebruikers van het platform (de medewerkers van makelaarskantoren), waarom, hoelang, en welke rechten u hebt. Voor de gegevens van klanten die u in tarificaties invoert, bent u zelf verantwoordelijk; daarvoor geldt de onderaannemingsovereenkomst.",
      sections: [
        {
          heading: "1. Welke gegevens",
          paragraphs: [],
          items: [
            "Accountgegevens: voornaam, achternaam, e-mailadres, taal, rol en groepen, en uw paswoord (enkel als onomkeerbare hash bewaard).",
            "Kantoorgegevens: commerciële naam, ondernemingsnummer, adres, website, telefoonnummer en producentennummers.",
            "Gebruiks- en beveiligingsgegevens: tijdstip van aanmelding, IP-adres, browsertype en de acties die u op het platform uitvoert.",
            "Berichten die u via de chatfunctie aan de ondersteuning stuurt.",
          ],
        },
        {
          heading: "2. Waarom en op welke grond",
          paragraphs: [],
          items: [
            "Om u het platform te laten gebruiken en uw account te beheren: uitvoering van de overeenkomst (art. 6.1.b AVG).",
            "Om het platform en uw account te beveiligen en misbruik te voorkomen: ons gerechtvaardigd belang (art. 6.1.f AVG).",
            "Om wettelijke verplichtingen na te komen, zoals de boekhoudwetgeving: art. 6.1.c AVG.",
          ],
        },
        {
          heading: "3. Met wie we gegevens delen",
          paragraphs: [
            "Wanneer u toegang tot een product aanvraagt of een tarificatie ter aanvaarding bezorgt, ontvangt de betrokken verzekeraar uw naam, de gegevens van uw kantoor en uw producentennummer. Onze verwerkers voor hosting en e-mail krijgen enkel toegang voor zover nodig en zijn contractueel gebonden. We verkopen geen gegevens en gebruiken ze niet voor reclame.",
          ],
        },
        {
          heading: "4. Hoelang we gegevens bewaren",
          paragraphs: [],
          items: [
            "Accountgegevens: zolang uw account bestaat, en daarna nog 12 maanden om vragen over het gebruik te kunnen beantwoorden.",
            "Beveiligingslogs: 12 maanden.",
            "Berichten aan de ondersteuning: 2 jaar na het laatste bericht.",
            "Facturatiegegevens: 7 jaar, zoals de boekhoudwetgeving vereist.",
          ],
        },
        {
          heading: "5. Cookies",
          paragraphs: [
            "Het platform gebruikt enkel een strikt noodzakelijke sessiecookie om u aangemeld te houden, en bewaart uw taalkeuze in uw browser. Er zijn geen cookies voor statistieken of reclame.",
          ],
        },
        {
          heading: "6. Uw rechten",
          paragraphs: [
            "U hebt recht op inzage, verbetering, wissing, beperking van de verwerking, overdraagbaarheid en bezwaar. Uw naam, taal, e-mailadres en paswoord past u zelf aan in uw profiel. Voor andere verzoeken kunt u ons contacteren; we antwoorden binnen een maand.",
            "U kunt ook een klacht indienen bij de Gegevensbeschermingsautoriteit, Drukpersstraat 35, 1000 Brussel (www.gegevensbeschermingsautoriteit.be).",
          ],
        },
        {
          heading: "7. Contact",
          paragraphs: [
            "Vragen over deze verklaring of over uw gegevens stelt u via de chatfunctie van het platform of per e-mail aan privacy@courtier.be.",
          ],
        },
      ],
    },
    fr: {
      title: "Politique de confidentialité",
      intro:
        "La présente politique explique quelles données à caractère personnel Courtier traite au sujet des utilisateurs de la plateforme (les collaborateurs des bureaux de courtage), pourquoi, pendant combien de temps, et quels sont vos droits. Pour les données des clients que vous saisissez dans les tarifications, vous êtes vous-même responsable ; le contrat de sous-traitance s'y applique.",
      sections: [
        {
          heading: "1. Quelles données",
          paragraphs: [],
          items: [
            "Données du compte : prénom, nom, adresse e-mail, langue, rôle et groupes, ainsi que votre mot de passe (conservé uniquement sous forme de hachage irréversible).",
            "Données du bureau : nom commercial, numéro d'entreprise, adresse, site web, numéro de téléphone et numéros de producteur.",
            "Données d'utilisation et de sécurité : heure de connexion, adresse IP, type de navigateur et actions effectuées sur la plateforme.",
            "Messages envoyés au support via la fonction de chat.",
          ],
        },
        {
          heading: "2. Pourquoi et sur quelle base",
          paragraphs: [],
          items: [
            "Pour vous permettre d'utiliser la plateforme et gérer votre compte : exécution du contrat (art. 6.1.b RGPD).",
            "Pour sécuriser la plateforme et votre compte et prévenir les abus : notre intérêt légitime (art. 6.1.f RGPD).",
            "Pour respecter nos obligations légales, comme la législation comptable : art. 6.1.c RGPD.",
          ],
        },
        {
          heading: "3. Avec qui nous partageons des données",
          paragraphs: [
            "Lorsque vous demandez l'accès à un produit ou soumettez une tarification pour acceptation, l'assureur concerné reçoit votre nom, les données de votre bureau et votre numéro de producteur. Nos sous-traitants pour l'hébergement et l'e-mail n'y ont accès que dans la mesure nécessaire et sont liés contractuellement. Nous ne vendons aucune donnée et ne l'utilisons pas à des fins publicitaires.",
          ],
        },
        {
          heading: "4. Durée de conservation",
          paragraphs: [],
          items: [
            "Données du compte : tant que votre compte existe, puis 12 mois pour pouvoir répondre aux questions sur l'utilisation.",
            "Journaux de sécurité : 12 mois.",
            "Messages au support : 2 ans après le dernier message.",
            "Données de facturation : 7 ans, comme l'exige la législation comptable.",
          ],
        },
        {
          heading: "5. Cookies",
          paragraphs: [
            "La plateforme utilise uniquement un cookie de session strictement nécessaire pour vous garder connecté, et conserve votre choix de langue dans votre navigateur. Il n'y a pas de cookies statistiques ni publicitaires.",
          ],
        },
        {
          heading: "6. Vos droits",
          paragraphs: [
            "Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation du traitement, de portabilité et d'opposition. Vous modifiez vous-même votre nom, votre langue, votre adresse e-mail et votre mot de passe dans votre profil. Pour toute autre demande, contactez-nous ; nous répondons dans un délai d'un mois.",
            "Vous pouvez également introduire une plainte auprès de l'Autorité de protection des données, rue de la Presse 35, 1000 Bruxelles (www.autoriteprotectiondonnees.be).",
          ],
        },
        {
          heading: "7. Contact",
          paragraphs: [
            "Posez vos questions sur cette politique ou sur vos données via la fonction de chat de la plateforme ou par e-mail à privacy@courtier.be.",
          ],
        },
      ],
    },
    en: {
      title: "Privacy policy",
      intro:
        "This policy explains which personal data Courtier processes about the users of the platform (the staff of brokerage offices), why, for how long, and what your rights are. For the client data you enter in quotes, you are responsible yourself; the subcontracting agreement applies to those.",
      sections: [
        {
          heading: "1. Which data",
          paragraphs: [],
          items: [
            "Account data: first name, last name, email address, language, role and groups, and your password (stored only as an irreversible hash).",
            "Office data: commercial name, enterprise number, address, website, phone number and producer numbers.",
            "Usage and security data: sign-in times, IP address, browser type and the actions you take on the platform.",
            "Messages you send to support through the chat function.",
          ],
        },
        {
          heading: "2. Why, and on what basis",
          paragraphs: [],
          items: [
            "To let you use the platform and manage your account: performance of the contract (Art. 6(1)(b) GDPR).",
            "To secure the platform and your account and prevent misuse: our legitimate interest (Art. 6(1)(f) GDPR).",
            "To meet legal obligations such as accounting law: Art. 6(1)(c) GDPR.",
          ],
        },
        {
          heading: "3. Who we share data with",
          paragraphs: [
            "When you request access to a product or submit a quote for acceptance, the insurer concerned receives your name, your office's details and your producer number. Our processors for hosting and email only get access as far as needed and are bound by contract. We do not sell data and do not use it for advertising.",
          ],
        },
        {
          heading: "4. How long we keep data",
          paragraphs: [],
          items: [
            "Account data: as long as your account exists, and 12 months after that so we can answer questions about its use.",
            "Security logs: 12 months.",
            "Messages to support: 2 years after the last message.",
            "Billing data: 7 years, as accounting law requires.",
          ],
        },
        {
          heading: "5. Cookies",
          paragraphs: [
            "The platform only uses a strictly necessary session cookie to keep you signed in, and stores your language choice in your browser. There are no statistics or advertising cookies.",
          ],
        },
        {
          heading: "6. Your rights",
          paragraphs: [
            "You have the right of access, rectification, erasure, restriction of processing, portability and objection. You change your name, language, email address and password yourself in your profile. For other requests, contact us; we answer within one month.",
            "You can also lodge a complaint with the Belgian Data Protection Authority, Rue de la Presse 35 / Drukpersstraat 35, 1000 Brussels (www.dataprotectionauthority.be).",
          ],
        },
        {
          heading: "7. Contact",
          paragraphs: [
            "Ask questions about this policy or your data through the platform's chat function or by email to privacy@courtier.be.",
          ],
        },
      ],
    },
  },
};
