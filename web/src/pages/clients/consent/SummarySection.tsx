// The client's summary of who may see what, on screen in the language the client reads (the text comes from the
// server, the same words as the PDF), with a print button and the PDF to download. Printing shows only the summary.
import { Anchor, Button, Group, List, Paper, Radio, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { summaryPath, useConsentSummary, type SummaryLanguage } from "../../../api/consents.ts";
import { ErrorMessage, Loading } from "../../../components/QueryState.tsx";
import { languages } from "../../../i18n/index.ts";

// Only the summary on paper: everything else of the page is hidden while printing.
const printStyle = `@media print {
  body * { visibility: hidden; }
  .consent-summary, .consent-summary * { visibility: visible; }
  .consent-summary { position: absolute; inset: 0 auto auto 0; width: 100%; border: 0; }
}`;

export function SummarySection({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const [lang, setLang] = useState<SummaryLanguage>(
    i18n.language === "en" || i18n.language === "fr" ? i18n.language : "nl",
  );
  const summary = useConsentSummary(clientId, lang);
  const s = summary.data;
  return (
    <section aria-labelledby="consent-summary-title">
      <style>{printStyle}</style>
      <Title order={2} size="h3" id="consent-summary-title" mb="xs">
        {t("consents.summary.title")}
      </Title>
      <Text mb="sm">{t("consents.summary.help")}</Text>
      <Radio.Group
        label={t("consents.summary.language")}
        value={lang}
        onChange={(value) => setLang(value === "en" || value === "fr" ? value : "nl")}
        mb="sm"
      >
        <Group gap="md" mt="xs">
          {languages.map((l) => (
            <Radio key={l.code} value={l.code} label={<span lang={l.code}>{l.name}</span>} />
          ))}
        </Group>
      </Radio.Group>
      <Group gap="sm" mb="sm" className="wrap-buttons">
        <Button variant="outline" onClick={() => window.print()} disabled={!s}>
          {t("consents.summary.print")}
        </Button>
        <Anchor href={summaryPath(clientId, lang, true)} download>
          {t("consents.summary.pdf")} ({languages.find((l) => l.code === lang)?.name})
        </Anchor>
      </Group>
      {summary.isError && <ErrorMessage error={summary.error} onRetry={() => void summary.refetch()} />}
      {!s && !summary.isError && <Loading />}
      {s && (
        <Paper withBorder p="md" className="consent-summary" lang={s.lang}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {s.partnership} · {s.printed}
            </Text>
            <Title order={3}>{s.title}</Title>
            <Text fw={600}>{s.for}</Text>
            <Text>{s.intro}</Text>
            {s.items.length === 0 && <Text>{s.none}</Text>}
            {s.items.map((item) => (
              <Paper key={item.consentId} withBorder p="sm">
                <Title order={4} mb={4} style={{ overflowWrap: "anywhere" }}>
                  {item.who}
                </Title>
                <Text fw={600}>{s.labels.what}</Text>
                <List mb={4}>
                  {item.what.map((w) => (
                    <List.Item key={w}>{w}</List.Item>
                  ))}
                </List>
                <Text fw={600}>{s.labels.why}</Text>
                <Text mb={4}>{item.why}</Text>
                <Text fw={600}>{s.labels.until}</Text>
                <Text>{item.until}</Text>
              </Paper>
            ))}
            <Title order={4}>{s.withdrawTitle}</Title>
            {s.withdraw.map((line) => (
              <Text key={line}>{line}</Text>
            ))}
            <Title order={4}>{s.askTitle}</Title>
            <Text>{s.ask}</Text>
          </Stack>
        </Paper>
      )}
    </section>
  );
}
