// The client file's overview (/clienten/:clientId): identity, contact languages, household and residence, the ESF+
// entry data, and the trajectory with its status, companion, closure and follow-up. Staff change them here
// (ClientEditForm, TrajectorySection); a partner worker reads only what the client's consent shares.
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useClientFile, type ClientFile } from "../../api/clients.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { focusSoon } from "../../components/ErrorSummary.tsx";
import { formatDate } from "../../format/dates.ts";
import { languageName } from "../calls/CandidacyFields.tsx";
import { ClientEditForm } from "./ClientEditForm.tsx";
import { clientName, useClientId } from "./ClientLayout.tsx";
import { TrajectorySection } from "./TrajectorySection.tsx";

export function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="content-item">
      <dt>{label}</dt>
      <dd style={{ overflowWrap: "anywhere" }}>{children}</dd>
    </div>
  );
}

const esfKeys = [
  "labourStatus",
  "ageBand",
  "educationLevel",
  "disability",
  "migrationBackground",
  "homelessness",
  "rural",
] as const;

export function ClientOverviewPage() {
  const { t } = useTranslation();
  const file = useClientFile(useClientId());
  if (!file.data) return null;
  const data = file.data;
  return (
    <Stack gap="lg">
      <PageTitle>{t("clients.overview.title", { name: clientName(data) })}</PageTitle>
      {data.access.via === "partner" && <Alert color="blue">{t("clients.overview.partnerNote")}</Alert>}
      <FileFacts file={data} />
      <TrajectorySection file={data} />
    </Stack>
  );
}

function FileFacts({ file }: { file: ClientFile }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState("");
  const editRef = useRef<HTMLButtonElement>(null);
  const notGiven = t("clients.overview.notGiven");
  const residence =
    file.residence === "municipality" && file.municipality
      ? file.municipality.name
      : t(`clients.residence.${file.residence}`);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="client-facts">
      <Stack gap="md">
        <Title order={2} id="client-facts" size="h3">
          {t("clients.overview.identity")}
        </Title>
        {file.outreachPersonId && <Text size="sm">{t("clients.overview.fromOutreach")}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <dl className="content-list">
            <Fact label={t("clients.overview.givenName")}>{file.givenName}</Fact>
            <Fact label={t("clients.overview.familyName")}>{file.familyName || notGiven}</Fact>
            <Fact label={t("clients.overview.birthDate")}>
              {file.birthDate ? formatDate(file.birthDate, i18n.language, false) : notGiven}
            </Fact>
            <Fact label={t("clients.overview.gender")}>{t(`clients.gender.${file.gender}`)}</Fact>
            <Fact label={t("clients.overview.phone")}>{file.phone || notGiven}</Fact>
            <Fact label={t("clients.overview.email")}>{file.email || notGiven}</Fact>
          </dl>
          <dl className="content-list">
            <Fact label={t("clients.overview.contactLanguages")}>
              {file.contactLanguages.map((code) => languageName(code, i18n.language)).join(", ")}
            </Fact>
            <Fact label={t("clients.overview.interpreter")}>
              {file.interpreterNeeded ? t("clients.overview.yes") : t("clients.overview.no")}
            </Fact>
            <Fact label={t("clients.overview.household")}>{t(`clients.household.${file.household}`)}</Fact>
            <Fact label={t("clients.overview.children")}>
              {file.childrenCount === null ? notGiven : String(file.childrenCount)}
            </Fact>
            <Fact label={t("clients.overview.careDuties")}>
              {file.careDuties.length === 0
                ? t("clients.overview.none")
                : file.careDuties.map((c) => t(`clients.careDuty.${c}`)).join(", ")}
            </Fact>
            <Fact label={t("clients.overview.residence")}>{residence}</Fact>
          </dl>
        </SimpleGrid>
        {file.esf && (
          <div>
            <Title order={3} size="h4">
              {t("clients.overview.esfTitle")}
            </Title>
            <Text size="sm" mb="xs">
              {t("clients.overview.esfIntro")}
            </Text>
            <dl className="content-list">
              {esfKeys.map((key) => (
                <Fact key={key} label={t(`clients.field.esf.${key}`)}>
                  {t(`clients.esf.${key}.${file.esf?.[key] ?? "unknown"}`)}
                </Fact>
              ))}
            </dl>
          </div>
        )}
        <Text role="status" fw={600}>
          {message}
        </Text>
        {file.access.canWrite &&
          (editing ? (
            <ClientEditForm
              file={file}
              onDone={(saved) => {
                setEditing(false);
                if (saved) setMessage(t("clients.overview.saved"));
                focusSoon(() => editRef.current);
              }}
            />
          ) : (
            <Group>
              <Button
                ref={editRef}
                variant="outline"
                onClick={() => {
                  setMessage("");
                  setEditing(true);
                }}
              >
                {t("clients.overview.edit")}
              </Button>
            </Group>
          ))}
      </Stack>
    </Paper>
  );
}
