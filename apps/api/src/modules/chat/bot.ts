import type { Language } from "@courtier/contracts/errors";

/** What the help bot says, in the broker's language. */
export const botTexts = {
  found: {
    nl: "Deze artikels kunnen u misschien helpen. Heeft dit uw vraag beantwoord?",
    fr: "Ces articles peuvent peut-être vous aider. Cela répond-il à votre question ?",
    en: "These articles may help. Did this answer your question?",
  },
  notFound: {
    nl: "Ik vond geen artikel over uw vraag. Wilt u ze stellen aan iemand van ons supportteam?",
    fr: "Je n'ai pas trouvé d'article sur votre question. Voulez-vous la poser à quelqu'un de notre équipe support ?",
    en: "I found no article about your question. Would you like to ask someone from our support team?",
  },
  handedOver: {
    nl: "Ik geef uw gesprek door aan ons supportteam. U ziet hun antwoord hier verschijnen, ook als u intussen verder werkt.",
    fr: "Je transmets votre conversation à notre équipe support. Leur réponse apparaîtra ici, même si vous continuez à travailler.",
    en: "I am handing your conversation to our support team. Their answer will appear here, even while you keep working.",
  },
  resolved: {
    nl: "Fijn dat het opgelost is! U kunt altijd een nieuwe vraag stellen.",
    fr: "Parfait, c'est résolu ! Vous pouvez toujours poser une nouvelle question.",
    en: "Glad it is solved! You can always ask a new question.",
  },
  mailed: {
    nl: "Uw gesprek werd per e-mail naar ons supportteam gestuurd. U ontving een kopie; we antwoorden per e-mail.",
    fr: "Votre conversation a été envoyée par e-mail à notre équipe support. Vous en avez reçu une copie ; nous répondrons par e-mail.",
    en: "Your conversation was mailed to our support team. You received a copy; we will answer by email.",
  },
  closedBySupport: {
    nl: "Ons supportteam heeft dit gesprek afgesloten. Nog een vraag? Stel ze hieronder.",
    fr: "Notre équipe support a clôturé cette conversation. Une autre question ? Posez-la ci-dessous.",
    en: "Our support team closed this conversation. Another question? Ask it below.",
  },
} satisfies Record<string, Record<Language, string>>;
