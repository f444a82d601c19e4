// Changing a client file: the same fields as a new file; the server refuses bad input next to the field and keeps
// the file as it was.
import { Alert, Button, Group, Stack } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { usePatchClient, useWorkRegions, type ClientFile } from "../../api/clients.ts";
import { ErrorSummary, focusSoon, type PathError } from "../../components/ErrorSummary.tsx";
import { ClientFields, clientFieldLabel, draftOf, draftToBody } from "./ClientFields.tsx";

export function ClientEditForm({ file, onDone }: { file: ClientFile; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const patch = usePatchClient(file.id);
  const regions = useWorkRegions();
  const [draft, setDraft] = useState(() => draftOf(file));
  const [errors, setErrors] = useState<PathError[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const prefix = "edit.";
  const municipalities = regions.data?.regions.find((r) => r.slug === file.region.slug)?.municipalities ?? [];
  const errorOf = (path: string) =>
    errors.find((e) => e.path === prefix + path || e.path.startsWith(`${prefix}${path}.`))?.message;

  const show = (found: PathError[]) => {
    setErrors(found);
    focusSoon(() => summaryRef.current);
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (patch.isPending) return;
    setRefusal(null);
    const { body, errors: local } = draftToBody(draft);
    if (local.length > 0) {
      show(local.map((e) => ({ path: prefix + e.path, message: t(e.key) })));
      return;
    }
    patch.mutate(body, {
      onSuccess: () => onDone(true),
      onError: (error) => {
        if (error instanceof ApiError && error.fields.length > 0) {
          show(error.fields.map((f) => ({ path: prefix + f.path, message: f.message })));
        } else {
          setRefusal(error.message);
          focusSoon(() => document.getElementById("client-edit-refusal"));
        }
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("clients.overview.edit")}>
      <Stack gap="md">
        <ErrorSummary
          errors={errors}
          describe={(path) => clientFieldLabel(path.slice(prefix.length), t)}
          headingRef={summaryRef}
        />
        <ClientFields
          draft={draft}
          onChange={setDraft}
          errorOf={errorOf}
          municipalities={municipalities}
          prefix={prefix}
        />
        {refusal && (
          <Alert color="red" role="alert" id="client-edit-refusal" tabIndex={-1}>
            {refusal}
          </Alert>
        )}
        <Group className="wrap-buttons">
          <Button type="submit" loading={patch.isPending}>
            {t("clients.form.save")}
          </Button>
          <Button variant="subtle" onClick={() => onDone(false)}>
            {t("clients.form.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
