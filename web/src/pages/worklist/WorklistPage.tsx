// /werk — "Actie nodig", the landing page of companions, case directors and partner workers: what is late or about
// to lapse in their own work, grouped by what to do, oldest first, each with a link to where it is done.
import { Anchor, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useWorklist, type WorkItem } from "../../api/worklist.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { formatDate, formatInstant } from "../../format/dates.ts";

const kindOrder: WorkItem["kind"][] = [
  "overdue_action",
  "unanswered_referral",
  "missing_feedback",
  "consent_lapsed",
  "attendance_missing",
  "consent_expiring",
  "follow_up_due",
];

function Item({ item }: { item: WorkItem }) {
  const { t, i18n } = useTranslation();
  const when =
    item.sinceDay !== null
      ? formatDate(item.sinceDay, i18n.language, false)
      : item.sinceAt !== null
        ? formatInstant(item.sinceAt, i18n.language)
        : "";
  return (
    <Paper withBorder p="sm" component="li">
      <Stack gap={4}>
        <Text fw={700} style={{ overflowWrap: "anywhere" }}>
          {item.client.name}
        </Text>
        {item.text && <Text style={{ overflowWrap: "anywhere" }}>{item.text}</Text>}
        {item.detail && <Text size="sm">{item.detail}</Text>}
        <Text size="sm">{t(`worklist.since.${item.kind}`, { when })}</Text>
        <Anchor component={Link} to={item.link}>
          {t(`worklist.act.${item.kind}`, { name: item.client.name })}
        </Anchor>
      </Stack>
    </Paper>
  );
}

export function WorklistPage() {
  const { t } = useTranslation();
  const query = useWorklist();
  if (!query.data) {
    return (
      <Stack>
        <PageTitle>{t("worklist.title")}</PageTitle>
        {query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : <Loading />}
      </Stack>
    );
  }
  const items = query.data.items;
  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t("worklist.title")}</PageTitle>
        <Text>{t("worklist.intro")}</Text>
      </div>
      <Text role="status">{t("worklist.count", { count: items.length })}</Text>
      {items.length === 0 && <Text>{t("worklist.none")}</Text>}
      {kindOrder.map((kind) => {
        const ofKind = items.filter((i) => i.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`worklist-${kind}`}>
            <Title order={2} size="h3" id={`worklist-${kind}`} mb="xs">
              {t(`worklist.kind.${kind}`)} ({ofKind.length})
            </Title>
            <Stack component="ul" gap="xs" style={{ listStyle: "none", padding: 0, margin: 0 }}>
              {ofKind.map((item) => (
                <Item key={item.id} item={item} />
              ))}
            </Stack>
          </section>
        );
      })}
    </Stack>
  );
}
