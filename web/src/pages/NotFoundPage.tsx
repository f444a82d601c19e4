import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "../components/PageTitle.tsx";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <PageTitle>{t("notFound.title")}</PageTitle>
      <Text>{t("notFound.text")}</Text>
      <Link to="/">{t("errors.backHome")}</Link>
    </Stack>
  );
}
