// UI translations. Dutch (nl-BE) is the default and the fallback; the choice is remembered in localStorage and,
// when signed in, on the account (PATCH /api/me). <html lang> always follows the UI language.
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import nl from "./nl.json" with { type: "json" };
import en from "./en.json" with { type: "json" };
import fr from "./fr.json" with { type: "json" };
import juryNl from "./jury.nl.json" with { type: "json" };
import juryEn from "./jury.en.json" with { type: "json" };
import juryFr from "./jury.fr.json" with { type: "json" };
import decisionsNl from "./decisions.nl.json" with { type: "json" };
import decisionsEn from "./decisions.en.json" with { type: "json" };
import decisionsFr from "./decisions.fr.json" with { type: "json" };
import pitchesNl from "./pitches.nl.json" with { type: "json" };
import pitchesEn from "./pitches.en.json" with { type: "json" };
import pitchesFr from "./pitches.fr.json" with { type: "json" };
import attachmentsNl from "./attachments.nl.json" with { type: "json" };
import attachmentsEn from "./attachments.en.json" with { type: "json" };
import attachmentsFr from "./attachments.fr.json" with { type: "json" };
import openingNl from "./opening.nl.json" with { type: "json" };
import openingEn from "./opening.en.json" with { type: "json" };
import openingFr from "./opening.fr.json" with { type: "json" };
import partnershipsNl from "./partnerships.nl.json" with { type: "json" };
import partnershipsEn from "./partnerships.en.json" with { type: "json" };
import partnershipsFr from "./partnerships.fr.json" with { type: "json" };
import scansNl from "./scans.nl.json" with { type: "json" };
import scansEn from "./scans.en.json" with { type: "json" };
import scansFr from "./scans.fr.json" with { type: "json" };
import plansNl from "./plans.nl.json" with { type: "json" };
import plansEn from "./plans.en.json" with { type: "json" };
import plansFr from "./plans.fr.json" with { type: "json" };
import consentsNl from "./consents.nl.json" with { type: "json" };
import consentsEn from "./consents.en.json" with { type: "json" };
import consentsFr from "./consents.fr.json" with { type: "json" };
import clientsNl from "./clients.nl.json" with { type: "json" };
import clientsEn from "./clients.en.json" with { type: "json" };
import clientsFr from "./clients.fr.json" with { type: "json" };
import signalsNl from "./signals.nl.json" with { type: "json" };
import signalsEn from "./signals.en.json" with { type: "json" };
import signalsFr from "./signals.fr.json" with { type: "json" };
import referralsNl from "./referrals.nl.json" with { type: "json" };
import referralsEn from "./referrals.en.json" with { type: "json" };
import referralsFr from "./referrals.fr.json" with { type: "json" };

export const languages = [
  { code: "nl", name: "Nederlands" },
  { code: "en", name: "English" },
  { code: "fr", name: "Français" },
] as const;
export type Language = (typeof languages)[number]["code"];
const storageKey = "brug.language";

export function isLanguage(value: unknown): value is Language {
  return languages.some((l) => l.code === value);
}

function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(storageKey);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be blocked; Dutch it is.
  }
  return "nl";
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Not remembered across visits; the choice still holds for this page.
  }
}

export function hasRememberedLanguage(): boolean {
  try {
    return isLanguage(localStorage.getItem(storageKey));
  } catch {
    return false;
  }
}

void i18n.use(initReactI18next).init({
  resources: {
    nl: {
      translation: {
        ...nl,
        ...juryNl,
        ...decisionsNl,
        ...pitchesNl,
        ...attachmentsNl,
        ...openingNl,
        ...partnershipsNl,
        ...scansNl,
        ...plansNl,
        ...consentsNl,
        ...clientsNl,
        ...signalsNl,
        ...referralsNl,
      },
    },
    en: {
      translation: {
        ...en,
        ...juryEn,
        ...decisionsEn,
        ...pitchesEn,
        ...attachmentsEn,
        ...openingEn,
        ...partnershipsEn,
        ...scansEn,
        ...plansEn,
        ...consentsEn,
        ...clientsEn,
        ...signalsEn,
        ...referralsEn,
      },
    },
    fr: {
      translation: {
        ...fr,
        ...juryFr,
        ...decisionsFr,
        ...pitchesFr,
        ...attachmentsFr,
        ...openingFr,
        ...partnershipsFr,
        ...scansFr,
        ...plansFr,
        ...consentsFr,
        ...clientsFr,
        ...signalsFr,
        ...referralsFr,
      },
    },
  },
  lng: initialLanguage(),
  fallbackLng: "nl",
  supportedLngs: languages.map((l) => l.code),
  interpolation: { escapeValue: false },
  returnNull: false,
});

document.documentElement.lang = i18n.language;
i18n.on("languageChanged", (lng) => {
  document.documentElement.lang = lng;
});

export default i18n;
