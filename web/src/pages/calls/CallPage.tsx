// One call: its phase, timeline, and what the reader can do now. A signed-in applicant starts (or continues) a
// candidacy; a visitor is pointed to registering the organisation or signing in; a coordinator of the region to the
// submitted candidacies.
import { Alert, Anchor, Button, Card, Group, NativeSelect, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import { myCandidaciesKey, useCreateCandidacy, useMyCandidacies, usePublicCall } from "../../api/calls.ts";
import { useCan, useSession } from "../../api/queries.ts";
import type { CallView } from "../../api/types.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { TimingSection } from "../addendum/TimingSection.tsx";
import { DemoBadge, PhaseLine } from "./phase.tsx";
import { useQueryClient } from "@tanstack/react-query";

export function CallPage() {
  const { callId = "" } = useParams();
  const { t } = useTranslation();
  const query = usePublicCall(callId);

  if (query.isPending || query.isError) {
    return (
      <Stack>
        <PageTitle>{t("call.loadingTitle")}</PageTitle>
        {query.isPending ? <Loading /> : <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      </Stack>
    );
  }
  const call = query.data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/oproepen" size="sm">
        {t("call.back")}
      </Anchor>
      <div>
        <Text fw={600} size="sm" c="dimmed">
          {t("calls.region", { name: call.region.name })}
        </Text>
        <PageTitle documentTitle={call.title}>
          <span lang="nl">{call.title}</span>
        </PageTitle>
        <Stack gap="xs">
          {call.isDemo && (
            <Group>
              <DemoBadge />
            </Group>
          )}
          <PhaseLine state={call.state} />
          <Anchor component={Link} to={`/addenda/${call.region.slug}`}>
            {t("call.addendumLink", { name: call.region.name })}
          </Anchor>
        </Stack>
      </div>
      <CallActions call={call} />
      <section aria-labelledby="call-timing">
        <Title order={2} id="call-timing" mb="sm">
          {t("call.timing")}
        </Title>
        <TimingSection milestones={call.milestones} />
      </section>
    </Stack>
  );
}

function CallActions({ call }: { call: CallView }) {
  const { t } = useTranslation();
  const session = useSession();
  const canApply = useCan("candidacy:apply");
  const canManage = useCan("call:manage");
  const user = session.data?.user ?? null;
  const coordinates = user?.memberships.some((m) => m.role === "coordinator" && m.regionSlug === call.region.slug);
  const open = call.state.phase === "open";

  if (session.isPending) return null;
  if (!user) {
    return (
      <Card withBorder padding="lg" component="section" aria-labelledby="call-apply" className="wrap-buttons">
        <Title order={2} size="h3" id="call-apply" mb="xs">
          {t("call.applyTitle")}
        </Title>
        <Text mb="sm">{open ? t("call.anonymousOpen") : t("call.anonymousClosed")}</Text>
        <Group gap="md" wrap="wrap">
          <Button component={Link} to="/registreren">
            {t("call.register")}
          </Button>
          <Button
            component={Link}
            variant="outline"
            to={`/aanmelden?next=${encodeURIComponent(`/oproepen/${call.id}`)}`}
          >
            {t("call.signIn")}
          </Button>
        </Group>
      </Card>
    );
  }
  if (canApply) return <ApplyPanel call={call} />;
  if (canManage && coordinates) {
    return (
      <Anchor component={Link} to={`/beheer/oproepen/${call.id}`}>
        {t("call.manageLink")}
      </Anchor>
    );
  }
  return null;
}

function ApplyPanel({ call }: { call: CallView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const mine = useMyCandidacies();
  const create = useCreateCandidacy(call.id);
  const [organisationId, setOrganisationId] = useState("");
  const [message, setMessage] = useState("");
  const open = call.state.phase === "open";

  const body = (() => {
    if (mine.isPending) return <Loading />;
    if (mine.isError) return <ErrorMessage error={mine.error} onRetry={() => void mine.refetch()} />;
    const existing = mine.data.candidacies.filter((c) => c.call.id === call.id);
    const organisations = mine.data.organisations.filter((o) => !existing.some((c) => c.organisation.id === o.id));
    const chosen = organisationId || organisations[0]?.id || "";
    const start = () => {
      setMessage("");
      create.mutate(organisations.length > 1 ? chosen : undefined, {
        onSuccess: (view) => void navigate(`/kandidaturen/${view.id}`),
        onError: (error) => {
          if (error instanceof ApiError && error.code === "candidacy.exists") {
            void client.invalidateQueries({ queryKey: myCandidaciesKey });
          }
          setMessage(error.message || t("errors.unexpected"));
        },
      });
    };
    return (
      <Stack gap="sm" align="flex-start">
        {existing.map((c) => (
          <Button key={c.id} component={Link} to={`/kandidaturen/${c.id}`}>
            {existing.length > 1 ? t("call.continueFor", { organisation: c.organisation.name }) : t("call.continue")}
          </Button>
        ))}
        {open && organisations.length > 0 && (
          <>
            {organisations.length > 1 && (
              <NativeSelect
                id="call-organisation"
                label={t("call.organisation")}
                value={chosen}
                onChange={(e) => setOrganisationId(e.currentTarget.value)}
                data={organisations.map((o) => ({ value: o.id, label: o.name }))}
              />
            )}
            <Button onClick={start} loading={create.isPending} variant={existing.length > 0 ? "outline" : "filled"}>
              {t("call.start")}
            </Button>
          </>
        )}
        {!open && existing.length === 0 && <Text>{t("call.notOpen")}</Text>}
      </Stack>
    );
  })();

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="call-apply" className="wrap-buttons">
      <Title order={2} size="h3" id="call-apply" mb="xs">
        {t("call.applyTitle")}
      </Title>
      <div aria-live="polite">
        {message && (
          <Alert color="red" mb="sm" title={t("call.startFailed")}>
            {message}
          </Alert>
        )}
      </div>
      {body}
    </Card>
  );
}
