// /clienten/:clientId/tijdlijn — everything that happened in the client's latest trajectory, newest first, with a
// filter by life domain and "show older" paging. The server sends only what the reader may see.
import { Button, NativeSelect, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useClientFile } from "../../../api/clients.ts";
import { useTimeline, type TimelineEntry } from "../../../api/worklist.ts";
import { PageTitle } from "../../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../../components/QueryState.tsx";
import { formatDate, formatInstant } from "../../../format/dates.ts";
import { clientName, useClientId } from "../ClientLayout.tsx";
import { useLifeDomainList } from "./life-domains.ts";

/** The entry as one sentence in the reader's language; codes through their translations. */
export function useDescribe() {
  const { t, i18n } = useTranslation();
  const code = (list: string, value: string | null) =>
    value === null ? "" : t(`trajectoryTimeline.code.${list}.${value}`, { defaultValue: value });
  return (e: TimelineEntry): string => {
    const partner = e.detail ?? t("trajectoryTimeline.wholePartnership");
    switch (e.kind) {
      case "trajectory_started":
        return t("trajectoryTimeline.kind.trajectory_started");
      case "status_changed":
        return t("trajectoryTimeline.kind.status_changed", {
          from: e.from ? t(`clients.status.${e.from}`, { defaultValue: e.from }) : "—",
          to: t(`clients.status.${e.to ?? ""}`, { defaultValue: e.to ?? "" }),
        });
      case "companion_changed":
        return t("trajectoryTimeline.kind.companion_changed", { to: e.to ?? "" });
      case "closed":
      case "follow_up":
        return t(`trajectoryTimeline.kind.${e.kind}`, { outcome: code("outcome", e.to) });
      case "consent_given":
      case "consent_revoked":
      case "consent_expired":
        return t(`trajectoryTimeline.kind.${e.kind}`, { partner });
      case "case_conference":
        return t("trajectoryTimeline.kind.case_conference", { frame: code("legalFrame", e.to) });
      case "scan":
        return t("trajectoryTimeline.kind.scan", { moment: code("moment", e.to) });
      case "action_created":
        return e.detail
          ? t("trajectoryTimeline.kind.action_created_due", { date: formatDate(e.detail, i18n.language, false) })
          : t("trajectoryTimeline.kind.action_created");
      case "referral":
        return t("trajectoryTimeline.kind.referral", { to: e.detail ?? "", state: code("referralState", e.to) });
      case "referral_feedback":
        return t("trajectoryTimeline.kind.referral_feedback", {
          from: e.detail ?? "",
          attendance: code("feedbackAttendance", e.from),
          progress: code("feedbackProgress", e.to),
        });
      case "appointment":
        return t("trajectoryTimeline.kind.appointment", { attendance: code("attendance", e.to) });
      case "note":
        return t("trajectoryTimeline.kind.note", { confidentiality: code("confidentiality", e.to) });
      default:
        return t(`trajectoryTimeline.kind.${e.kind}`);
    }
  };
}

function Entry({ entry, domainName }: { entry: TimelineEntry; domainName: (code: string) => string }) {
  const { t, i18n } = useTranslation();
  const describe = useDescribe();
  return (
    <Paper withBorder p="sm" component="li">
      <Stack gap={2}>
        <Text size="sm">
          <time dateTime={entry.at}>{formatInstant(entry.at, i18n.language)}</time>
          {entry.by ? ` · ${t("trajectoryTimeline.by", { name: entry.by })}` : ""}
        </Text>
        <Text fw={700}>{describe(entry)}</Text>
        {entry.text && <Text style={{ overflowWrap: "anywhere", whiteSpace: "pre-wrap" }}>{entry.text}</Text>}
        {entry.reason && (
          <Text size="sm">
            {t("trajectoryTimeline.reason", {
              reason: t(`trajectoryTimeline.code.reason.${entry.reason}`, { defaultValue: entry.reason }),
            })}
          </Text>
        )}
        {entry.kind === "scan" && entry.detail && (
          <Text size="sm">{t("trajectoryTimeline.ladder", { rung: entry.detail })}</Text>
        )}
        {entry.lifeDomains.length > 0 && (
          <Text size="sm">
            {t("trajectoryTimeline.lifeDomains", { domains: entry.lifeDomains.map(domainName).join(", ") })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

export function TimelinePage() {
  const { t } = useTranslation();
  const clientId = useClientId();
  const file = useClientFile(clientId);
  const [domain, setDomain] = useState<string | null>(null);
  const domains = useLifeDomainList();
  const trajectoryId = file.data?.trajectory?.id ?? null;
  const timeline = useTimeline(trajectoryId, domain);
  const title = t("trajectoryTimeline.title", { name: file.data ? clientName(file.data) : "" });

  if (!file.data) {
    return (
      <Stack>
        <PageTitle>{title}</PageTitle>
        {file.isError ? <ErrorMessage error={file.error} onRetry={() => void file.refetch()} /> : <Loading />}
      </Stack>
    );
  }
  if (trajectoryId === null) {
    return (
      <Stack>
        <PageTitle>{title}</PageTitle>
        <Text>{t("trajectoryTimeline.noTrajectory")}</Text>
      </Stack>
    );
  }
  const entries = timeline.data?.pages.flatMap((p) => p.entries) ?? [];
  return (
    <Stack gap="md">
      <div>
        <PageTitle>{title}</PageTitle>
        <Text>{t("trajectoryTimeline.intro")}</Text>
      </div>
      <NativeSelect
        label={t("trajectoryTimeline.filter")}
        value={domain ?? ""}
        onChange={(event) => setDomain(event.currentTarget.value || null)}
        data={[
          { value: "", label: t("trajectoryTimeline.allDomains") },
          ...domains.list.map((d) => ({ value: d.code, label: d.name })),
        ]}
        style={{ maxWidth: 360 }}
      />
      {timeline.isError ? (
        <ErrorMessage error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : !timeline.data ? (
        <Loading />
      ) : (
        <>
          <Text role="status">
            {domain
              ? t("trajectoryTimeline.countIn", { count: entries.length, domain: domains.name(domain) })
              : t("trajectoryTimeline.count", { count: entries.length })}
          </Text>
          <Stack component="ol" gap="xs" style={{ listStyle: "none", padding: 0, margin: 0 }} aria-label={title}>
            {entries.map((entry) => (
              <Entry key={entry.id} entry={entry} domainName={domains.name} />
            ))}
          </Stack>
          {timeline.hasNextPage && (
            <Button
              variant="outline"
              onClick={() => void timeline.fetchNextPage()}
              loading={timeline.isFetchingNextPage}
              style={{ alignSelf: "flex-start" }}
            >
              {t("trajectoryTimeline.older")}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
