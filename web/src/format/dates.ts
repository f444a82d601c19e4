// Dates and times as Belgians write them, always in Europe/Brussels ("vrijdag 9 juni 2023 om 23.59 uur"): the
// server's domain/belgian-format.ts, so screens, letters and mails say the same.
import {
  formatDate as formatLocalDate,
  formatInstant as formatInstantIn,
  formatNumber as formatNumberIn,
  formatTime as formatTimeIn,
  type Locale,
} from "../../../server/src/domain/belgian-format.ts";
import { isValidLocalDate, localToUtc, utcToLocal } from "../../../server/src/domain/milestones.ts";

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

/** Whether the instant falls on today's date in Brussels. */
export function isToday(iso: string, now: Date = new Date()): boolean {
  return utcToLocal(iso).date === utcToLocal(now.toISOString()).date;
}

/** The time of day in Brussels: "14.32 uur". */
export function formatClock(iso: string, language: string): string {
  return formatTimeIn(utcToLocal(iso).time, toLocale(language));
}

/** A day as Belgians type it ("1/6/2023", "01.06.2023", "1-6-2023") → "2023-06-01"; null when it is no date. */
export function parseBelgianDate(text: string): string | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) return null;
  const date = `${match[3]}-${match[2]!.padStart(2, "0")}-${match[1]!.padStart(2, "0")}`;
  return isValidLocalDate(date) ? date : null;
}

/** A time of day as typed ("22.15", "22:15", "22u15", "9.05") → "22:15"; null when it is no time. */
export function parseBelgianTime(text: string): string | null {
  const match = /^(\d{1,2})\s*[.:uh]\s*(\d{2})$/i.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, "0")}:${match[2]}`;
}

/** A day and time typed as Brussels wall-clock time ("1/6/2023", "22.15") as a UTC instant for the API. */
export function brusselsToUtc(dateText: string, timeText: string): string | null {
  const date = parseBelgianDate(dateText);
  const time = parseBelgianTime(timeText);
  if (date === null || time === null) return null;
  try {
    return localToUtc(date, time);
  } catch {
    return null;
  }
}
