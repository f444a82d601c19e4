// Focus management on route changes: the first page title rendered after an in-app navigation takes the focus
// (see PageTitle). The first page of a visit keeps the browser's default focus; in-page links (#timing) do not
// count as navigation because only the path and query are compared.
let focusedPage: string | null = null;
let navigatedAt = 0;
let announcer: ((text: string) => void) | null = null;

/** "recent": the same page shortly after a navigation, when a loading title may have given way to the real one. */
export function claimFocus(page: string): "initial" | "new-page" | "same-page" | "recent" {
  if (focusedPage === null) {
    focusedPage = page;
    return "initial";
  }
  if (focusedPage === page) return Date.now() - navigatedAt < 5000 ? "recent" : "same-page";
  focusedPage = page;
  navigatedAt = Date.now();
  return "new-page";
}
export function setAnnouncer(fn: ((text: string) => void) | null): void {
  announcer = fn;
}
export function announce(text: string): void {
  announcer?.(text);
}
