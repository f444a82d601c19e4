// /clienten/:clientId/toestemming — the client's consents with their state, recording a new one, revoking one, the
// client's summary in nl/en/fr with its PDF, and the case conferences on the trajectory. For the client's companion
// and the region's case director (a partner worker never sees this tab; the server answers 403 anyway).
import { Divider, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useClientFile } from "../../../api/clients.ts";
import { useConsents } from "../../../api/consents.ts";
import { PageTitle } from "../../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../../components/QueryState.tsx";
import { clientName, useClientId } from "../ClientLayout.tsx";
import { CaseConferences } from "./CaseConferences.tsx";
import { ConsentForm } from "./ConsentForm.tsx";
import { ConsentList } from "./ConsentList.tsx";
import { SummarySection } from "./SummarySection.tsx";

export function ConsentPage() {
  const { t } = useTranslation();
  const clientId = useClientId();
  const file = useClientFile(clientId);
  const consents = useConsents(clientId);
  const [message, setMessage] = useState("");
  const name = file.data ? clientName(file.data) : "";
  const title = t("consents.page.title", { name });
  if (!consents.data || !file.data) {
    return (
      <Stack>
        <PageTitle>{title}</PageTitle>
        {consents.isError || file.isError ? (
          <ErrorMessage error={consents.error ?? file.error} onRetry={() => void consents.refetch()} />
        ) : (
          <Loading />
        )}
      </Stack>
    );
  }
  const list = consents.data;
  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{title}</PageTitle>
        <Text>{t("consents.page.intro")}</Text>
      </div>
      <Text role="status" fw={600}>
        {message}
      </Text>
      <ConsentList clientId={clientId} consents={list.consents} region={list.region.name} onRevoked={setMessage} />
      <Divider />
      <ConsentForm clientId={clientId} list={list} onSaved={setMessage} />
      <Divider />
      <SummarySection clientId={clientId} />
      <Divider />
      <CaseConferences trajectoryId={file.data.trajectory?.id ?? null} consents={list} />
    </Stack>
  );
}
