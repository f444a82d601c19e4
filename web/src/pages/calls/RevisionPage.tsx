// One submitted revision of the applicant's candidacy, read-only: what the region received.
import { Anchor, Paper, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useRevision, useTaxonomy } from "../../api/calls.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { attachmentHref } from "../../api/attachments.ts";
import { AttachmentList } from "./AttachmentList.tsx";
import { ContentView, RevisionFacts } from "./ContentView.tsx";
import { usePersonaNames } from "./references.ts";

export function RevisionPage() {
  const { id = "", number = "" } = useParams();
  const { t } = useTranslation();
  const version = Number(number);
  const query = useRevision(id, version);
  const taxonomy = useTaxonomy();
  const personaNames = usePersonaNames();
  const back = (
    <Anchor component={Link} to={`/kandidaturen/${id}`} size="sm">
      {t("revision.back")}
    </Anchor>
  );

  if (!query.data) {
    return (
      <Stack>
        {back}
        <PageTitle>{t("revision.loadingTitle")}</PageTitle>
        {query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : <Loading />}
      </Stack>
    );
  }
  const r = query.data;
  return (
    <Stack gap="lg">
      {back}
      <PageTitle>{t("revision.title", { version: r.number })}</PageTitle>
      <Paper withBorder p="md">
        <Stack gap={4}>
          <RevisionFacts revision={r} />
        </Stack>
      </Paper>
      <ContentView content={r.content} personaNames={personaNames} taxonomy={taxonomy.data} />
      <AttachmentList attachments={r.attachments} hrefFor={attachmentHref.staff(id)} />
    </Stack>
  );
}
