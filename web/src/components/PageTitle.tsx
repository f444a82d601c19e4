// The page's one h1. It sets the document title and, after a navigation inside the app, takes the focus and is
// announced, so keyboard and screen-reader users land at the start of the new page.
import { Title } from "@mantine/core";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { announce, claimFocus } from "./route-focus.ts";

export function PageTitle({
  children,
  documentTitle,
  ignoreQuery = false,
}: {
  children: React.ReactNode;
  documentTitle?: string;
  /** The query holds the page's own state (a selection), not another page: changing it must not move the focus. */
  ignoreQuery?: boolean;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const text = documentTitle ?? (typeof children === "string" ? children : "");

  useEffect(() => {
    document.title = text ? t("app.documentTitle", { page: text }) : t("app.name");
  }, [text, t]);

  const location = useLocation();
  const page = ignoreQuery ? location.pathname : location.pathname + location.search;

  useEffect(() => {
    const claim = claimFocus(page);
    if (claim === "new-page") {
      if (!location.hash) window.scrollTo(0, 0);
      ref.current?.focus();
      announce(text);
    } else if (claim === "recent" && (document.activeElement === document.body || document.activeElement === null)) {
      // The page swapped its loading title for the real one: the focus that the old h1 held goes to the new h1.
      ref.current?.focus();
    }
  });

  return (
    <Title order={1} ref={ref} tabIndex={-1} mb="md" style={{ overflowWrap: "anywhere" }}>
      {children}
    </Title>
  );
}
