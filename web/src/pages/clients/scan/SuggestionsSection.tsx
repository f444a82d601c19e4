// Suggestions from the latest scan, for the companion to weigh: which challenges and personas of the region's
// addendum the situation resembles (with the shared barriers as the explanation) and which offers of the partnership
// fit, with what matches and what does not. The companion decides: a suggestion never refers by itself; the link
// "Doorverwijzen" only opens the referral form with the offer filled in.
import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type {
  ChallengeSuggestion,
  MatchNote,
  OfferSuggestion,
  PersonaSuggestion,
  Suggestions,
} from "../../../api/scans.ts";
import { focusSoon } from "../../../components/ErrorSummary.tsx";
import { formatDate } from "../../../format/dates.ts";
import type { ScanNames } from "./names.ts";

type Resemblance = ChallengeSuggestion | PersonaSuggestion;

const percent = (share: number) => `${Math.round(share * 100)}%`;

function Explanation({ item, names }: { item: Resemblance; names: ScanNames }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm">
        {t("scans.suggestions.strength", {
          strength: percent(item.strength),
          count: item.shared.length,
          size: item.profileSize,
        })}
      </Text>
      <Text size="sm" fw={600}>
        {t("scans.suggestions.shared")}
      </Text>
      <List size="sm" spacing={2}>
        {item.shared.map((s) => (
          <List.Item key={s.barrier}>
            {t("scans.suggestions.sharedItem", {
              barrier: names.barrier(s.barrier),
              domain: names.lifeDomain(s.lifeDomain),
              score: s.score,
            })}
          </List.Item>
        ))}
        {item.related.map((r) => (
          <List.Item key={r.barrier}>
            {t("scans.suggestions.relatedItem", {
              barrier: names.barrier(r.barrier),
              own: names.barrier(r.clientBarrier),
              domain: names.lifeDomain(r.lifeDomain),
            })}
          </List.Item>
        ))}
      </List>
      {item.missing.length > 0 && (
        <Text size="sm">{t("scans.suggestions.missing", { list: item.missing.map(names.barrier).join(", ") })}</Text>
      )}
    </Stack>
  );
}

function LevelBadge({ level }: { level: string }) {
  const { t } = useTranslation();
  const color = level === "strong" ? "teal.9" : level === "clear" ? "blue.9" : "gray.8";
  return (
    <Badge color={color} variant="filled">
      {t(`scans.suggestions.level.${level}`)}
    </Badge>
  );
}

function noteText(note: MatchNote, t: (key: string, options?: Record<string, unknown>) => string, names: ScanNames) {
  switch (note.code) {
    case "service_type": {
      const why = [
        ...(note.challenges ?? []).map((n) => t("scans.offers.becauseChallenge", { number: n })),
        ...(note.barriers ?? []).map((b) => t("scans.offers.becauseBarrier", { barrier: names.barrier(b) })),
      ].join(", ");
      return t("scans.offers.note.service_type", { service: names.service(note.serviceType ?? ""), why });
    }
    case "common_language":
      return t("scans.offers.note.common_language", { list: (note.languages ?? []).map(names.language).join(", ") });
    default:
      return t(`scans.offers.note.${note.code}`, {
        capacity: note.capacityPerYear,
        open: note.openReferrals,
        days: note.days,
      });
  }
}

function OfferCard({ item, clientId, names }: { item: OfferSuggestion; clientId: string; names: ScanNames }) {
  const { t } = useTranslation();
  const title = `${item.offer.organisation.name}: ${names.service(item.offer.serviceType)}`;
  return (
    <Paper withBorder p="sm" component="article" aria-label={title}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={4} style={{ overflowWrap: "anywhere" }}>
            {title}
          </Title>
          <Badge color={item.fits ? "teal.9" : "red.9"} variant="filled">
            {item.fits ? t("scans.offers.fits") : t("scans.offers.blocked")}
          </Badge>
        </Group>
        <Text size="sm">{item.offer.name}</Text>
        <Text size="sm" fw={600}>
          {t("scans.offers.matches")}
        </Text>
        <List size="sm" spacing={2}>
          {item.reasons.map((r, i) => (
            <List.Item key={i}>{noteText(r, t, names)}</List.Item>
          ))}
        </List>
        {item.mismatches.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t("scans.offers.mismatches")}
            </Text>
            <List size="sm" spacing={2}>
              {item.mismatches.map((m, i) => (
                <List.Item key={i}>{noteText(m, t, names)}</List.Item>
              ))}
            </List>
          </>
        )}
        <Anchor
          component={Link}
          to={`/clienten/${encodeURIComponent(clientId)}/doorverwijzingen?offer=${encodeURIComponent(item.offer.id)}`}
          aria-label={t("scans.offers.referLabel", { offer: title })}
        >
          {t("scans.offers.refer")}
        </Anchor>
      </Stack>
    </Paper>
  );
}

/** The best few offers first; the rest one keypress away, so the page stays readable on a phone. */
const firstOffers = 5;

function OfferList({ offers, clientId, names }: { offers: OfferSuggestion[]; clientId: string; names: ScanNames }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? offers : offers.slice(0, firstOffers);
  return (
    <Stack gap="sm">
      {shown.map((o, i) => (
        <div key={o.offer.id} id={`scan-offer-${i}`} tabIndex={-1}>
          <OfferCard item={o} clientId={clientId} names={names} />
        </div>
      ))}
      {!all && offers.length > firstOffers && (
        <div>
          <Button
            variant="outline"
            onClick={() => {
              setAll(true);
              focusSoon(() => document.getElementById(`scan-offer-${firstOffers}`));
            }}
          >
            {t("scans.offers.showAll", { count: offers.length })}
          </Button>
        </div>
      )}
    </Stack>
  );
}

export function SuggestionsSection({
  data,
  clientId,
  names,
}: {
  data: Suggestions;
  clientId: string;
  names: ScanNames;
}) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="scan-suggestions-title">
      <Stack gap="md">
        <Title order={2} id="scan-suggestions-title">
          {t("scans.suggestions.title")}
        </Title>
        {data.basedOn === null ? (
          <Text>{t("scans.suggestions.noScan")}</Text>
        ) : (
          <Text size="sm">
            {t("scans.suggestions.basedOn", {
              date: formatDate(data.basedOn.takenOn, i18n.language, false),
              count: data.basedOn.barriers,
            })}{" "}
            {t("scans.suggestions.decide")}
          </Text>
        )}
        {data.basedOn !== null && data.addendum === null && <Text>{t("scans.suggestions.noAddendum")}</Text>}
        {data.basedOn !== null && data.addendum !== null && (
          <>
            <section aria-labelledby="scan-challenges-title">
              <Title order={3} id="scan-challenges-title" mb="xs">
                {t("scans.suggestions.challengesTitle", { region: data.addendum.region })}
              </Title>
              {data.challenges.length === 0 ? (
                <Text size="sm">{t("scans.suggestions.noneResembles")}</Text>
              ) : (
                <Stack gap="sm">
                  {data.challenges.map((c) => {
                    const title = t("scans.suggestions.challenge", { number: c.number });
                    return (
                      <Paper key={c.number} withBorder p="sm" component="article" aria-label={title}>
                        <Group justify="space-between" wrap="wrap" gap="xs" mb={4}>
                          <Title order={4}>{title}</Title>
                          <LevelBadge level={c.level} />
                        </Group>
                        <Explanation item={c} names={names} />
                      </Paper>
                    );
                  })}
                </Stack>
              )}
            </section>
            <section aria-labelledby="scan-personas-title">
              <Title order={3} id="scan-personas-title" mb="xs">
                {t("scans.suggestions.personasTitle")}
              </Title>
              {data.personas.length === 0 ? (
                <Text size="sm">{t("scans.suggestions.noneResembles")}</Text>
              ) : (
                <Stack gap="sm">
                  {data.personas.map((p) => {
                    const title = t("scans.suggestions.persona", { name: p.name });
                    return (
                      <Paper key={p.slug} withBorder p="sm" component="article" aria-label={title}>
                        <Group justify="space-between" wrap="wrap" gap="xs" mb={4}>
                          <Title order={4}>{title}</Title>
                          <LevelBadge level={p.level} />
                        </Group>
                        <Text size="sm">
                          {t("scans.suggestions.personaFrom", {
                            list: p.challenges.map((n) => t("scans.suggestions.challenge", { number: n })).join(", "),
                          })}{" "}
                          <Anchor component={Link} to={`/personas/${encodeURIComponent(p.slug)}`}>
                            {t("scans.suggestions.personaLink", { name: p.name })}
                          </Anchor>
                        </Text>
                        <Explanation item={p} names={names} />
                      </Paper>
                    );
                  })}
                </Stack>
              )}
            </section>
          </>
        )}
        {data.basedOn !== null && (
          <section aria-labelledby="scan-offers-title">
            <Title order={3} id="scan-offers-title" mb="xs">
              {t("scans.offers.title")}
            </Title>
            <Text size="sm" mb="xs">
              {t("scans.offers.client", {
                where:
                  data.client.residence === "no_reference_address"
                    ? t("scans.offers.noReferenceAddress")
                    : (data.client.municipality ?? t("scans.offers.unknownMunicipality")),
                languages: data.client.contactLanguages.map(names.language).join(", "),
              })}
            </Text>
            {!data.partnership ? (
              <Text size="sm">{t("scans.offers.noPartnership")}</Text>
            ) : data.offers.length === 0 ? (
              <Text size="sm">{t("scans.offers.none")}</Text>
            ) : (
              <OfferList offers={data.offers} clientId={clientId} names={names} />
            )}
          </section>
        )}
      </Stack>
    </section>
  );
}
