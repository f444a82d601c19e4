// The list of refused fields above a form, as in the addendum editor: its heading takes the focus when the server
// refuses, and each entry takes the keyboard user to the field it is about.
import { Alert, Anchor, List, Text, Title } from "@mantine/core";
import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import { focusPath } from "../pages/editor/fields.tsx";

export interface PathError {
  path: string;
  message: string;
}

export function ErrorSummary({
  errors,
  describe,
  headingRef,
}: {
  errors: PathError[];
  describe: (path: string) => string;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <Alert color="red" role="alert">
      <Title order={2} size="h4" ref={headingRef} tabIndex={-1} mb="xs">
        {t("editor.errorSummary", { count: errors.length })}
      </Title>
      <Text size="sm" mb="xs">
        {t("editor.errorSummaryHelp")}
      </Text>
      <List spacing={4}>
        {errors.map((e) => (
          <List.Item key={`${e.path}-${e.message}`}>
            <Anchor
              component="button"
              type="button"
              onClick={() => focusPath(e.path)}
              ta="left"
              style={{ display: "inline" }}
            >
              {describe(e.path)}: {e.message}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/**
 * Focuses an element once React has rendered it. A state update made after a request is rendered on React's own
 * schedule, which under load can come after the next frame: wait a few frames for the element to appear.
 */
export function focusSoon(get: () => HTMLElement | null, frames = 30): void {
  requestAnimationFrame(() => {
    const el = get();
    if (el?.isConnected) el.focus();
    else if (frames > 0) focusSoon(get, frames - 1);
  });
}
