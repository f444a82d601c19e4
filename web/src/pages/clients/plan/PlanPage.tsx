// The client's plan (/clienten/:clientId/plan): goals per life domain in the client's own words, with status and
// progress, and under each goal its actions (what, who, by when), marked done with a checkbox. An action whose day
// has passed in Brussels says "te laat" in words, not only in colour. The companion and the case director write;
// a partner worker reads the goals of the life domains their consent covers (the server decides and filters).
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Progress,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  useChangeAction,
  useChangeGoal,
  useCreateAction,
  useCreateGoal,
  usePlan,
  type ActionView,
  type GoalView,
  type PlanView,
} from "../../../api/plans.ts";
import { formatDate, parseBelgianDate } from "../../../format/dates.ts";
import { goalStatuses, actionWho } from "../../../../../server/src/domain/trajectory-codes.ts";
import {
  TrajectoryTab,
  noRefusal,
  refusalOf,
  useLifeDomainNames,
  useTabTrajectory,
  type LifeDomainNames,
  type Refusal,
} from "./common.tsx";

export function PlanPage() {
  const { t } = useTranslation();
  const tab = useTabTrajectory();
  const plan = usePlan(tab.trajectoryId);
  const domains = useLifeDomainNames();
  return (
    <TrajectoryTab title={t("plans.plan.title")} tab={tab} query={plan}>
      {(data, trajectoryId) => <PlanBody plan={data} trajectoryId={trajectoryId} domains={domains} />}
    </TrajectoryTab>
  );
}

function PlanBody({ plan, trajectoryId, domains }: { plan: PlanView; trajectoryId: string; domains: LifeDomainNames }) {
  const { t } = useTranslation();
  return (
    <>
      <Text>
        {t("plans.plan.summary", {
          goals: plan.counts.openGoals,
          actions: plan.counts.openActions,
          overdue: plan.counts.overdueActions,
        })}
      </Text>
      {!plan.canWrite && <Alert color="blue">{t("plans.plan.partnerNote")}</Alert>}
      {plan.goals.length === 0 ? (
        <Text>{t("plans.plan.empty")}</Text>
      ) : (
        <Stack gap="md">
          {plan.goals.map((goal) => (
            <GoalCard key={goal.id} goal={goal} plan={plan} trajectoryId={trajectoryId} domains={domains} />
          ))}
        </Stack>
      )}
      {plan.canWrite && <GoalForm trajectoryId={trajectoryId} domains={domains} />}
    </>
  );
}

function GoalCard({
  goal,
  plan,
  trajectoryId,
  domains,
}: {
  goal: GoalView;
  plan: PlanView;
  trajectoryId: string;
  domains: LifeDomainNames;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const headingId = `goal-${goal.id}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {domains.name(goal.lifeDomain)}
        </Title>
        <Text fs="italic" style={{ overflowWrap: "anywhere" }}>
          “{goal.text}”
        </Text>
        <Group gap="sm" wrap="wrap">
          <Badge
            variant="light"
            color={goal.status === "open" ? "blue" : goal.status === "achieved" ? "green" : "gray"}
          >
            {t(`plans.goalStatus.${goal.status}`)}
          </Badge>
          <Text size="sm">{t("plans.plan.progress", { progress: goal.progress })}</Text>
        </Group>
        <Progress value={goal.progress} aria-label={t("plans.plan.progressLabel")} />
        <Title order={3} size="h5">
          {t("plans.plan.actions")}
        </Title>
        {goal.actions.length === 0 ? (
          <Text size="sm">{t("plans.plan.noActions")}</Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {goal.actions.map((action) => (
              <li key={action.id}>
                <ActionItem action={action} canWrite={plan.canWrite} trajectoryId={trajectoryId} />
              </li>
            ))}
          </Stack>
        )}
        {plan.canWrite && (
          <Group gap="sm" className="wrap-buttons">
            <Button variant="light" onClick={() => setAdding((v) => !v)} aria-expanded={adding}>
              {t("plans.action.add")}
            </Button>
            <Button variant="default" onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
              {t("plans.goal.edit")}
            </Button>
          </Group>
        )}
        {adding && (
          <ActionForm
            goal={goal}
            plan={plan}
            trajectoryId={trajectoryId}
            onDone={() => setAdding(false)}
            domainName={domains.name(goal.lifeDomain)}
          />
        )}
        {editing && (
          <GoalEditForm goal={goal} trajectoryId={trajectoryId} domains={domains} onDone={() => setEditing(false)} />
        )}
      </Stack>
    </Paper>
  );
}

function whoText(action: ActionView, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (action.who === "partner") return action.whoOrganisation?.name ?? t("plans.who.partner");
  if (action.who === "other") return action.whoText;
  return t(`plans.who.${action.who}`);
}

function ActionItem({
  action,
  canWrite,
  trajectoryId,
}: {
  action: ActionView;
  canWrite: boolean;
  trajectoryId: string;
}) {
  const { t, i18n } = useTranslation();
  const change = useChangeAction(trajectoryId);
  const [error, setError] = useState<string | null>(null);
  const details = [
    t("plans.action.who", { who: whoText(action, t) }),
    action.dueOn ? t("plans.action.due", { date: formatDate(action.dueOn, i18n.language, false) }) : null,
    action.doneAt ? t("plans.action.doneOn", { date: formatDate(action.doneAt, i18n.language, false) }) : null,
  ]
    .filter(Boolean)
    .join(" · ");
  const description = (
    <>
      {details}
      {action.overdue && (
        <Badge color="red" variant="filled" ml="xs" component="span">
          {t("plans.action.overdue")}
        </Badge>
      )}
    </>
  );
  if (!canWrite) {
    return (
      <div>
        <Text style={{ overflowWrap: "anywhere" }}>{action.text}</Text>
        <Text size="sm">{description}</Text>
      </div>
    );
  }
  const toggle = (done: boolean) => {
    setError(null);
    change.mutate(
      {
        actionId: action.id,
        body: {
          text: action.text,
          who: action.who,
          whoOrganisationId: action.whoOrganisation?.id ?? null,
          whoText: action.whoText,
          dueOn: action.dueOn,
          done,
        },
      },
      { onError: (e) => setError(e.message) },
    );
  };
  return (
    <div>
      <Checkbox
        label={<span style={{ overflowWrap: "anywhere" }}>{action.text}</span>}
        description={description}
        checked={action.doneAt !== null}
        disabled={change.isPending}
        onChange={(e) => toggle(e.currentTarget.checked)}
      />
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
    </div>
  );
}

function GoalForm({ trajectoryId, domains }: { trajectoryId: string; domains: LifeDomainNames }) {
  const { t } = useTranslation();
  const create = useCreateGoal(trajectoryId);
  const [lifeDomain, setLifeDomain] = useState("");
  const [text, setText] = useState("");
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [message, setMessage] = useState("");
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setMessage("");
    const fields: Record<string, string> = {};
    if (!lifeDomain) fields.lifeDomain = t("plans.goal.lifeDomainRequired");
    if (!text.trim()) fields.text = t("plans.goal.textRequired");
    if (Object.keys(fields).length > 0) {
      setRefusal({ fields, general: null });
      document.getElementById(fields.lifeDomain ? "goal-new-domain" : "goal-new-text")?.focus();
      return;
    }
    create.mutate(
      { lifeDomain, text },
      {
        onSuccess: () => {
          setRefusal(noRefusal);
          setText("");
          setMessage(t("plans.goal.saved"));
        },
        onError: (e) => setRefusal(refusalOf(e, t("errors.unexpected"))),
      },
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="goal-new-title">
      <Title order={2} size="h3" id="goal-new-title" mb="sm">
        {t("plans.goal.newTitle")}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm" maw={640}>
          <NativeSelect
            id="goal-new-domain"
            label={t("plans.goal.lifeDomain")}
            value={lifeDomain}
            onChange={(e) => setLifeDomain(e.currentTarget.value)}
            data={[
              { value: "", label: t("plans.goal.chooseDomain") },
              ...domains.list.map((d) => ({ value: d.code, label: d.name })),
            ]}
            error={refusal.fields.lifeDomain}
            required
          />
          <Textarea
            id="goal-new-text"
            label={t("plans.goal.text")}
            description={t("plans.goal.textHelp")}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={refusal.fields.text}
            maxLength={1000}
            autosize
            minRows={2}
            required
          />
          {refusal.general && (
            <Alert color="red" role="alert">
              {refusal.general}
            </Alert>
          )}
          <Text role="status" fw={600}>
            {message}
          </Text>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t("plans.goal.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function GoalEditForm({
  goal,
  trajectoryId,
  domains,
  onDone,
}: {
  goal: GoalView;
  trajectoryId: string;
  domains: LifeDomainNames;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const change = useChangeGoal(trajectoryId);
  const [text, setText] = useState(goal.text);
  const [status, setStatus] = useState<GoalView["status"]>(goal.status);
  const [progress, setProgress] = useState(String(goal.progress));
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const prefix = `goal-${goal.id}-edit`;
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const value = Number(progress);
    if (!/^\d{1,3}$/.test(progress.trim()) || value > 100) {
      setRefusal({ fields: { progress: t("plans.goal.progressInvalid") }, general: null });
      document.getElementById(`${prefix}-progress`)?.focus();
      return;
    }
    change.mutate(
      { goalId: goal.id, body: { lifeDomain: goal.lifeDomain, text, status, progress: value } },
      { onSuccess: onDone, onError: (e) => setRefusal(refusalOf(e, t("errors.unexpected"))) },
    );
  };
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t("plans.goal.editTitle", { domain: domains.name(goal.lifeDomain) })}
    >
      <Stack gap="sm" maw={640}>
        <Textarea
          id={`${prefix}-text`}
          label={t("plans.goal.text")}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={refusal.fields.text}
          maxLength={1000}
          autosize
          minRows={2}
          required
        />
        <NativeSelect
          id={`${prefix}-status`}
          label={t("plans.goal.status")}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as GoalView["status"])}
          data={goalStatuses.map((s) => ({ value: s, label: t(`plans.goalStatus.${s}`) }))}
        />
        <TextInput
          id={`${prefix}-progress`}
          label={t("plans.goal.progressField")}
          description={t("plans.goal.progressHelp")}
          value={progress}
          onChange={(e) => setProgress(e.currentTarget.value)}
          error={refusal.fields.progress}
          inputMode="numeric"
          autoComplete="off"
        />
        {refusal.general && (
          <Alert color="red" role="alert">
            {refusal.general}
          </Alert>
        )}
        <Group gap="sm" className="wrap-buttons">
          <Button type="submit" loading={change.isPending}>
            {t("plans.goal.save")}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t("common.close")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ActionForm({
  goal,
  plan,
  trajectoryId,
  domainName,
  onDone,
}: {
  goal: GoalView;
  plan: PlanView;
  trajectoryId: string;
  domainName: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateAction(trajectoryId);
  const [text, setText] = useState("");
  const [who, setWho] = useState<ActionView["who"]>("client");
  const [organisation, setOrganisation] = useState("");
  const [other, setOther] = useState("");
  const [due, setDue] = useState("");
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const prefix = `goal-${goal.id}-action`;
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!text.trim()) fields.text = t("plans.action.textRequired");
    const dueOn = due.trim() === "" ? null : parseBelgianDate(due);
    if (due.trim() !== "" && dueOn === null) fields.dueOn = t("plans.action.dueInvalid");
    if (who === "partner" && !organisation) fields.whoOrganisationId = t("plans.action.partnerRequired");
    if (who === "other" && !other.trim()) fields.whoText = t("plans.action.otherRequired");
    if (Object.keys(fields).length > 0) {
      setRefusal({ fields, general: null });
      const first = ["text", "whoOrganisationId", "whoText", "dueOn"].find((f) => fields[f]);
      document.getElementById(`${prefix}-${first}`)?.focus();
      return;
    }
    create.mutate(
      {
        goalId: goal.id,
        body: {
          text,
          who,
          whoOrganisationId: who === "partner" ? organisation : null,
          whoText: who === "other" ? other : "",
          dueOn,
        },
      },
      { onSuccess: onDone, onError: (e) => setRefusal(refusalOf(e, t("errors.unexpected"))) },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("plans.action.formTitle", { domain: domainName })}>
      <Stack gap="sm" maw={640}>
        <TextInput
          id={`${prefix}-text`}
          label={t("plans.action.text")}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={refusal.fields.text}
          maxLength={1000}
          required
          autoComplete="off"
        />
        <NativeSelect
          id={`${prefix}-who`}
          label={t("plans.action.whoField")}
          value={who}
          onChange={(e) => setWho(e.currentTarget.value as ActionView["who"])}
          data={actionWho
            .filter((w) => w !== "partner" || plan.partners.length > 0)
            .map((w) => ({ value: w, label: t(`plans.who.${w}`) }))}
        />
        {who === "partner" && (
          <NativeSelect
            id={`${prefix}-whoOrganisationId`}
            label={t("plans.action.partner")}
            value={organisation}
            onChange={(e) => setOrganisation(e.currentTarget.value)}
            data={[
              { value: "", label: t("plans.action.choosePartner") },
              ...plan.partners.map((p) => ({ value: p.id, label: p.name })),
            ]}
            error={refusal.fields.whoOrganisationId}
            required
          />
        )}
        {who === "other" && (
          <TextInput
            id={`${prefix}-whoText`}
            label={t("plans.action.other")}
            value={other}
            onChange={(e) => setOther(e.currentTarget.value)}
            error={refusal.fields.whoText}
            maxLength={200}
            required
          />
        )}
        <TextInput
          id={`${prefix}-dueOn`}
          label={t("plans.action.dueField")}
          description={t("plans.action.dueHelp")}
          value={due}
          onChange={(e) => setDue(e.currentTarget.value)}
          error={refusal.fields.dueOn}
          autoComplete="off"
        />
        {refusal.general && (
          <Alert color="red" role="alert">
            {refusal.general}
          </Alert>
        )}
        <Group gap="sm" className="wrap-buttons">
          <Button type="submit" loading={create.isPending}>
            {t("plans.action.submit")}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t("common.close")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
