// The partner worker's inbox (/doorverwijzingen): the open referrals to their organisation that they may see now,
// newest first, with what needs an answer or feedback. A referral whose consent was revoked or expired, or that was
// closed, is left out altogether (the server sends nothing of it).
import { Alert, Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { usePartnerInbox } from "../../api/referrals.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { useServiceName } from "../partnerships/PartnershipPage.tsx";
import { ReferralMoments, StateBadge } from "./parts.tsx";

export function InboxPage() {
  const { t } = useTranslation();
  const inbox = usePartnerInbox();
  const serviceName = useServiceName();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <Stack gap="lg">
      <PageTitle>{t("referrals.inbox.title")}</PageTitle>
      <Text>{t("referrals.inbox.intro")}</Text>
      {notice && (
        <Alert color="green" role="status">
          {notice}
        </Alert>
      )}
      {!inbox.data ? (
        inbox.isError ? (
          <ErrorMessage error={inbox.error} onRetry={() => void inbox.refetch()} />
        ) : (
          <Loading />
        )
      ) : inbox.data.referrals.length === 0 ? (
        <Text>{t("referrals.inbox.empty")}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {inbox.data.referrals.map((r) => (
            <li key={r.id}>
              <Paper withBorder p="sm" component="article" aria-labelledby={`inbox-${r.id}`}>
                <Stack gap={4}>
                  <Title order={2} size="h4" id={`inbox-${r.id}`} style={{ overflowWrap: "anywhere" }}>
                    <Anchor component={Link} to={`/doorverwijzingen/${encodeURIComponent(r.id)}`}>
                      {[r.client.givenName, r.client.familyName].join(" ").trim()}
                    </Anchor>
                  </Title>
                  <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                    {r.offer.name} ({serviceName(r.offer.serviceType)})
                  </Text>
                  <Group gap="xs">
                    <StateBadge referral={r} />
                    {r.answerOverdue && (
                      <Badge color="red.9" variant="filled" tt="none">
                        {t("referrals.inbox.answerNeeded")}
                      </Badge>
                    )}
                    {r.feedbackOverdue && (
                      <Badge color="red.9" variant="filled" tt="none">
                        {t("referrals.inbox.feedbackNeeded")}
                      </Badge>
                    )}
                  </Group>
                  <ReferralMoments referral={r} />
                </Stack>
              </Paper>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
