// /clienten/:clientId/situatie: the situation scan of the client's current trajectory. The companion (or case
// director) records a new scan, reads the suggestions computed from the latest one, and follows the progress per
// life domain and on the participation ladder between scans; a partner under consent reads the scans of the life
// domains the consent covers. Works with the keyboard alone and on a 360 px phone.
import { Alert, Button, Stack, Text } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useClientFile } from "../../../api/clients.ts";
import { useScans, useSuggestions } from "../../../api/scans.ts";
import { focusSoon } from "../../../components/ErrorSummary.tsx";
import { PageTitle } from "../../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../../components/QueryState.tsx";
import { formatDate } from "../../../format/dates.ts";
import { useScanNames } from "./names.ts";
import { ProgressSection } from "./ProgressSection.tsx";
import { ScanForm } from "./ScanForm.tsx";
import { ScanHistory } from "./ScanHistory.tsx";
import { SuggestionsSection } from "./SuggestionsSection.tsx";

export function ScanPage() {
  const { t, i18n } = useTranslation();
  const clientId = useParams().clientId ?? "";
  const file = useClientFile(clientId);
  const trajectoryId = file.data?.trajectory?.id ?? null;
  const scans = useScans(trajectoryId);
  const staff = file.data !== undefined && file.data.access.via !== "partner";
  const suggestions = useSuggestions(trajectoryId, staff);
  const names = useScanNames();
  const [formOpen, setFormOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  const title = <PageTitle>{t("scans.page.title")}</PageTitle>;
  if (file.isError)
    return (
      <Stack>
        {title}
        <ErrorMessage error={file.error} onRetry={() => void file.refetch()} />
      </Stack>
    );
  if (!file.data)
    return (
      <Stack>
        {title}
        <Loading />
      </Stack>
    );
  if (trajectoryId === null) {
    return (
      <Stack>
        {title}
        <Text>{t("scans.page.noTrajectory")}</Text>
      </Stack>
    );
  }
  if (scans.isError)
    return (
      <Stack>
        {title}
        <ErrorMessage error={scans.error} onRetry={() => void scans.refetch()} />
      </Stack>
    );
  if (!scans.data || !names.ready)
    return (
      <Stack>
        {title}
        <Loading />
      </Stack>
    );
  const list = scans.data;

  return (
    <Stack gap="xl">
      <div>
        {title}
        <Text>{t("scans.page.intro")}</Text>
        {list.via === "partner" && (
          <Text size="sm" mt="xs">
            {t("scans.page.partnerNote")}
          </Text>
        )}
      </div>
      {saved && (
        <Alert color="teal" role="status" ref={savedRef} tabIndex={-1}>
          {t("scans.page.saved", { date: formatDate(saved, i18n.language) })}
        </Alert>
      )}
      {list.canRecord &&
        (formOpen ? (
          <Stack gap="xs">
            <ScanForm
              trajectoryId={trajectoryId}
              names={names}
              firstScan={list.scans.length === 0}
              onSaved={(date) => {
                setFormOpen(false);
                setSaved(date);
                focusSoon(() => savedRef.current);
              }}
            />
            <div>
              <Button
                variant="subtle"
                onClick={() => {
                  setFormOpen(false);
                  focusSoon(() => openRef.current);
                }}
              >
                {t("scans.form.cancel")}
              </Button>
            </div>
          </Stack>
        ) : (
          <div>
            <Button
              ref={openRef}
              onClick={() => {
                setSaved(null);
                setFormOpen(true);
                focusSoon(() => document.getElementById("scan-form-title"));
              }}
            >
              {t("scans.page.new")}
            </Button>
          </div>
        ))}
      {staff &&
        (suggestions.data ? (
          <SuggestionsSection data={suggestions.data} clientId={clientId} names={names} />
        ) : suggestions.isError ? (
          <ErrorMessage error={suggestions.error} onRetry={() => void suggestions.refetch()} />
        ) : (
          <Loading />
        ))}
      {list.scans.length === 0 ? (
        <Text>{t("scans.page.none")}</Text>
      ) : (
        <>
          <ProgressSection scans={list.scans} names={names} />
          <ScanHistory scans={list.scans} names={names} />
        </>
      )}
    </Stack>
  );
}
