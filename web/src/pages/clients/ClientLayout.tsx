// The client file's shell at /clienten/:clientId: who the file is about, the trajectory's status and companion, and
// the tabs, each a page of its own (the overview here; consent, situation, plan, appointments, notes, referrals and
// the timeline from their own modules). A partner worker sees only the tabs of what they may use under consent.
// Each tab page renders its own h1; they read the file with useClientFile(clientId) (cached here first).
import { Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useParams } from "react-router";
import { useClientFile, type ClientFile } from "../../api/clients.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";

/** The tabs in order; `partner`: shown to a partner worker too. */
export const clientTabs = [
  { path: "", key: "overview", partner: true },
  { path: "toestemming", key: "consent", partner: false },
  { path: "situatie", key: "situation", partner: true },
  { path: "plan", key: "plan", partner: true },
  { path: "afspraken", key: "appointments", partner: true },
  { path: "notities", key: "notes", partner: true },
  { path: "doorverwijzingen", key: "referrals", partner: true },
  { path: "tijdlijn", key: "timeline", partner: false },
] as const;

export function clientName(file: Pick<ClientFile, "givenName" | "familyName">): string {
  return [file.givenName, file.familyName].filter((s) => s.trim() !== "").join(" ");
}

/** The client id of the current /clienten/:clientId page. */
export function useClientId(): string {
  return useParams().clientId ?? "";
}

export function ClientLayout() {
  const { t } = useTranslation();
  const clientId = useClientId();
  const file = useClientFile(clientId);
  if (!file.data) {
    return (
      <Stack>
        <PageTitle>{t("clients.file.title")}</PageTitle>
        {file.isError ? <ErrorMessage error={file.error} onRetry={() => void file.refetch()} /> : <Loading />}
      </Stack>
    );
  }
  const data = file.data;
  const partner = data.access.via === "partner";
  const tabs = clientTabs.filter((tab) => !partner || tab.partner);
  const base = `/clienten/${encodeURIComponent(clientId)}`;
  return (
    <Stack gap="md">
      <Paper withBorder p="sm" aria-label={t("clients.file.banner")} component="section">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={700} style={{ overflowWrap: "anywhere" }}>
            {clientName(data)}
          </Text>
          {data.trajectory && (
            <Text size="sm">
              {t("clients.file.statusLine", {
                status: t(`clients.status.${data.trajectory.status}`),
                companion: data.trajectory.companion.name,
              })}
            </Text>
          )}
        </Group>
      </Paper>
      <nav aria-label={t("clients.tabs.label")}>
        <ul
          className="client-tabs"
          style={{ display: "flex", flexWrap: "wrap", gap: "4px 16px", listStyle: "none", padding: 0, margin: 0 }}
        >
          {tabs.map((tab) => (
            <li key={tab.key}>
              <NavLink
                to={tab.path === "" ? base : `${base}/${tab.path}`}
                end={tab.path === ""}
                style={({ isActive }) => ({
                  display: "inline-block",
                  padding: "6px 2px",
                  fontWeight: isActive ? 700 : 400,
                  borderBottom: isActive ? "3px solid currentColor" : "3px solid transparent",
                })}
              >
                {t(`clients.tabs.${tab.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </Stack>
  );
}
