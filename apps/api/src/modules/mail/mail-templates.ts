import type { Language } from "@courtier/contracts/errors";

export type RenderedMail = { language: Language; subject: string; text: string; html: string };

type Action = { label: string; url: string };
type Letter = { subject: string; greeting: string; paragraphs: string[]; action?: Action; closing: string[] };

export type MailTemplate =
  | { kind: "welcome"; firstName: string; officeName: string; verifyUrl: string }
  | { kind: "verify-new-email"; firstName: string; verifyUrl: string }
  | { kind: "verify-email"; firstName: string; verifyUrl: string }
  | { kind: "reset-password"; firstName: string; resetUrl: string }
  | { kind: "invitation"; firstName: string; officeName: string; inviterName: string; acceptUrl: string }
  | {
      kind: "access-decision";
      firstName: string;
      decision: "accepted" | "refused" | "revoked";
      productName: string;
      insurerName: string;
      producerNumber: string;
      groups: string;
      reason: string | null;
      productsUrl: string;
    }
  | { kind: "staff-invitation"; firstName: string; insurerName: string; setPasswordUrl: string }
  | {
      kind: "chat-transcript";
      /** "support" is the mail to the support address; "copy" the broker's copy. */
      audience: "support" | "copy";
      firstName: string;
      userName: string;
      userEmail: string;
      officeName: string;
      page: string;
      transcript: string[];
    }
  | {
      kind: "quote-decision";
      firstName: string;
      decision: "accepted" | "refused";
      reference: string;
      companyName: string;
      insurerName: string;
      message: string;
      quoteUrl: string;
    };

/** The button of both mails that confirm an address (the welcome mail and "send the link again"). */
const confirmAddress: Record<Language, string> = {
  nl: "E-mailadres bevestigen",
  fr: "Confirmer l'adresse e-mail",
  en: "Confirm email address",
};

const signature: Record<Language, string[]> = {
  nl: ["Met vriendelijke groeten,", "Het Courtier-team"],
  fr: ["Bien cordialement,", "L'équipe Courtier"],
  en: ["Kind regards,", "The Courtier team"],
};

function letter(template: MailTemplate, lang: Language): Letter {
  const hello = {
    nl: `Beste ${template.firstName},`,
    fr: `Bonjour ${template.firstName},`,
    en: `Dear ${template.firstName},`,
  }[lang];
  switch (template.kind) {
    case "welcome":
      return {
        subject: {
          nl: "Welkom bij Courtier: bevestig uw e-mailadres",
          fr: "Bienvenue sur Courtier : confirmez votre adresse e-mail",
          en: "Welcome to Courtier: confirm your email address",
        }[lang],
        greeting: hello,
        paragraphs: {
          nl: [
            `Uw kantoor ${template.officeName} is geregistreerd op Courtier en u bent er de beheerder van.`,
            "Bevestig uw e-mailadres met de knop hieronder. De link blijft 24 uur geldig.",
            "Daarna kunt u toegang vragen tot de producten van de verzekeraars en uw collega's uitnodigen.",
          ],
          fr: [
            `Votre bureau ${template.officeName} est enregistré sur Courtier et vous en êtes l'administrateur.`,
            "Confirmez votre adresse e-mail avec le bouton ci-dessous. Le lien reste valable 24 heures.",
            "Vous pourrez ensuite demander l'accès aux produits des assureurs et inviter vos collègues.",
          ],
          en: [
            `Your office ${template.officeName} is registered on Courtier and you are its administrator.`,
            "Please confirm your email address with the button below. The link stays valid for 24 hours.",
            "You can then request access to the insurers' products and invite your colleagues.",
          ],
        }[lang],
        action: { label: confirmAddress[lang], url: template.verifyUrl },
        closing: signature[lang],
      };
    case "verify-email":
      return {
        subject: {
          nl: "Bevestig uw e-mailadres",
          fr: "Confirmez votre adresse e-mail",
          en: "Confirm your email address",
        }[lang],
        greeting: hello,
        paragraphs: {
          nl: [
            "U vroeg een nieuwe link om het e-mailadres van uw Courtier-account te bevestigen. De link blijft 24 uur geldig; eerder verstuurde links blijven ook werken tot ze verlopen.",
            "Vroeg u dit niet? Dan mag u deze e-mail negeren.",
          ],
          fr: [
            "Vous avez demandé un nouveau lien pour confirmer l'adresse e-mail de votre compte Courtier. Le lien reste valable 24 heures ; les liens envoyés plus tôt fonctionnent aussi jusqu'à leur expiration.",
            "Vous n'avez rien demandé ? Vous pouvez ignorer cet e-mail.",
          ],
          en: [
            "You asked for a new link to confirm the email address of your Courtier account. The link stays valid for 24 hours; links sent earlier also keep working until they expire.",
            "Did you not ask for this? Then you can ignore this email.",
          ],
        }[lang],
        action: { label: confirmAddress[lang], url: template.verifyUrl },
        closing: signature[lang],
      };
    case "verify-new-email":
      return {
        subject: {
          nl: "Bevestig uw nieuwe e-mailadres",
          fr: "Confirmez votre nouvelle adresse e-mail",
          en: "Confirm your new email address",
        }[lang],
        greeting: hello,
        paragraphs: {
          nl: [
            "U vroeg om dit adres te gebruiken voor uw Courtier-account. Bevestig het met de knop hieronder; tot dan blijft uw oude adres actief.",
            "Vroeg u dit niet? Dan mag u deze e-mail negeren.",
          ],
          fr: [
            "Vous avez demandé à utiliser cette adresse pour votre compte Courtier. Confirmez-la avec le bouton ci-dessous ; d'ici là, votre ancienne adresse reste active.",
            "Vous n'avez rien demandé ? Ignorez simplement cet e-mail.",
          ],
          en: [
            "You asked to use this address for your Courtier account. Confirm it with the button below; until then your old address stays active.",
            "Did not ask for this? Then you can ignore this email.",
          ],
        }[lang],
        action: {
          label: {
            nl: "Nieuw adres bevestigen",
            fr: "Confirmer la nouvelle adresse",
            en: "Confirm new address",
          }[lang],
          url: template.verifyUrl,
        },
        closing: signature[lang],
      };
    case "invitation":
      return {
        subject: {
          nl: `Uitnodiging van ${template.officeName} op Courtier`,
          fr: `Invitation de ${template.officeName} sur Courtier`,
          en: `Invitation from ${template.officeName} on Courtier`,
        }[lang],
        greeting: hello,
        paragraphs: {
          nl: [
            `${template.inviterName} nodigt u uit om met het kantoor ${template.officeName} te werken op Courtier, het platform waar makelaars de producten van verzekeraars tariferen.`,
            "Kies met de knop hieronder uw paswoord; daarna bent u meteen aangemeld. De uitnodiging blijft 7 dagen geldig.",
          ],
          fr: [
            `${template.inviterName} vous invite à travailler avec le bureau ${template.officeName} sur Courtier, la plateforme où les courtiers tarifient les produits des assureurs.`,
            "Choisissez votre mot de passe avec le bouton ci-dessous ; vous serez ensuite connecté directement. L'invitation reste valable 7 jours.",
          ],
          en: [
            `${template.inviterName} invites you to work with the office ${template.officeName} on Courtier, the platform where brokers quote insurers' products.`,
            "Choose your password with the button below; you are then signed in at once. The invitation stays valid for 7 days.",
          ],
        }[lang],
        action: {
          label: { nl: "Uitnodiging aanvaarden", fr: "Accepter l'invitation", en: "Accept the invitation" }[
            lang
          ],
          url: template.acceptUrl,
        },
        closing: signature[lang],
      };
    case "access-decision": {
      const t = template;
      const subject = {
        accepted: {
          nl: `Toegang tot ${t.productName} aanvaard`,
          fr: `Accès à ${t.productName} accepté`,
          en: `Access to ${t.productName} accepted`,
        },
        refused: {
          nl: `Toegang tot ${t.productName} geweigerd`,
          fr: `Accès à ${t.productName} refusé`,
          en: `Access to ${t.productName} refused`,
        },
        revoked: {
          nl: `Toegang tot ${t.productName} ingetrokken`,
          fr: `Accès à ${t.productName} révoqué`,
          en: `Access to ${t.productName} revoked`,
        },
      }[t.decision][lang];
      const what = {
        nl: `uw aanvraag voor ${t.productName} met producentnummer ${t.producerNumber} (groepen: ${t.groups})`,
        fr: `votre demande pour ${t.productName} avec le numéro de producteur ${t.producerNumber} (groupes : ${t.groups})`,
        en: `your request for ${t.productName} with producer number ${t.producerNumber} (groups: ${t.groups})`,
      }[lang];
      const outcome = {
        accepted: {
          nl: `${t.insurerName} heeft ${what} aanvaard. U kunt de tarificatietool nu gebruiken in deze groepen.`,
          fr: `${t.insurerName} a accepté ${what}. Vous pouvez maintenant utiliser l'outil de tarification dans ces groupes.`,
          en: `${t.insurerName} accepted ${what}. You can now use the quoting tool in these groups.`,
        },
        refused: {
          nl: `${t.insurerName} heeft ${what} geweigerd.`,
          fr: `${t.insurerName} a refusé ${what}.`,
          en: `${t.insurerName} refused ${what}.`,
        },
        revoked: {
          nl: `${t.insurerName} heeft de toegang voor ${what} ingetrokken.`,
          fr: `${t.insurerName} a révoqué l'accès pour ${what}.`,
          en: `${t.insurerName} revoked the access for ${what}.`,
        },
      }[t.decision][lang];
      const reason = t.reason
        ? [{ nl: `Reden: ${t.reason}`, fr: `Motif : ${t.reason}`, en: `Reason: ${t.reason}` }[lang]]
        : [];
      return {
        subject,
        greeting: hello,
        paragraphs: [outcome, ...reason],
        action: {
          label: { nl: "Naar Producten", fr: "Vers Produits", en: "Go to Products" }[lang],
          url: t.productsUrl,
        },
        closing: signature[lang],
      };
    }
    case "staff-invitation":
      return {
        subject: {
          nl: `Uw toegang tot de back office van ${template.insurerName} op Courtier`,
          fr: `Votre accès au back-office de ${template.insurerName} sur Courtier`,
          en: `Your access to the ${template.insurerName} back office on Courtier`,
        }[lang],
        greeting: hello,
        paragraphs: {
          nl: [
            `U werd toegevoegd aan het acceptatieteam van ${template.insurerName} op Courtier. Kies met de knop hieronder uw paswoord. De link werkt één keer en blijft 24 uur geldig.`,
          ],
          fr: [
            `Vous avez été ajouté à l'équipe d'acceptation de ${template.insurerName} sur Courtier. Choisissez votre mot de passe avec le bouton ci-dessous. Le lien fonctionne une fois et reste valable 24 heures.`,
          ],
          en: [
            `You were added to the ${template.insurerName} acceptance team on Courtier. Choose your password with the button below. The link works once and stays valid for 24 hours.`,
          ],
        }[lang],
        action: {
          label: { nl: "Paswoord kiezen", fr: "Choisir le mot de passe", en: "Choose your password" }[lang],
          url: template.setPasswordUrl,
        },
        closing: signature[lang],
      };
    case "quote-decision": {
      const t = template;
      const accepted = t.decision === "accepted";
      const verdict = accepted
        ? { nl: "aanvaard", fr: "acceptée", en: "accepted" }[lang]
        : { nl: "geweigerd", fr: "refusée", en: "refused" }[lang];
      const note = t.message
        ? [
            {
              nl: `Bericht van ${t.insurerName}:`,
              fr: `Message de ${t.insurerName} :`,
              en: `Message from ${t.insurerName}:`,
            }[lang],
            t.message,
          ]
        : [];
      return {
        subject: {
          nl: `Offerte ${t.reference} ${verdict} door ${t.insurerName}`,
          fr: `Offre ${t.reference} ${verdict} par ${t.insurerName}`,
          en: `Offer ${t.reference} ${verdict} by ${t.insurerName}`,
        }[lang],
        greeting: hello,
        paragraphs: [
          {
            nl: `${t.insurerName} heeft uw ingediende offerte ${t.reference} voor ${t.companyName} ${verdict}.`,
            fr: `${t.insurerName} a ${verdict === "acceptée" ? "accepté" : "refusé"} votre offre soumise ${t.reference} pour ${t.companyName}.`,
            en: `${t.insurerName} has ${verdict} your submitted offer ${t.reference} for ${t.companyName}.`,
          }[lang],
          ...note,
        ],
        action: {
          label: { nl: "Tarificatie openen", fr: "Ouvrir la tarification", en: "Open the tarification" }[
            lang
          ],
          url: t.quoteUrl,
        },
        closing: signature[lang],
      };
    }
    case "chat-transcript": {
      const t = template;
      const who = `${t.userName} <${t.userEmail}> (${t.officeName})`;
      return {
        subject: {
          nl:
            t.audience === "support"
              ? `Chatvraag zonder antwoord van ${t.userName}`
              : "Uw chatgesprek met Courtier-support",
          fr:
            t.audience === "support"
              ? `Question chat sans réponse de ${t.userName}`
              : "Votre conversation avec le support Courtier",
          en:
            t.audience === "support"
              ? `Unanswered chat question from ${t.userName}`
              : "Your chat with Courtier support",
        }[lang],
        greeting:
          t.audience === "support"
            ? { nl: "Beste collega's,", fr: "Chers collègues,", en: "Dear colleagues," }[lang]
            : hello,
        paragraphs: [
          t.audience === "support"
            ? {
                nl: `${who} kreeg geen antwoord in de chat en stuurt het gesprek per e-mail. Antwoord rechtstreeks op ${t.userEmail}. Pagina: ${t.page || "-"}.`,
                fr: `${who} n'a pas reçu de réponse dans le chat et envoie la conversation par e-mail. Répondez directement à ${t.userEmail}. Page : ${t.page || "-"}.`,
                en: `${who} got no answer in the chat and sends the conversation by email. Reply directly to ${t.userEmail}. Page: ${t.page || "-"}.`,
              }[lang]
            : {
                nl: "Hieronder vindt u een kopie van uw chatgesprek. Ons supportteam antwoordt u per e-mail.",
                fr: "Voici une copie de votre conversation. Notre équipe support vous répondra par e-mail.",
                en: "Below is a copy of your chat. Our support team will answer you by email.",
              }[lang],
          ...t.transcript,
        ],
        closing: signature[lang],
      };
    }
    case "reset-password":
      return {
        subject: {
          nl: "Een nieuw paswoord instellen",
          fr: "Définir un nouveau mot de passe",
          en: "Set a new password",
        }[lang],
        greeting: hello,
        paragraphs: {
          nl: [
            "Iemand vroeg een nieuw paswoord aan voor uw Courtier-account. Met de knop hieronder kiest u er een. De link werkt één keer en blijft 1 uur geldig.",
            "Vroeg u dit niet? Dan blijft uw paswoord ongewijzigd en mag u deze e-mail negeren.",
          ],
          fr: [
            "Quelqu'un a demandé un nouveau mot de passe pour votre compte Courtier. Le bouton ci-dessous vous permet d'en choisir un. Le lien fonctionne une seule fois et reste valable 1 heure.",
            "Vous n'avez rien demandé ? Votre mot de passe reste inchangé ; ignorez simplement cet e-mail.",
          ],
          en: [
            "Someone asked for a new password for your Courtier account. Use the button below to choose one. The link works once and stays valid for 1 hour.",
            "Did not ask for this? Your password stays unchanged and you can ignore this email.",
          ],
        }[lang],
        action: {
          label: {
            nl: "Nieuw paswoord kiezen",
            fr: "Choisir un nouveau mot de passe",
            en: "Choose a new password",
          }[lang],
          url: template.resetUrl,
        },
        closing: signature[lang],
      };
  }
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/** One plain-text and one HTML part, both from the same letter. */
export function renderMail(template: MailTemplate, language: Language): RenderedMail {
  const l = letter(template, language);
  const text = [
    l.greeting,
    "",
    ...l.paragraphs.flatMap((p) => [p, ""]),
    ...(l.action ? [`${l.action.label}: ${l.action.url}`, ""] : []),
    ...l.closing,
  ].join("\n");
  const html = `<!doctype html><html lang="${language}"><body style="margin:0;background:#f4f6fa;font-family:Arial,Helvetica,sans-serif;color:#1d2433">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;padding:32px">
<tr><td style="font-size:20px;font-weight:bold;color:#1c4e9c;padding-bottom:16px">Courtier</td></tr>
<tr><td style="font-size:15px;line-height:1.5"><p>${escapeHtml(l.greeting)}</p>
${l.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
${
  l.action
    ? `<p style="padding:8px 0"><a href="${escapeHtml(l.action.url)}" style="background:#1c4e9c;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(l.action.label)}</a></p>
<p style="font-size:12px;color:#5b6478">${escapeHtml(l.action.url)}</p>`
    : ""
}
<p>${l.closing.map(escapeHtml).join("<br>")}</p></td></tr></table></td></tr></table></body></html>`;
  return { language, subject: l.subject, text, html };
}
