// A partner's own offers (/aanbod): what its staff keep up to date for the partnership's companions, above all the
// waiting time and whether it takes new referrals. Only the organisation's own offers are ever fetched.
import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useOwnOffers } from "../../api/partnerships.ts";
import type { OfferView } from "../../api/types.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { usePersonaNames } from "../calls/references.ts";
import { OfferCard } from "./OfferCard.tsx";
import { useServiceName } from "./PartnershipPage.tsx";

export function OwnOffersPage() {
  const { t } = useTranslation();
  const query = useOwnOffers();
  const serviceName = useServiceName();
  const personaNames = usePersonaNames();
  if (!query.data) {
    return (
      <Stack>
        <PageTitle>{t("partnerships.mine.title")}</PageTitle>
        {query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : <Loading />}
      </Stack>
    );
  }
  const byRegion = new Map<string, OfferView[]>();
  for (const offer of query.data.offers) {
    byRegion.set(offer.region.name, [...(byRegion.get(offer.region.name) ?? []), offer]);
  }
  return (
    <Stack gap="xl">
      <div>
        <PageTitle>{t("partnerships.mine.title")}</PageTitle>
        <Text>{t("partnerships.mine.intro")}</Text>
      </div>
      {byRegion.size === 0 ? (
        <Text>{t("partnerships.mine.none")}</Text>
      ) : (
        [...byRegion].map(([region, offers]) => (
          <section key={region} aria-labelledby={`own-offers-${offers[0]?.region.slug}`}>
            <Title order={2} id={`own-offers-${offers[0]?.region.slug}`} mb="sm">
              {t("partnerships.mine.region", { region })}
            </Title>
            <Stack gap="sm">
              {offers.map((offer) => (
                <OfferCard
                  key={offer.id}
                  offer={offer}
                  serviceName={serviceName(offer.serviceType)}
                  personaNames={personaNames}
                  showOrganisation={false}
                />
              ))}
            </Stack>
          </section>
        ))
      )}
    </Stack>
  );
}
