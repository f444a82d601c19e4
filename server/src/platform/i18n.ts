// Server messages in Dutch (first), English and French. Plain language (B1): a client may read them.
// The language of a request: the signed-in user's choice, else the browser's Accept-Language, else Dutch.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import i18next from "i18next";
import type { FastifyRequest } from "fastify";
import type { Locale } from "../db/types.ts";

export const locales: readonly Locale[] = ["nl", "en", "fr"];
export const defaultLocale: Locale = "nl";

type Catalog = { [key: string]: string | Catalog };

/** Adds `source` into `target`; a message defined twice is a mistake that must not pass silently. */
function mergeCatalog(target: Catalog, source: Catalog, file: string, prefix = ""): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === "string") {
      if (existing !== undefined) throw new Error(`Message "${prefix}${key}" is defined twice (again in ${file})`);
      target[key] = value;
    } else {
      if (typeof existing === "string")
        throw new Error(`Message "${prefix}${key}" is defined twice (again in ${file})`);
      const child: Catalog = existing ?? {};
      target[key] = child;
      mergeCatalog(child, value, file, `${prefix}${key}.`);
    }
  }
}

// The platform's messages (./locales), then each module's own (../modules/<area>/locales), so a module keeps its
// messages beside its code.
function loadCatalogs(): Record<Locale, Catalog> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const modules = path.join(here, "..", "modules");
  const folders = [
    path.join(here, "locales"),
    ...readdirSync(modules, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(modules, entry.name, "locales"))
      .sort(),
  ].filter((folder) => existsSync(folder));
  const catalogs = { nl: {}, en: {}, fr: {} } as Record<Locale, Catalog>;
  for (const folder of folders) {
    for (const locale of ["nl", "en", "fr"] as const) {
      const file = path.join(folder, `${locale}.json`);
      if (existsSync(file)) mergeCatalog(catalogs[locale], JSON.parse(readFileSync(file, "utf8")) as Catalog, file);
    }
  }
  return catalogs;
}

export const catalogs = loadCatalogs();

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  resources: { nl: { translation: catalogs.nl }, en: { translation: catalogs.en }, fr: { translation: catalogs.fr } },
  // Messages are JSON, not HTML; React escapes them on screen.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The first supported language in an Accept-Language header, honouring q-values ("fr-BE,fr;q=0.9,nl;q=0.8"). */
export function localeFromAcceptLanguage(header: string | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...rest] = part.trim().split(";");
      const q = rest.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { lang: tag.trim().toLowerCase().split("-")[0] ?? "", q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((r) => r.lang).find(isLocale) ?? null;
}

export function requestLocale(request: FastifyRequest): Locale {
  return request.actor?.locale ?? localeFromAcceptLanguage(request.headers["accept-language"]) ?? defaultLocale;
}

/** The message for a catalogue code; unknown codes fall back to the generic message, never to the raw code. */
export function translate(locale: Locale, code: string, params: Record<string, string | number> = {}): string {
  const key = i18n.exists(code, { lng: locale }) ? code : "unknown";
  return i18n.t(key, { lng: locale, ...params });
}
