// The region's partnership for its coordinators (/beheer/partnerschappen/:slug): who is in it (VDAB, the
// municipalities, the partners with the call and candidacy version they came from) and the directory of offers, per
// service type and per municipality. Each offer can be changed here.
import { Anchor, Badge, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useTaxonomy } from "../../api/calls.ts";
import { usePartnership } from "../../api/partnerships.ts";
import type { MemberView, OfferView, PartnershipView } from "../../api/types.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { formatInstant } from "../../format/dates.ts";
import { nameIn } from "../../format/names.ts";
import { usePersonaNames } from "../calls/references.ts";
import { OfferCard } from "./OfferCard.tsx";

export function useServiceName(): (code: string) => string {
  const { i18n } = useTranslation();
  const taxonomy = useTaxonomy();
  return (code: string) => {
    const found = taxonomy.data?.serviceTypes.find((s) => s.code === code);
    return found ? nameIn(found.name, i18n.language) : code;
  };
}

export function PartnershipPage() {
  const { slug = "" } = useParams();
  const { t, i18n } = useTranslation();
  const query = usePartnership(slug);
  const back = (
    <Anchor component={Link} to="/beheer" size="sm">
      {t("partnerships.page.back")}
    </Anchor>
  );
  if (!query.data) {
    return (
      <Stack>
        {back}
        <PageTitle>{t("partnerships.page.loadingTitle")}</PageTitle>
        {query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : <Loading />}
      </Stack>
    );
  }
  const view = query.data;
  return (
    <Stack gap="xl">
      {back}
      <div>
        <PageTitle>{t("partnerships.page.title", { region: view.region.name })}</PageTitle>
        {view.formedAt ? (
          <Stack gap={4}>
            <Text>{t("partnerships.page.formedAt", { date: formatInstant(view.formedAt, i18n.language) })}</Text>
            {view.calls.map((c) => (
              <Text key={c.callId} size="sm">
                {t("partnerships.page.formedBy", {
                  call: c.title,
                  date: formatInstant(c.formedAt, i18n.language),
                })}{" "}
                <Anchor component={Link} to={`/beheer/oproepen/${c.callId}`}>
                  {t("partnerships.page.callLink")}
                </Anchor>
              </Text>
            ))}
          </Stack>
        ) : (
          <Text>{t("partnerships.page.notFormed")}</Text>
        )}
      </div>
      {view.formedAt && (
        <>
          <Members members={view.members} />
          <Offers view={view} />
          <PerMunicipality view={view} />
        </>
      )}
    </Stack>
  );
}

function Members({ members }: { members: MemberView[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="partnership-members">
      <Title order={2} id="partnership-members" mb="sm">
        {t("partnerships.members.title", { count: members.length })}
      </Title>
      <Table className="stack-table" withTableBorder striped verticalSpacing="sm">
        <caption className="table-caption">{t("partnerships.members.caption")}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("partnerships.members.name")}</Table.Th>
            <Table.Th scope="col">{t("partnerships.members.kind")}</Table.Th>
            <Table.Th scope="col">{t("partnerships.members.joined")}</Table.Th>
            <Table.Th scope="col">{t("partnerships.members.source")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Th scope="row">{m.name}</Table.Th>
              <Table.Td data-label={t("partnerships.members.kind")}>
                <Badge variant="light" tt="none" color={m.kind === "partner" ? "brug" : "gray"}>
                  {t(`partnerships.members.kinds.${m.kind}`)}
                </Badge>
              </Table.Td>
              <Table.Td data-label={t("partnerships.members.joined")}>
                {formatInstant(m.joinedAt, i18n.language)}
              </Table.Td>
              <Table.Td data-label={t("partnerships.members.source")}>
                {m.source ? (
                  <span lang="nl">
                    {t("partnerships.members.sourceText", {
                      number: m.source.revisionNumber,
                      call: m.source.callTitle,
                    })}
                  </span>
                ) : (
                  t("partnerships.members.noSource")
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

function groupByService(offers: OfferView[]): [string, OfferView[]][] {
  const groups = new Map<string, OfferView[]>();
  for (const offer of offers) groups.set(offer.serviceType, [...(groups.get(offer.serviceType) ?? []), offer]);
  return [...groups];
}

function Offers({ view }: { view: PartnershipView }) {
  const { t } = useTranslation();
  const serviceName = useServiceName();
  const personaNames = usePersonaNames();
  return (
    <section aria-labelledby="partnership-offers">
      <Title order={2} id="partnership-offers" mb="sm">
        {t("partnerships.offers.title", { count: view.offers.length })}
      </Title>
      {view.offers.length === 0 ? (
        <Text>{t("partnerships.offers.none")}</Text>
      ) : (
        <Stack gap="lg">
          {groupByService(view.offers).map(([code, offers]) => (
            <section key={code} aria-labelledby={`service-${code}`}>
              <Title order={3} id={`service-${code}`} mb="xs">
                {serviceName(code)}
              </Title>
              <Stack gap="sm">
                {offers.map((offer) => (
                  <OfferCard
                    key={offer.id}
                    offer={offer}
                    serviceName={serviceName(code)}
                    personaNames={personaNames}
                    headingOrder={4}
                  />
                ))}
              </Stack>
            </section>
          ))}
        </Stack>
      )}
    </section>
  );
}

function PerMunicipality({ view }: { view: PartnershipView }) {
  const { t } = useTranslation();
  const serviceName = useServiceName();
  return (
    <section aria-labelledby="partnership-municipalities">
      <Title order={2} id="partnership-municipalities" mb="sm">
        {t("partnerships.municipalities.title")}
      </Title>
      <Table className="stack-table" withTableBorder striped verticalSpacing="sm">
        <caption className="table-caption">{t("partnerships.municipalities.caption")}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("partnerships.municipalities.municipality")}</Table.Th>
            <Table.Th scope="col">{t("partnerships.municipalities.services")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.municipalities.map((name) => {
            const here = view.offers.filter((o) => o.municipalities.includes(name));
            const services = [...new Set(here.map((o) => o.serviceType))].map(serviceName);
            return (
              <Table.Tr key={name}>
                <Table.Th scope="row">{name}</Table.Th>
                <Table.Td data-label={t("partnerships.municipalities.services")}>
                  {services.length === 0
                    ? t("partnerships.municipalities.none")
                    : t("partnerships.municipalities.list", {
                        count: here.length,
                        list: services.join(", "),
                      })}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </section>
  );
}
