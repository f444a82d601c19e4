// Dates and times as Belgians write them, always in Europe/Brussels ("vrijdag 9 juni 2023 om 23.59 uur"): the
// server's domain/belgian-format.ts, so screens, letters and mails say the same.
import {
  formatDate as formatLocalDate,
  formatInstant as formatInstantIn,
  formatNumber as formatNumberIn,
  type Locale,
} from "../../../server/src/domain/belgian-format.ts";
import { utcToLocal } from "../../../server/src/domain/milestones.ts";

export function toLocale(language: string): Locale {
  return language === "en" || language === "fr" ? language : "nl";
}

/** A UTC instant (ISO 8601) as a day and time in Brussels. */
export function formatInstant(iso: string, language: string): string {
  return formatInstantIn(iso, toLocale(language));
}

/** A calendar day: a local date "2023-06-09" or a UTC instant, shown as its day in Brussels. */
export function formatDate(value: string, language: string, withWeekday = true): string {
  const localDate = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : utcToLocal(value).date;
  const text = formatLocalDate(localDate, toLocale(language));
  // "vrijdag 9 juni 2023" → "9 juni 2023" where the weekday only adds noise (lists, tables).
  return withWeekday ? text : text.replace(/^\S+,?\s/, "");
}

/** A short moment for tables: "9/06/2023 23.59". */
export function formatShort(iso: string, language: string): string {
  const local = utcToLocal(iso);
  const [y, m, d] = local.date.split("-");
  const time = language === "nl" ? local.time.replace(":", ".") : local.time;
  return `${Number(d)}/${m}/${y} ${time}`;
}

/** A number the Belgian way (1.234,5). */
export function formatNumber(value: number, language: string): string {
  return formatNumberIn(value, toLocale(language), { maximumFractionDigits: 1 });
}
