import type { LegalDocumentSet } from "./legal-document.ts";

export const subcontracting: LegalDocumentSet = {
  updated: "2026-11-25",
  text: {
    nl: {
      title: "Onderaannemingsovereenkomst (verwerkersovereenkomst)",
      intro:
        "Deze overeenkomst tussen het makelaarskantoor (de “verwerkingsverantwoordelijke”) en Courtier (de “verwerker”) regelt de verwerking van persoonsgegevens die het kantoor via het platform laat verwerken, overeenkomstig artikel 28 van de Algemene Verordening Gegevensbescherming (AVG).",
      sections: [
        {
          heading: "1. Rollen",
          paragraphs: [
            "Het kantoor bepaalt waarom en hoe de gegevens van zijn klanten en prospecten worden verwerkt en is daarvoor verwerkingsverantwoordelijke. Courtier verwerkt die gegevens uitsluitend in opdracht van het kantoor, als verwerker.",
            "Wanneer het kantoor een tarificatie ter aanvaarding aan een verzekeraar bezorgt, gebeurt dat op instructie van het kantoor; de verzekeraar verwerkt de ontvangen gegevens vervolgens als eigen verwerkingsverantwoordelijke.",
          ],
        },
        {
          heading: "2. Voorwerp en duur van de verwerking",
          paragraphs: [
            "Courtier bewaart en verwerkt de gegevens om tarificaties te berekenen, op te slaan, terug te vinden en op verzoek van het kantoor aan de verzekeraar te bezorgen. De verwerking loopt zolang het kantoor het platform gebruikt.",
          ],
          items: [
            "Betrokkenen: klanten en prospecten van het kantoor (ondernemingen, zelfstandigen) en hun contactpersonen en werknemers.",
            "Gegevens: identificatie- en contactgegevens, ondernemingsgegevens, activiteit, risicogegevens zoals loonmassa, voertuigen en schadehistoriek.",
            "Bijzondere categorieën van persoonsgegevens (zoals gezondheidsgegevens) worden door het platform niet gevraagd; het kantoor voert ze niet in.",
          ],
        },
        {
          heading: "3. Verplichtingen van Courtier",
          paragraphs: ["Courtier:"],
          items: [
            "verwerkt de gegevens alleen op gedocumenteerde instructie van het kantoor, en meldt het wanneer een instructie volgens Courtier de AVG schendt;",
            "verplicht iedereen die toegang heeft tot de gegevens tot vertrouwelijkheid;",
            "neemt passende technische en organisatorische maatregelen (artikel 32 AVG), waaronder versleuteling van verbindingen, sterk gehashte paswoorden, strikte scheiding van de gegevens per kantoor, beperkte toegang voor personeel, logging en back-ups;",
            "helpt het kantoor bij verzoeken van betrokkenen, bij gegevensbeschermingseffectbeoordelingen en bij het melden van inbreuken;",
            "meldt een inbreuk in verband met persoonsgegevens zonder onredelijke vertraging en uiterlijk binnen 48 uur nadat Courtier ervan kennis kreeg.",
          ],
        },
        {
          heading: "4. Subverwerkers",
          paragraphs: [
            "Het kantoor geeft Courtier een algemene toestemming om subverwerkers in te schakelen voor hosting en het versturen van e-mails. Courtier legt hen dezelfde verplichtingen op als in deze overeenkomst en blijft verantwoordelijk voor hen. De lijst van subverwerkers is op verzoek beschikbaar. Een nieuwe subverwerker meldt Courtier minstens 30 dagen vooraf; het kantoor kan daar om gegronde redenen bezwaar tegen maken.",
          ],
        },
        {
          heading: "5. Plaats van verwerking",
          paragraphs: [
            "De gegevens worden verwerkt binnen de Europese Economische Ruimte. Een doorgifte daarbuiten gebeurt alleen met de passende waarborgen van hoofdstuk V van de AVG en na voorafgaande kennisgeving aan het kantoor.",
          ],
        },
        {
          heading: "6. Controle",
          paragraphs: [
            "Courtier stelt alle informatie ter beschikking die nodig is om de naleving van deze overeenkomst aan te tonen. Het kantoor kan, met een voorafgaande kennisgeving van 30 dagen, eenmaal per jaar een audit laten uitvoeren door een onafhankelijke deskundige die tot geheimhouding is gehouden, op eigen kosten.",
          ],
        },
        {
          heading: "7. Einde van de overeenkomst",
          paragraphs: [
            "Bij het einde van het gebruik van het platform kan het kantoor zijn gegevens exporteren. Courtier verwijdert de gegevens binnen 90 dagen, tenzij een wettelijke verplichting tot bewaring bestaat. Op deze overeenkomst is het Belgische recht van toepassing.",
          ],
        },
      ],
    },
    fr: {
      title: "Contrat de sous-traitance (traitement de données)",
      intro:
        "Le présent contrat entre le bureau de courtage (le « responsable du traitement ») et Courtier (le « sous-traitant ») encadre le traitement des données à caractère personnel que le bureau fait traiter via la plateforme, conformément à l'article 28 du Règlement général sur la protection des données (RGPD).",
      sections: [
        {
          heading: "1. Rôles",
          paragraphs: [
            "Le bureau détermine les finalités et les moyens du traitement des données de ses clients et prospects et en est le responsable du traitement. Courtier traite ces données uniquement pour le compte du bureau, en tant que sous-traitant.",
            "Lorsque le bureau transmet une tarification à un assureur pour acceptation, il le fait sur sa propre instruction ; l'assureur traite ensuite les données reçues en tant que responsable du traitement distinct.",
          ],
        },
        {
          heading: "2. Objet et durée du traitement",
          paragraphs: [
            "Courtier conserve et traite les données pour calculer, enregistrer et retrouver les tarifications et, à la demande du bureau, les transmettre à l'assureur. Le traitement dure aussi longtemps que le bureau utilise la plateforme.",
          ],
          items: [
            "Personnes concernées : clients et prospects du bureau (entreprises, indépendants) ainsi que leurs personnes de contact et travailleurs.",
            "Données : données d'identification et de contact, données d'entreprise, activité, données de risque telles que la masse salariale, les véhicules et l'historique des sinistres.",
            "La plateforme ne demande pas de catégories particulières de données (comme des données de santé) ; le bureau n'en saisit pas.",
          ],
        },
        {
          heading: "3. Obligations de Courtier",
          paragraphs: ["Courtier :"],
          items: [
            "ne traite les données que sur instruction documentée du bureau et l'informe si, selon lui, une instruction enfreint le RGPD ;",
            "soumet toute personne ayant accès aux données à une obligation de confidentialité ;",
            "prend des mesures techniques et organisationnelles appropriées (article 32 du RGPD), dont le chiffrement des connexions, le hachage robuste des mots de passe, la séparation stricte des données par bureau, un accès limité du personnel, la journalisation et les sauvegardes ;",
            "aide le bureau à répondre aux demandes des personnes concernées, lors des analyses d'impact et pour la notification des violations ;",
            "notifie toute violation de données à caractère personnel dans les meilleurs délais et au plus tard 48 heures après en avoir pris connaissance.",
          ],
        },
        {
          heading: "4. Sous-traitants ultérieurs",
          paragraphs: [
            "Le bureau donne à Courtier une autorisation générale de faire appel à des sous-traitants ultérieurs pour l'hébergement et l'envoi d'e-mails. Courtier leur impose les mêmes obligations que celles du présent contrat et reste responsable à leur égard. La liste des sous-traitants ultérieurs est disponible sur demande. Courtier annonce tout nouveau sous-traitant ultérieur au moins 30 jours à l'avance ; le bureau peut s'y opposer pour des motifs légitimes.",
          ],
        },
        {
          heading: "5. Lieu du traitement",
          paragraphs: [
            "Les données sont traitées au sein de l'Espace économique européen. Un transfert en dehors de celui-ci n'a lieu qu'avec les garanties appropriées du chapitre V du RGPD et après information préalable du bureau.",
          ],
        },
        {
          heading: "6. Contrôle",
          paragraphs: [
            "Courtier met à disposition toutes les informations nécessaires pour démontrer le respect du présent contrat. Moyennant un préavis de 30 jours, le bureau peut faire réaliser une fois par an, à ses frais, un audit par un expert indépendant tenu au secret.",
          ],
        },
        {
          heading: "7. Fin du contrat",
          paragraphs: [
            "Lorsqu'il cesse d'utiliser la plateforme, le bureau peut exporter ses données. Courtier supprime les données dans les 90 jours, sauf obligation légale de conservation. Le présent contrat est régi par le droit belge.",
          ],
        },
      ],
    },
    en: {
      title: "Subcontracting agreement (data processing agreement)",
      intro:
        "This agreement between the brokerage office (the “controller”) and Courtier (the “processor”) governs the processing of personal data that the office has processed through the platform, in accordance with Article 28 of the General Data Protection Regulation (GDPR).",
      sections: [
        {
          heading: "1. Roles",
          paragraphs: [
            "The office determines why and how the data of its clients and prospects are processed and is the controller for them. Courtier processes those data only on behalf of the office, as processor.",
            "When the office submits a quote to an insurer for acceptance, it does so on its own instruction; the insurer then processes the data it receives as a separate controller.",
          ],
        },
        {
          heading: "2. Subject matter and duration",
          paragraphs: [
            "Courtier stores and processes the data to calculate, save and retrieve quotes and, at the office's request, to submit them to the insurer. The processing lasts as long as the office uses the platform.",
          ],
          items: [
            "Data subjects: the office's clients and prospects (companies, self-employed persons) and their contact persons and employees.",
            "Data: identification and contact data, company data, business activity, risk data such as payroll, vehicles and claims history.",
            "The platform does not ask for special categories of personal data (such as health data); the office does not enter them.",
          ],
        },
        {
          heading: "3. Courtier's obligations",
          paragraphs: ["Courtier:"],
          items: [
            "processes the data only on documented instructions from the office, and informs the office if, in its opinion, an instruction infringes the GDPR;",
            "binds everyone with access to the data to confidentiality;",
            "takes appropriate technical and organisational measures (Article 32 GDPR), including encrypted connections, strongly hashed passwords, strict separation of data per office, limited staff access, logging and backups;",
            "assists the office with data subject requests, data protection impact assessments and breach notifications;",
            "notifies a personal data breach without undue delay and no later than 48 hours after becoming aware of it.",
          ],
        },
        {
          heading: "4. Sub-processors",
          paragraphs: [
            "The office gives Courtier general authorisation to engage sub-processors for hosting and sending emails. Courtier imposes on them the same obligations as in this agreement and remains responsible for them. The list of sub-processors is available on request. Courtier announces any new sub-processor at least 30 days in advance; the office may object on reasonable grounds.",
          ],
        },
        {
          heading: "5. Place of processing",
          paragraphs: [
            "The data are processed within the European Economic Area. A transfer outside it only takes place with the appropriate safeguards of Chapter V of the GDPR and after prior notice to the office.",
          ],
        },
        {
          heading: "6. Audits",
          paragraphs: [
            "Courtier makes available all information necessary to demonstrate compliance with this agreement. With 30 days' prior notice, the office may have an audit carried out once a year, at its own cost, by an independent expert bound by confidentiality.",
          ],
        },
        {
          heading: "7. End of the agreement",
          paragraphs: [
            "When it stops using the platform, the office can export its data. Courtier deletes the data within 90 days, unless a legal obligation requires them to be kept. This agreement is governed by Belgian law.",
          ],
        },
      ],
    },
  },
};
