/** Only paths inside the app: a "next" parameter must never send the user to another site. */
export function safeNext(next: string | null, fallback: string): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : fallback;
}
