import { Badge, Card, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AddendumDocument } from "../../api/types.ts";

export function LocalInputSection({ document }: { document: AddendumDocument }) {
  const { t } = useTranslation();
  if (document.localInput.length === 0) return <Text>{t("addendum.noLocalInput")}</Text>;
  return (
    <Stack gap="sm">
      {document.localInput.map((input, i) => (
        <Card
          key={i}
          withBorder
          padding="md"
          style={
            input.kind === "exclusion"
              ? { borderLeft: "6px solid #96470c" }
              : input.kind === "focus"
                ? { borderLeft: "6px solid #1d5f94" }
                : undefined
          }
        >
          <Stack gap={6}>
            {input.kind !== "context" && (
              <div>
                <Badge
                  color={input.kind === "exclusion" ? "orange" : "brug"}
                  variant="light"
                  radius="sm"
                  tt="none"
                  size="lg"
                >
                  {input.kind === "exclusion" ? t("addendum.exclusion") : t("addendum.focus")}
                </Badge>
              </div>
            )}
            {input.heading && (
              <Text fw={700} lang="nl">
                {input.heading}
              </Text>
            )}
            <Text lang="nl" style={{ whiteSpace: "pre-line" }}>
              {input.text}
            </Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
