// A candidacy for a jury member: first the declaration of a conflict of interest; then, when the server allows, the
// latest submitted revision (read-only), the review form and the jury's scores as far as the call shows them.
import { Alert, Anchor, Stack, Text, Title } from "@mantine/core";
import { useQueries } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useTaxonomy } from "../../api/calls.ts";
import { ApiError, get } from "../../api/client.ts";
import { useJuryCalls, useJuryCandidacy } from "../../api/jury.ts";
import type { JuryCandidacyList } from "../../api/types.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { formatInstant } from "../../format/dates.ts";
import { attachmentHref } from "../../api/attachments.ts";
import { AttachmentList } from "../calls/AttachmentList.tsx";
import { ContentView } from "../calls/ContentView.tsx";
import { usePersonaNames } from "../calls/references.ts";
import { DeclarationForm } from "./DeclarationForm.tsx";
import { OthersScoresView } from "./OthersScoresView.tsx";
import { ReviewForm } from "./ReviewForm.tsx";

/** The candidacy's line in the member's lists (organisation, declaration, call), found across their calls. */
function useCandidacySummary(candidacyId: string) {
  const calls = useJuryCalls();
  const lists = useQueries({
    queries: (calls.data?.calls ?? []).map((call) => ({
      queryKey: ["jury", "calls", call.id],
      queryFn: () => get<JuryCandidacyList>(`/api/jury/calls/${encodeURIComponent(call.id)}/candidacies`),
      staleTime: 0,
    })),
  });
  for (const list of lists) {
    const found = list.data?.candidacies.find((c) => c.id === candidacyId);
    if (found && list.data) return { summary: found, call: list.data.call, loading: false, error: null };
  }
  const error = calls.error ?? lists.find((l) => l.isError)?.error ?? null;
  return { summary: null, call: null, loading: calls.isPending || lists.some((l) => l.isPending), error };
}

export function JuryCandidacyPage() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation();
  const found = useCandidacySummary(id);
  const query = useJuryCandidacy(id);
  const taxonomy = useTaxonomy();
  const personaNames = usePersonaNames();
  const back = (
    <Anchor component={Link} to={found.call ? `/jury/oproepen/${found.call.id}` : "/jury"} size="sm">
      {t("jury.candidacy.back")}
    </Anchor>
  );

  if (!found.summary) {
    return (
      <Stack>
        {back}
        <PageTitle>{t("jury.candidacy.loadingTitle")}</PageTitle>
        {found.loading ? (
          <Loading />
        ) : (
          <ErrorMessage error={found.error ?? new ApiError(404, "not_found", t("jury.candidacy.notFound"))} />
        )}
      </Stack>
    );
  }
  const { summary } = found;
  const declaration = summary.declaration;
  const refusal = query.error instanceof ApiError ? query.error : null;

  return (
    <Stack gap="xl">
      {back}
      <div>
        <Text fw={600} size="sm" c="dimmed">
          {t("calls.region", { name: found.call?.region.name ?? "" })}
        </Text>
        <PageTitle>{t("jury.candidacy.title", { organisation: summary.organisation.name })}</PageTitle>
      </div>

      {refusal?.code === "jury.declare_first" && (
        <Alert color="blue" title={t("jury.declaration.declareFirstTitle")}>
          {refusal.message}
        </Alert>
      )}
      {refusal?.code === "jury.conflict_pending" && (
        <Alert color="orange" title={t("jury.declaration.pendingTitle")}>
          {refusal.message}
        </Alert>
      )}
      {declaration?.status === "conflict" && (
        <Alert color="orange" title={t("jury.declaration.conflictTitle")}>
          {t("jury.declaration.conflictText")}
        </Alert>
      )}

      <DeclarationForm
        key={id}
        candidacyId={id}
        declaration={declaration}
        reviewed={summary.reviewStatus === "submitted"}
      />

      {query.isError && !refusal?.code.startsWith("jury.") && declaration?.status !== "conflict" && (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      )}
      {summary.mayReview && !query.data && !query.isError && <Loading />}
      {summary.mayReview && query.data && (
        <>
          <section aria-labelledby="content-title">
            <Title order={2} size="h3" id="content-title" mb="xs">
              {t("jury.candidacy.content", { version: query.data.revision.number })}
            </Title>
            <Text mb="md">
              {t("jury.candidacy.contentHelp", {
                date: formatInstant(query.data.revision.receivedAt, i18n.language),
              })}
            </Text>
            <div className="jury-content">
              <ContentView
                content={query.data.revision.content}
                personaNames={personaNames}
                taxonomy={taxonomy.data}
                headingOrder={3}
              />
            </div>
            <AttachmentList
              attachments={query.data.revision.attachments}
              hrefFor={attachmentHref.jury(id)}
              headingOrder={3}
            />
          </section>
          <ReviewForm
            key={id}
            candidacyId={id}
            organisation={summary.organisation.name}
            criteria={query.data.criteria}
            review={query.data.review}
            scoringOpen={query.data.scoringOpen}
          />
          <OthersScoresView candidacyId={id} criteria={query.data.criteria} />
        </>
      )}
    </Stack>
  );
}
