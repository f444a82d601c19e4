// The client's referrals (/clienten/:clientId/doorverwijzingen). The companion (or case director) picks an offer of
// the region's partnership (?offer=<id> preselects one, as the situation tab's suggestions link), the data the
// partner needs, a message and optionally a goal, and sends it; it goes only under a consent that covers that
// partner and those data, otherwise the refusal says what is missing and the draft stays. Each referral shows its
// state and history, the feedback rhythm, the hand-over and the partner's feedback. A partner worker sees only their
// own referrals here, with a link to their referral page.
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useClientFile } from "../../../api/clients.ts";
import { usePlan } from "../../../api/plans.ts";
import {
  useCreateReferral,
  useFeedbackRhythm,
  useReferral,
  useReferralOffers,
  useSenderStep,
  useTrajectoryReferrals,
  type ReferralOffer,
  type ReferralSummary,
} from "../../../api/referrals.ts";
import { PageTitle } from "../../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../../components/QueryState.tsx";
import { dataCategories } from "../../../../../server/src/domain/trajectory-codes.ts";
import { useServiceName } from "../../partnerships/PartnershipPage.tsx";
import {
  FeedbackList,
  HandoverSection,
  History,
  ReferralMoments,
  SharedData,
  StateBadge,
  StepForm,
} from "../../referrals/parts.tsx";
import {
  NoTrajectory,
  noRefusal,
  refusalOf,
  useLifeDomainNames,
  useTabTrajectory,
  type Refusal,
} from "../plan/common.tsx";

export function ReferralsTab() {
  const { t } = useTranslation();
  const { clientId, trajectoryId, loaded } = useTabTrajectory();
  const file = useClientFile(clientId);
  const partner = file.data?.access.via === "partner";
  const list = useTrajectoryReferrals(trajectoryId);
  if (!loaded) return null;
  return (
    <Stack gap="lg">
      <PageTitle>{t("referrals.tab.title")}</PageTitle>
      {trajectoryId === null ? (
        <NoTrajectory />
      ) : (
        <>
          {!partner && file.data?.trajectory?.endedAt === null && <NewReferral trajectoryId={trajectoryId} />}
          <section aria-labelledby="referrals-list">
            <Title order={2} size="h3" id="referrals-list" mb="xs">
              {t("referrals.tab.list")}
            </Title>
            {!list.data ? (
              list.isError ? (
                <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
              ) : (
                <Loading />
              )
            ) : list.data.referrals.length === 0 ? (
              <Text>{t("referrals.tab.empty")}</Text>
            ) : (
              <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                {list.data.referrals.map((r) => (
                  <li key={r.id}>{partner ? <PartnerListItem referral={r} /> : <ReferralItem referral={r} />}</li>
                ))}
              </Stack>
            )}
          </section>
        </>
      )}
    </Stack>
  );
}

function Heading({ referral, id }: { referral: ReferralSummary; id: string }) {
  const serviceName = useServiceName();
  return (
    <Title order={3} size="h4" id={id} style={{ overflowWrap: "anywhere" }}>
      {referral.offer.name} — {referral.offer.organisation.name}
      <Text span size="sm" c="dimmed">
        {" "}
        ({serviceName(referral.offer.serviceType)})
      </Text>
    </Title>
  );
}

function PartnerListItem({ referral }: { referral: ReferralSummary }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={`ref-${referral.id}`}>
      <Stack gap={4}>
        <Heading referral={referral} id={`ref-${referral.id}`} />
        <Group>
          <StateBadge referral={referral} />
        </Group>
        <Anchor component={Link} to={`/doorverwijzingen/${encodeURIComponent(referral.id)}`}>
          {t("referrals.tab.openAsPartner")}
        </Anchor>
      </Stack>
    </Paper>
  );
}

function ReferralItem({ referral }: { referral: ReferralSummary }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(referral.state === "draft");
  const headingId = `ref-${referral.id}`;
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Heading referral={referral} id={headingId} />
        <Group gap="xs">
          <StateBadge referral={referral} />
        </Group>
        <ReferralMoments referral={referral} />
        <Group>
          <Button
            variant="subtle"
            onClick={() => setOpen(!open)}
            aria-expanded={open}
            aria-controls={`${headingId}-details`}
          >
            {open ? t("referrals.tab.hideDetails") : t("referrals.tab.showDetails")}
          </Button>
        </Group>
        <div id={`${headingId}-details`} hidden={!open}>
          {open && <ReferralDetails referralId={referral.id} />}
        </div>
      </Stack>
    </Paper>
  );
}

function ReferralDetails({ referralId }: { referralId: string }) {
  const { t } = useTranslation();
  const detail = useReferral(referralId);
  const step = useSenderStep();
  const domains = useLifeDomainNames();
  if (!detail.data) {
    return detail.isError ? <ErrorMessage error={detail.error} onRetry={() => void detail.refetch()} /> : <Loading />;
  }
  const referral = detail.data;
  return (
    <Stack gap="md">
      {referral.message && (
        <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
          <strong>{t("referrals.detail.message")}</strong> {referral.message}
        </Text>
      )}
      <StepForm
        referral={referral}
        pending={step.isPending}
        onStep={(body, done) =>
          step.mutate({ referralId, body: body as { step: "send" | "end"; reason?: string; note?: string } }, done)
        }
      />
      {referral.canSetRhythm && <RhythmForm referralId={referralId} everyDays={referral.feedbackEveryDays} />}
      <HandoverSection referral={referral} side="sender" />
      <FeedbackList referral={referral} headingId={`fb-${referralId}`} />
      <History referral={referral} headingId={`hist-${referralId}`} />
      <details>
        <summary>{t("referrals.detail.whatPartnerSees")}</summary>
        <SharedData
          referral={referral}
          domains={domains}
          headingId={`shared-${referralId}`}
          title={t("referrals.detail.whatPartnerSees")}
        />
      </details>
    </Stack>
  );
}

function RhythmForm({ referralId, everyDays }: { referralId: string; everyDays: number | null }) {
  const { t } = useTranslation();
  const save = useFeedbackRhythm();
  const [value, setValue] = useState(everyDays === null ? "" : String(everyDays));
  const [message, setMessage] = useState("");
  const [error, setError] = useState("");
  const choices = ["", "7", "14", "30", "60"];
  if (everyDays !== null && !choices.includes(String(everyDays))) choices.push(String(everyDays));
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setMessage("");
        save.mutate(
          { referralId, body: { everyDays: value === "" ? null : Number(value) } },
          {
            onSuccess: () => {
              setError("");
              setMessage(t("referrals.rhythm.saved"));
            },
            onError: (e) => setError(refusalOf(e, t("errors.unexpected")).general ?? t("errors.unexpected")),
          },
        );
      }}
    >
      <Group align="flex-end" gap="xs" wrap="wrap">
        <NativeSelect
          id={`rhythm-${referralId}`}
          label={t("referrals.rhythm.label")}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          data={choices.map((c) => ({
            value: c,
            label: c === "" ? t("referrals.rhythm.none") : t("referrals.rhythm.every", { count: Number(c) }),
          }))}
          error={error || undefined}
        />
        <Button type="submit" variant="light" loading={save.isPending}>
          {t("referrals.rhythm.save")}
        </Button>
      </Group>
      <Text role="status" size="sm" fw={600}>
        {message}
      </Text>
    </form>
  );
}

function NewReferral({ trajectoryId }: { trajectoryId: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const offers = useReferralOffers(trajectoryId);
  const plan = usePlan(trajectoryId);
  const domains = useLifeDomainNames();
  const create = useCreateReferral(trajectoryId);
  const send = useSenderStep();
  const serviceName = useServiceName();
  const [offerId, setOfferId] = useState(params.get("offer") ?? "");
  const [categories, setCategories] = useState<string[]>(["general"]);
  const [message, setMessage] = useState("");
  const [goalId, setGoalId] = useState("");
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [status, setStatus] = useState("");
  if (!offers.data) {
    return offers.isError ? <ErrorMessage error={offers.error} onRetry={() => void offers.refetch()} /> : <Loading />;
  }
  const list = offers.data.offers;
  const chosen = list.find((o) => o.id === offerId);
  const reset = () => {
    setOfferId("");
    setCategories(["general"]);
    setMessage("");
    setGoalId("");
  };
  const submit = (andSend: boolean) => {
    setStatus("");
    if (!chosen) {
      setRefusal({ fields: { offerId: t("referrals.new.chooseOffer") }, general: null });
      document.getElementById(`offer-${list[0]?.id ?? ""}`)?.focus();
      return;
    }
    create.mutate(
      { offerId, categories: categories as ReferralOffer["consentCategories"], message, goalId: goalId || null },
      {
        onError: (e) => setRefusal(refusalOf(e, t("errors.unexpected"))),
        onSuccess: (draft) => {
          if (!andSend) {
            setRefusal(noRefusal);
            setStatus(t("referrals.new.savedDraft"));
            reset();
            return;
          }
          send.mutate(
            { referralId: draft.id, body: { step: "send" } },
            {
              onSuccess: () => {
                setRefusal(noRefusal);
                setStatus(t("referrals.new.sent"));
                reset();
              },
              // The draft is kept (the server said why it could not go): the message says what is missing.
              onError: (e) => {
                reset();
                setRefusal({
                  fields: {},
                  general: `${refusalOf(e, t("errors.unexpected")).general ?? ""} ${t("referrals.new.draftKept")}`,
                });
              },
            },
          );
        },
      },
    );
  };
  const goals = plan.data?.goals.filter((g) => g.status === "open") ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="referral-new">
      <Title order={2} size="h3" id="referral-new" mb="sm">
        {t("referrals.new.title")}
      </Title>
      {list.length === 0 ? (
        <Text>{t("referrals.new.noOffers")}</Text>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit(true);
          }}
        >
          <Stack gap="sm" maw={680}>
            <Radio.Group
              label={t("referrals.new.offer")}
              description={t("referrals.new.offerHelp")}
              value={offerId}
              onChange={setOfferId}
              error={refusal.fields.offerId}
              required
            >
              <Stack gap={8} mt={6}>
                {list.map((o) => (
                  <Radio
                    key={o.id}
                    id={`offer-${o.id}`}
                    value={o.id}
                    label={`${serviceName(o.serviceType)} — ${o.organisation.name}`}
                    description={[
                      o.name,
                      o.waitingDays === null
                        ? t("referrals.new.waitingUnknown")
                        : t("referrals.new.waiting", { count: o.waitingDays }),
                      o.consentCategories.length === 0
                        ? t("referrals.new.noConsent")
                        : t("referrals.new.consentCovers", {
                            categories: o.consentCategories.map((c) => t(`referrals.category.${c}`)).join(", "),
                          }),
                    ].join(" · ")}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Checkbox.Group
              label={t("referrals.new.categories")}
              description={t("referrals.new.categoriesHelp")}
              value={categories}
              onChange={(value) => setCategories(value.includes("general") ? value : ["general", ...value])}
              error={refusal.fields.categories}
            >
              <Stack gap={6} mt={6}>
                {dataCategories.map((c) => (
                  <Checkbox
                    key={c}
                    id={`category-${c}`}
                    value={c}
                    label={t(`referrals.category.${c}`)}
                    disabled={c === "general"}
                    description={
                      c === "general"
                        ? t("referrals.new.generalAlways")
                        : chosen && !chosen.consentCategories.includes(c)
                          ? t("referrals.new.notCovered")
                          : undefined
                    }
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <Textarea
              id="referral-message"
              label={t("referrals.new.message")}
              description={t("referrals.new.messageHelp")}
              value={message}
              onChange={(e) => setMessage(e.currentTarget.value)}
              error={refusal.fields.message}
              maxLength={4000}
              autosize
              minRows={3}
            />
            {goals.length > 0 && (
              <NativeSelect
                id="referral-goal"
                label={t("referrals.new.goal")}
                value={goalId}
                onChange={(e) => setGoalId(e.currentTarget.value)}
                data={[
                  { value: "", label: t("referrals.new.noGoal") },
                  ...goals.map((g) => ({ value: g.id, label: `${domains.name(g.lifeDomain)}: ${g.text}` })),
                ]}
                error={refusal.fields.goalId}
              />
            )}
            {refusal.general && (
              <Alert color="red" role="alert">
                {refusal.general}
              </Alert>
            )}
            <Text role="status" fw={600}>
              {status}
            </Text>
            <Group>
              <Button type="submit" loading={create.isPending || send.isPending}>
                {t("referrals.new.send")}
              </Button>
              <Button variant="default" onClick={() => submit(false)} disabled={create.isPending || send.isPending}>
                {t("referrals.new.saveDraft")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
