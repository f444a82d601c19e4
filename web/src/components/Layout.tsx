import { Box, Container, Group, Text, VisuallyHidden } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { useLogout, useSession } from "../api/queries.ts";
import { hasRememberedLanguage, isLanguage, rememberLanguage } from "../i18n/index.ts";
import { LanguageSwitcher } from "./LanguageSwitcher.tsx";
import { setAnnouncer } from "./route-focus.ts";

export function Layout() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const logout = useLogout();
  const [announcement, setAnnouncement] = useState("");
  const user = session.data?.user ?? null;
  const abilities = session.data?.abilities ?? [];
  const manages = ["addendum:edit", "call:manage", "admin:manage"].some((a) => abilities.includes(a));

  useEffect(() => {
    setAnnouncer((text) => setAnnouncement(text ? t("app.navigated", { page: text }) : ""));
    return () => setAnnouncer(null);
  }, [t]);

  // A signed-in user who never chose a language on this device gets the one stored on their account.
  useEffect(() => {
    if (user && isLanguage(user.locale) && !hasRememberedLanguage() && user.locale !== i18n.language) {
      rememberLanguage(user.locale);
      void i18n.changeLanguage(user.locale);
    }
  }, [user, i18n]);

  const signOut = () => {
    logout.mutate(undefined, { onSettled: () => void navigate("/") });
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="site-header">
        <Container size="lg" py="sm">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Link to="/" className="brand">
              {t("app.name")}
              <VisuallyHidden> — {t("app.home")}</VisuallyHidden>
            </Link>
            <LanguageSwitcher />
          </Group>
          <nav aria-label={t("nav.label")}>
            <ul className="nav-list" style={{ marginTop: 8 }}>
              <li>
                <Link
                  to="/addenda"
                  aria-current={
                    location.pathname === "/" || location.pathname.startsWith("/addenda") ? "page" : undefined
                  }
                >
                  {t("nav.regions")}
                </Link>
              </li>
              <li>
                <NavLink to="/oproepen">{t("nav.calls")}</NavLink>
              </li>
              <li>
                <NavLink to="/personas">{t("nav.personas")}</NavLink>
              </li>
              <li>
                <NavLink to="/drempels">{t("nav.barriers")}</NavLink>
              </li>
              {user ? (
                <>
                  {abilities.includes("worklist:read") && (
                    <li>
                      <NavLink to="/werk">{t("worklist.nav")}</NavLink>
                    </li>
                  )}
                  {abilities.includes("client:work") && (
                    <li>
                      <NavLink to="/clienten">{t("clients.nav")}</NavLink>
                    </li>
                  )}
                  {abilities.includes("outreach:record") && (
                    <li>
                      <NavLink to="/outreach">{t("outreach.nav")}</NavLink>
                    </li>
                  )}
                  {abilities.includes("signal:raise") && (
                    <li>
                      <NavLink to="/signalen">{t("signals.nav")}</NavLink>
                    </li>
                  )}
                  {abilities.includes("candidacy:apply") && (
                    <li>
                      <NavLink to="/kandidaturen">{t("nav.candidacies")}</NavLink>
                    </li>
                  )}
                  {abilities.includes("outbox:read") && (
                    <li>
                      <NavLink to="/berichten">{t("nav.outbox")}</NavLink>
                    </li>
                  )}
                  {abilities.includes("jury:review") && (
                    <li>
                      <NavLink to="/jury">{t("jury.nav")}</NavLink>
                    </li>
                  )}
                  {abilities.includes("referral:respond") && (
                    <li>
                      <NavLink to="/doorverwijzingen">{t("referrals.nav")}</NavLink>
                    </li>
                  )}
                  {manages && (
                    <li>
                      <NavLink to="/beheer">{t("nav.admin")}</NavLink>
                    </li>
                  )}
                  <li>
                    <button type="button" onClick={signOut} disabled={logout.isPending}>
                      {t("nav.signOut")}
                    </button>
                  </li>
                </>
              ) : (
                <>
                  <li>
                    <NavLink to="/registreren">{t("nav.register")}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/aanmelden">{t("nav.signIn")}</NavLink>
                  </li>
                </>
              )}
            </ul>
          </nav>
        </Container>
      </header>
      <Box component="main" id="main" tabIndex={-1} py="lg" style={{ minHeight: "70vh" }}>
        <Container size="lg">
          <Outlet />
        </Container>
        <div
          aria-live="polite"
          aria-atomic="true"
          style={{ position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)" }}
        >
          {announcement}
        </div>
      </Box>
      <footer className="site-footer">
        <Container size="lg" py="md">
          <Text size="sm">{t("footer.about")}</Text>
          {user && (
            <Text size="sm" mt={4}>
              {t("footer.signedInAs", { name: user.displayName })}
            </Text>
          )}
        </Container>
      </footer>
    </>
  );
}
