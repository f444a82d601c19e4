// Oproep openen: the coordinator opens the region's call on its published addendum. The page shows the timeline the
// call will take over, so the coordinator checks the dates before applicants see them.
import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import { useOpenCall } from "../../api/opening.ts";
import { usePublicAddendum } from "../../api/queries.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { TimingSection } from "../addendum/TimingSection.tsx";

export function OpenCallPage() {
  const { slug = "" } = useParams();
  const { t } = useTranslation();
  const addendum = usePublicAddendum(slug);
  const back = (
    <Anchor component={Link} to="/beheer" size="sm">
      {t("manage.back")}
    </Anchor>
  );
  if (!addendum.data) {
    return (
      <Stack>
        {back}
        <PageTitle>{t("opening.title")}</PageTitle>
        {addendum.isError ? <ErrorMessage error={addendum.error} /> : <Loading />}
      </Stack>
    );
  }
  const deadline = addendum.data.milestones.find((m) => m.key === "candidacy_deadline");
  const year = deadline?.resolved.start?.slice(0, 4) ?? String(new Date().getFullYear());
  return (
    <Stack gap="lg">
      {back}
      <PageTitle>{t("opening.titleFor", { region: addendum.data.region.name })}</PageTitle>
      <Text>{t("opening.intro")}</Text>
      <Paper withBorder p="md" component="section" aria-labelledby="opening-timeline">
        <Title order={2} size="h3" id="opening-timeline" mb="sm">
          {t("opening.timelineTitle")}
        </Title>
        <Text mb="sm">{t("opening.timelineText")}</Text>
        <TimingSection milestones={addendum.data.milestones} />
        <Anchor component={Link} to={`/beheer/addenda/${slug}`}>
          {t("opening.editAddendum")}
        </Anchor>
      </Paper>
      <OpenCallForm slug={slug} defaultTitle={t("opening.defaultTitle", { year })} />
    </Stack>
  );
}

function OpenCallForm({ slug, defaultTitle }: { slug: string; defaultTitle: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = useOpenCall(slug);
  const [title, setTitle] = useState(defaultTitle);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [refusal, setRefusal] = useState("");
  const titleRef = useRef<HTMLInputElement>(null);
  const refusalRef = useRef<HTMLDivElement>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setFieldError(undefined);
    setRefusal("");
    open.mutate(
      { title },
      {
        onSuccess: ({ call }) => void navigate(`/beheer/oproepen/${call.id}`),
        onError: (error) => {
          const field = error instanceof ApiError ? error.fields.find((f) => f.path === "title") : undefined;
          if (field) {
            setFieldError(field.message);
            titleRef.current?.focus();
          } else {
            setRefusal(error.message);
            setTimeout(() => refusalRef.current?.focus(), 0);
          }
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="opening-form">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="opening-form">
          {t("opening.formTitle")}
        </Title>
        {refusal && (
          <Alert ref={refusalRef} tabIndex={-1} color="red" role="alert" title={t("opening.refused")} w="100%">
            {refusal}
          </Alert>
        )}
        <TextInput
          ref={titleRef}
          label={t("opening.callTitle")}
          description={t("opening.callTitleHelp")}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError}
          required
          maxLength={200}
          w="100%"
        />
        <Button type="submit" loading={open.isPending}>
          {t("opening.submit")}
        </Button>
      </Stack>
    </form>
  );
}
