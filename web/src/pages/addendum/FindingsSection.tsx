import { List, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AddendumDocument } from "../../api/types.ts";
import { Tags } from "../../components/Tags.tsx";
import { formatNumber } from "../../format/dates.ts";
import type { Lookups } from "./lookup.ts";

const levels = ["notRecognisable", "lessRecognisable", "recognisable", "moreRecognisable", "veryRecognisable"] as const;
const shades = ["#f2f4f6", "#a0c5e2", "#4489c2", "#1d5f94", "#0c3150"];

export function FindingsSection({ document, names }: { document: AddendumDocument; names: Lookups }) {
  const { t, i18n } = useTranslation();
  const { findings } = document;
  const pct = (value: number) => `${formatNumber(value, i18n.language)}%`;
  const empty = findings.intro.length === 0 && findings.groups.length === 0 && findings.recognition.length === 0;
  return (
    <Stack gap="md">
      {empty && <Text>{t("addendum.noFindings")}</Text>}
      {findings.intro.length > 0 && (
        <div className="prose" lang="nl">
          {findings.intro.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
      {findings.recognition.length > 0 && (
        <section aria-labelledby="recognition-heading">
          <Title order={3} id="recognition-heading" mb="xs">
            {t("addendum.recognitionHeading")}
          </Title>
          <div className="scroll-region" role="region" aria-labelledby="recognition-caption" tabIndex={0}>
            <Table withTableBorder withColumnBorders striped verticalSpacing="xs" miw={640}>
              <caption
                id="recognition-caption"
                style={{ captionSide: "top", textAlign: "left", padding: "0 0 0.5rem" }}
              >
                {t("addendum.recognitionCaption")}
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("addendum.challengeColumn")}</Table.Th>
                  {levels.map((level) => (
                    <Table.Th scope="col" key={level}>
                      {t(`recognition.${level}`)}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col">{t("addendum.distribution")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {findings.recognition.map((r) => (
                  <Table.Tr key={r.challenge}>
                    <Table.Th scope="row">
                      <a href={`#uitdaging-${r.challenge}`}>{t("addendum.challenge", { number: r.challenge })}</a>
                    </Table.Th>
                    {levels.map((level) => (
                      <Table.Td key={level} style={{ textAlign: "right" }}>
                        {pct(r[level])}
                      </Table.Td>
                    ))}
                    <Table.Td>
                      <div className="bar" aria-hidden="true">
                        {levels.map((level, i) => (
                          <span key={level} style={{ width: `${r[level]}%`, background: shades[i] }} />
                        ))}
                      </div>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
          <Text size="sm" mt="xs">
            {t("addendum.recognitionLegend")}
          </Text>
          <details style={{ marginTop: 8 }}>
            <summary>{t("addendum.recognitionOriginal")}</summary>
            <List spacing={4} mt="xs" lang="nl">
              {findings.recognition.map((r) => (
                <List.Item key={r.challenge}>{r.original}</List.Item>
              ))}
            </List>
          </details>
        </section>
      )}
      {findings.groups.map((group, gi) => (
        <section key={gi} aria-labelledby={`findings-${gi}`}>
          <Title order={3} id={`findings-${gi}`} mb="xs" lang={group.heading ? "nl" : undefined}>
            {group.heading || t("addendum.findingsGroup", { number: gi + 1 })}
          </Title>
          <List spacing="sm">
            {group.items.map((item, i) => (
              <List.Item key={i}>
                <Text lang="nl">{item.text}</Text>
                {item.challenges.length > 0 && (
                  <Text size="sm">
                    {t("addendum.aboutChallenges", { count: item.challenges.length })}{" "}
                    {item.challenges.map((n, k) => (
                      <span key={n}>
                        {k > 0 && ", "}
                        <a href={`#uitdaging-${n}`}>{t("addendum.challenge", { number: n })}</a>
                      </span>
                    ))}
                  </Text>
                )}
                <Tags label={t("addendum.barriersOf")} items={item.barriers.map(names.barrier)} />
                <Tags
                  label={t("addendum.serviceTypesOf")}
                  items={item.serviceTypes.map(names.serviceType)}
                  color="green"
                />
              </List.Item>
            ))}
          </List>
        </section>
      ))}
    </Stack>
  );
}
