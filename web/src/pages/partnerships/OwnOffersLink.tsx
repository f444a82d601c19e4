// On an applicant's candidacy page: once the candidacy made its organisation a partner, a way to its offers.
import { Anchor, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useOwnOffers } from "../../api/partnerships.ts";

export function OwnOffersLink({ candidacyId }: { candidacyId: string }) {
  const { t } = useTranslation();
  const query = useOwnOffers();
  const count = query.data?.offers.filter((o) => o.source.candidacyId === candidacyId).length ?? 0;
  if (count === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="own-offers-link">
      <Stack gap="xs" align="flex-start">
        <Title order={2} size="h3" id="own-offers-link">
          {t("partnerships.mine.linkTitle")}
        </Title>
        <Text>{t("partnerships.mine.linkText", { count })}</Text>
        <Anchor component={Link} to="/aanbod" fw={700}>
          {t("partnerships.mine.link")}
        </Anchor>
      </Stack>
    </Paper>
  );
}
