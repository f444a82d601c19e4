import { Anchor, Card, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { AddendumDocument } from "../../api/types.ts";
import { Tags } from "../../components/Tags.tsx";
import type { Lookups } from "./lookup.ts";

export function ChallengesSection({ document, names }: { document: AddendumDocument; names: Lookups }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <div className="prose" lang="nl">
        {document.challengesIntro.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      {document.challenges.map((challenge) => {
        const headingId = `uitdaging-${challenge.number}`;
        return (
          <Card key={challenge.number} withBorder padding="lg" component="article" aria-labelledby={headingId}>
            <Stack gap="sm">
              <Title order={3} id={headingId} className="section-anchor">
                {t("addendum.challenge", { number: challenge.number })}
              </Title>
              <Text>
                <strong>{t("addendum.basedOnPersonas")}: </strong>
                {challenge.personas.map((slug, i) => (
                  <span key={slug}>
                    {i > 0 && ", "}
                    <Anchor component={Link} to={`/personas/${slug}`}>
                      {names.persona(slug)}
                    </Anchor>
                  </span>
                ))}
                {challenge.personaNote && (
                  <Text span lang="nl">
                    {" "}
                    ({challenge.personaNote})
                  </Text>
                )}
              </Text>
              {challenge.context.length > 0 && (
                <div className="prose" lang="nl">
                  {challenge.context.map((p, i) => (
                    <p key={i}>{p}</p>
                  ))}
                </div>
              )}
              {challenge.obstacles.length > 0 && (
                <div>
                  <Title order={4} id={`${headingId}-obstacles`} mb="xs">
                    {t("addendum.obstacles")}
                  </Title>
                  <List spacing="sm">
                    {challenge.obstacles.map((o, i) => (
                      <List.Item key={i}>
                        <Text lang="nl">{o.text}</Text>
                        <Tags label={t("addendum.barriersOf")} items={o.barriers.map(names.barrier)} />
                      </List.Item>
                    ))}
                  </List>
                </div>
              )}
              {challenge.intendedResults.length > 0 && (
                <div>
                  <Title order={4} id={`${headingId}-results`} mb="xs">
                    {t("addendum.intendedResults")}
                  </Title>
                  <List spacing={4} lang="nl">
                    {challenge.intendedResults.map((r, i) => (
                      <List.Item key={i}>{r}</List.Item>
                    ))}
                  </List>
                </div>
              )}
              {challenge.questions.length > 0 && (
                <div>
                  <Title order={4} id={`${headingId}-questions`} mb="xs">
                    {t("addendum.questions")}
                  </Title>
                  <Stack gap="xs" lang="nl">
                    {challenge.questions.map((q, i) => (
                      <blockquote key={i} className="quote">
                        <Text fw={600}>{q}</Text>
                      </blockquote>
                    ))}
                  </Stack>
                </div>
              )}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
