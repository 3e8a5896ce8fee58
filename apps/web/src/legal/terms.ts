import type { LegalDocumentSet } from "./legal-document.ts";

export const terms: LegalDocumentSet = {
  updated: "2026-11-25",
  text: {
    nl: {
      title: "Algemene voorwaarden voor service en gebruik",
      intro:
        "Deze voorwaarden regelen de toegang tot en het gebruik van het Courtier-platform door verzekeringsmakelaarskantoren en hun medewerkers. Door een account aan te maken of het platform te gebruiken, aanvaardt u ze namens uzelf en namens het kantoor dat u registreert.",
      sections: [
        {
          heading: "1. Wat Courtier is",
          paragraphs: [
            "Courtier is een online platform waarmee verzekeringstussenpersonen toegang krijgen tot producten van verzekeraars en er tarificaties (offertes) voor maken. Courtier is zelf geen verzekeraar en geen verzekeringstussenpersoon: het geeft geen advies en sluit geen verzekeringsovereenkomsten.",
            "Elke verzekeraar blijft verantwoordelijk voor zijn producten, tarieven, acceptatieregels en polissen. Een tarificatie op het platform is een berekening op basis van de gegevens die u invoert; ze bindt de verzekeraar pas na diens aanvaarding.",
          ],
        },
        {
          heading: "2. Account en kantoor",
          paragraphs: [
            "Het platform is bestemd voor kantoren die als verzekeringstussenpersoon zijn ingeschreven bij de FSMA. Wie een account aanmaakt, verklaart bevoegd te zijn om het kantoor te vertegenwoordigen en krijgt het profiel “Beheerder”. De beheerder kan medewerkers uitnodigen, groepen beheren en toegang tot producten aanvragen.",
            "U geeft juiste en volledige gegevens op (onder meer het ondernemingsnummer van het kantoor) en houdt ze actueel.",
          ],
          items: [
            "Elk account is persoonlijk; deel uw paswoord met niemand.",
            "Kies een sterk paswoord dat u nergens anders gebruikt.",
            "Meld elk vermoeden van misbruik van uw account onmiddellijk via de ondersteuning.",
          ],
        },
        {
          heading: "3. Toegang tot producten",
          paragraphs: [
            "Toegang tot een product vraagt u per product aan, met uw producentennummer bij de betrokken verzekeraar. De verzekeraar beslist vrij over die aanvraag en kan een toegang later beperken of intrekken, bijvoorbeeld wanneer uw samenwerkingsovereenkomst met hem eindigt.",
          ],
        },
        {
          heading: "4. Toegelaten gebruik",
          paragraphs: [
            "U gebruikt het platform uitsluitend voor uw beroepsactiviteit als tussenpersoon. Het is niet toegestaan om:",
          ],
          items: [
            "tarieven, rekenregels of andere vertrouwelijke gegevens van verzekeraars systematisch op te vragen, te kopiëren of aan derden mee te delen;",
            "het platform geautomatiseerd te bevragen of te belasten buiten de voorziene functies;",
            "de beveiliging te testen of te omzeilen zonder voorafgaande schriftelijke toestemming;",
            "gegevens in te voeren waarvoor u geen rechtmatige grond hebt.",
          ],
        },
        {
          heading: "5. Beschikbaarheid en ondersteuning",
          paragraphs: [
            "Courtier doet redelijke inspanningen om het platform beschikbaar, veilig en correct te houden, maar kan geen ononderbroken werking garanderen. Gepland onderhoud kondigen we zo mogelijk vooraf aan. Voor vragen kunt u de ondersteuning bereiken via de chatfunctie van het platform.",
          ],
        },
        {
          heading: "6. Gegevens",
          paragraphs: [
            "Voor de gegevens van uw klanten en prospecten die u in tarificaties invoert, bent u verwerkingsverantwoordelijke en treedt Courtier op als verwerker; de onderaannemingsovereenkomst regelt die verwerking. Hoe Courtier de gegevens van de gebruikers zelf verwerkt, leest u in de privacyverklaring.",
          ],
        },
        {
          heading: "7. Aansprakelijkheid",
          paragraphs: [
            "U blijft verantwoordelijk voor het advies aan uw klanten en voor de juistheid van de gegevens die u invoert. Courtier is niet aansprakelijk voor indirecte schade zoals winstderving of verlies van klanten. De aansprakelijkheid van Courtier is in elk geval beperkt tot de bedragen die het kantoor in de twaalf maanden voor het schadegeval aan Courtier betaalde, behalve bij opzet of zware fout.",
          ],
        },
        {
          heading: "8. Duur, wijzigingen en toepasselijk recht",
          paragraphs: [
            "Deze voorwaarden gelden zolang het account bestaat. De beheerder kan het account van het kantoor op elk moment laten afsluiten. Courtier kan een account schorsen bij ernstige of herhaalde inbreuk op deze voorwaarden.",
            "Wijzigingen melden we minstens 30 dagen vooraf per e-mail of op het platform. Op deze voorwaarden is het Belgische recht van toepassing; geschillen behoren tot de bevoegdheid van de rechtbanken van Brussel.",
          ],
        },
      ],
    },
    fr: {
      title: "Conditions générales de service et d'utilisation",
      intro:
        "Les présentes conditions régissent l'accès à la plateforme Courtier et son utilisation par les bureaux de courtage en assurances et leurs collaborateurs. En créant un compte ou en utilisant la plateforme, vous les acceptez en votre nom et au nom du bureau que vous inscrivez.",
      sections: [
        {
          heading: "1. Ce qu'est Courtier",
          paragraphs: [
            "Courtier est une plateforme en ligne qui permet aux intermédiaires d'assurances d'accéder aux produits d'assureurs et d'établir des tarifications (offres). Courtier n'est ni un assureur ni un intermédiaire d'assurances : il ne donne aucun conseil et ne conclut aucun contrat d'assurance.",
            "Chaque assureur reste responsable de ses produits, tarifs, règles d'acceptation et polices. Une tarification établie sur la plateforme est un calcul basé sur les données que vous saisissez ; elle n'engage l'assureur qu'après son acceptation.",
          ],
        },
        {
          heading: "2. Compte et bureau",
          paragraphs: [
            "La plateforme est destinée aux bureaux inscrits auprès de la FSMA en tant qu'intermédiaire d'assurances. La personne qui crée un compte déclare être habilitée à représenter le bureau et reçoit le profil « Administrateur ». L'administrateur peut inviter des collaborateurs, gérer les groupes et demander l'accès aux produits.",
            "Vous fournissez des données exactes et complètes (notamment le numéro d'entreprise du bureau) et les tenez à jour.",
          ],
          items: [
            "Chaque compte est personnel ; ne partagez votre mot de passe avec personne.",
            "Choisissez un mot de passe fort que vous n'utilisez nulle part ailleurs.",
            "Signalez immédiatement au support tout soupçon d'utilisation abusive de votre compte.",
          ],
        },
        {
          heading: "3. Accès aux produits",
          paragraphs: [
            "Vous demandez l'accès produit par produit, avec votre numéro de producteur auprès de l'assureur concerné. L'assureur décide librement de cette demande et peut ultérieurement limiter ou retirer un accès, par exemple lorsque votre convention de collaboration avec lui prend fin.",
          ],
        },
        {
          heading: "4. Utilisation autorisée",
          paragraphs: [
            "Vous utilisez la plateforme exclusivement pour votre activité professionnelle d'intermédiaire. Il est interdit :",
          ],
          items: [
            "d'extraire, de copier ou de communiquer à des tiers de manière systématique les tarifs, règles de calcul ou autres données confidentielles des assureurs ;",
            "d'interroger ou de solliciter la plateforme de manière automatisée en dehors des fonctions prévues ;",
            "de tester ou de contourner la sécurité sans autorisation écrite préalable ;",
            "de saisir des données pour lesquelles vous ne disposez d'aucune base légale.",
          ],
        },
        {
          heading: "5. Disponibilité et support",
          paragraphs: [
            "Courtier met en œuvre des efforts raisonnables pour que la plateforme reste disponible, sûre et correcte, mais ne peut garantir un fonctionnement ininterrompu. La maintenance planifiée est annoncée à l'avance dans la mesure du possible. Pour toute question, le support est joignable via la fonction de chat de la plateforme.",
          ],
        },
        {
          heading: "6. Données",
          paragraphs: [
            "Pour les données de vos clients et prospects que vous saisissez dans les tarifications, vous êtes responsable du traitement et Courtier agit en tant que sous-traitant ; le contrat de sous-traitance encadre ce traitement. La manière dont Courtier traite les données des utilisateurs eux-mêmes est décrite dans la politique de confidentialité.",
          ],
        },
        {
          heading: "7. Responsabilité",
          paragraphs: [
            "Vous restez responsable du conseil donné à vos clients et de l'exactitude des données que vous saisissez. Courtier n'est pas responsable des dommages indirects tels que le manque à gagner ou la perte de clientèle. En tout état de cause, la responsabilité de Courtier est limitée aux montants payés par le bureau à Courtier au cours des douze mois précédant le sinistre, sauf en cas de dol ou de faute grave.",
          ],
        },
        {
          heading: "8. Durée, modifications et droit applicable",
          paragraphs: [
            "Les présentes conditions s'appliquent tant que le compte existe. L'administrateur peut à tout moment faire clôturer le compte du bureau. Courtier peut suspendre un compte en cas de manquement grave ou répété aux présentes conditions.",
            "Toute modification est annoncée au moins 30 jours à l'avance par e-mail ou sur la plateforme. Les présentes conditions sont régies par le droit belge ; les litiges relèvent de la compétence des tribunaux de Bruxelles.",
          ],
        },
      ],
    },
    en: {
      title: "General terms of service and use",
      intro:
        "These terms govern access to and use of the Courtier platform by insurance brokerage offices and their staff. By creating an account or using the platform, you accept them on your own behalf and on behalf of the office you register.",
      sections: [
        {
          heading: "1. What Courtier is",
          paragraphs: [
            "Courtier is an online platform through which insurance intermediaries access insurers' products and prepare quotes for them. Courtier itself is neither an insurer nor an insurance intermediary: it gives no advice and concludes no insurance contracts.",
            "Each insurer remains responsible for its products, tariffs, acceptance rules and policies. A quote on the platform is a calculation based on the data you enter; it binds the insurer only once the insurer accepts it.",
          ],
        },
        {
          heading: "2. Account and office",
          paragraphs: [
            "The platform is intended for offices registered with the FSMA as insurance intermediaries. The person who creates an account declares that they are authorised to represent the office and receives the “Administrator” profile. The administrator can invite colleagues, manage groups and request access to products.",
            "You provide accurate and complete information (including the office's enterprise number) and keep it up to date.",
          ],
          items: [
            "Each account is personal; do not share your password with anyone.",
            "Choose a strong password that you do not use anywhere else.",
            "Report any suspected misuse of your account to support immediately.",
          ],
        },
        {
          heading: "3. Access to products",
          paragraphs: [
            "You request access product by product, with your producer number at the insurer concerned. The insurer decides freely on that request and may later restrict or withdraw access, for example when your cooperation agreement with that insurer ends.",
          ],
        },
        {
          heading: "4. Permitted use",
          paragraphs: [
            "You use the platform solely for your professional activity as an intermediary. You may not:",
          ],
          items: [
            "systematically extract, copy or disclose to third parties the tariffs, calculation rules or other confidential data of insurers;",
            "query or load the platform in an automated way beyond the functions provided;",
            "test or circumvent its security without prior written permission;",
            "enter data for which you have no lawful basis.",
          ],
        },
        {
          heading: "5. Availability and support",
          paragraphs: [
            "Courtier makes reasonable efforts to keep the platform available, secure and correct, but cannot guarantee uninterrupted operation. Planned maintenance is announced in advance where possible. For questions, support can be reached through the platform's chat function.",
          ],
        },
        {
          heading: "6. Data",
          paragraphs: [
            "For the data of your clients and prospects that you enter in quotes, you are the controller and Courtier acts as processor; the subcontracting agreement governs that processing. How Courtier processes the data of the users themselves is described in the privacy policy.",
          ],
        },
        {
          heading: "7. Liability",
          paragraphs: [
            "You remain responsible for the advice you give your clients and for the accuracy of the data you enter. Courtier is not liable for indirect damage such as loss of profit or loss of clients. In any case, Courtier's liability is limited to the amounts the office paid to Courtier in the twelve months before the event giving rise to the claim, except in case of intent or gross negligence.",
          ],
        },
        {
          heading: "8. Term, changes and governing law",
          paragraphs: [
            "These terms apply for as long as the account exists. The administrator can have the office's account closed at any time. Courtier may suspend an account in case of a serious or repeated breach of these terms.",
            "Changes are announced at least 30 days in advance by email or on the platform. These terms are governed by Belgian law; disputes fall within the jurisdiction of the courts of Brussels.",
          ],
        },
      ],
    },
  },
};
