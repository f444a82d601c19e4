import { Anchor, Card, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AddendumDocument } from "../../api/types.ts";

export function ContactSection({ document }: { document: AddendumDocument }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      {document.contacts.map((c, i) => (
        <Card key={i} withBorder padding="md" component="article" aria-labelledby={`contact-${i}`}>
          <Stack gap={4}>
            <Title order={3} size="h4" id={`contact-${i}`}>
              {c.name}
            </Title>
            {c.role && <Text lang="nl">{c.role}</Text>}
            <Text size="sm">{c.purposes.map((p) => t(`contact.purpose.${p}`)).join(" · ")}</Text>
            <List spacing={2} listStyleType="none" ml={0} pl={0}>
              {c.email && (
                <List.Item>
                  {t("contact.email")}: <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor>
                </List.Item>
              )}
              {c.phones.map((phone) => (
                <List.Item key={phone}>
                  {t("contact.phone")}: <Anchor href={`tel:${phone.replace(/[^\d+]/g, "")}`}>{phone}</Anchor>
                </List.Item>
              ))}
            </List>
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}

export function ApplicationSection({ document }: { document: AddendumDocument }) {
  const { t } = useTranslation();
  const { application } = document;
  const href = `mailto:${application.email}${application.subject ? `?subject=${encodeURIComponent(application.subject)}` : ""}`;
  return (
    <Stack gap="sm">
      <Text lang="nl" style={{ whiteSpace: "pre-line" }}>
        {application.instructions}
      </Text>
      <Text>
        <strong>{t("application.sendTo")}: </strong>
        <Anchor href={href}>{application.email}</Anchor>
      </Text>
      {application.subject && (
        <Text>
          <strong>{t("application.subject")}: </strong>
          <span lang="nl">{application.subject}</span>
        </Text>
      )}
    </Stack>
  );
}
