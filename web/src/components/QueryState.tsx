import { Alert, Button, Center, Loader, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../api/client.ts";

export function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status">
      <Loader size="md" aria-hidden="true" />
      <Text ml="sm">{t("common.loading")}</Text>
    </Center>
  );
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Alert color="orange" title={t("errors.notFoundTitle")} role="alert">
        <Stack gap="xs">
          <Text>{t("errors.notFoundText")}</Text>
          <Link to="/">{t("errors.backHome")}</Link>
        </Stack>
      </Alert>
    );
  }
  const message = error instanceof Error && error.message ? error.message : t("errors.unexpected");
  return (
    <Alert color="red" title={t("errors.loadFailed")} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text>{message}</Text>
        {onRetry && (
          <Button variant="outline" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
