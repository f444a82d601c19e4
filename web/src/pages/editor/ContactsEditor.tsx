import { Button, Card, Checkbox, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AddendumDocument, Contact } from "../../api/types.ts";
import { GroupError, ItemControls, TextField, TextListEditor, applyItemOp, fieldId } from "./fields.tsx";

export function ContactsEditor({ contacts, onChange }: { contacts: Contact[]; onChange: (c: Contact[]) => void }) {
  const { t } = useTranslation();
  const set = (i: number, c: Contact) => onChange(contacts.map((x, k) => (k === i ? c : x)));
  return (
    <Stack gap="md">
      <GroupError path="document.contacts" />
      {contacts.map((c, i) => {
        const base = `document.contacts.${i}`;
        const title = c.name || t("editor.contactN", { n: i + 1 });
        return (
          <Card
            key={i}
            withBorder
            padding="md"
            component="section"
            aria-labelledby={`edit-contact-${i}`}
            id={fieldId(base)}
          >
            <Stack gap="sm">
              <Group justify="space-between" wrap="wrap">
                <Title order={3} size="h4" id={`edit-contact-${i}`}>
                  {title}
                </Title>
                <ItemControls
                  index={i}
                  count={contacts.length}
                  itemLabel={title}
                  onChange={(op) => onChange(applyItemOp(contacts, i, op))}
                />
              </Group>
              <GroupError path={base} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextField
                  path={`${base}.name`}
                  label={t("editor.contactName")}
                  value={c.name}
                  onChange={(v) => set(i, { ...c, name: v })}
                />
                <TextField
                  path={`${base}.email`}
                  label={t("contact.email")}
                  type="email"
                  value={c.email ?? ""}
                  onChange={(v) => set(i, { ...c, email: v || undefined })}
                />
              </SimpleGrid>
              <TextField
                path={`${base}.role`}
                label={t("editor.contactRole")}
                value={c.role ?? ""}
                lang="nl"
                onChange={(v) => set(i, { ...c, role: v || undefined })}
              />
              <TextListEditor
                path={`${base}.phones`}
                title={t("editor.phones")}
                itemLabel={(n) => t("editor.phoneN", { n })}
                addLabel={t("editor.addPhone")}
                items={c.phones}
                type="tel"
                headingOrder={4}
                onChange={(phones) => set(i, { ...c, phones })}
              />
              <fieldset style={{ border: 0, padding: 0, margin: 0 }} id={fieldId(`${base}.purposes`)}>
                <legend>
                  <Text size="sm" fw={600}>
                    {t("editor.purposes")}
                  </Text>
                </legend>
                <GroupError path={`${base}.purposes`} />
                <Group gap="lg" mt={4}>
                  {(["questions", "applications"] as const).map((p) => (
                    <Checkbox
                      key={p}
                      label={t(`contact.purpose.${p}`)}
                      checked={c.purposes.includes(p)}
                      onChange={(e) =>
                        set(i, {
                          ...c,
                          purposes: e.currentTarget.checked ? [...c.purposes, p] : c.purposes.filter((x) => x !== p),
                        })
                      }
                    />
                  ))}
                </Group>
              </fieldset>
            </Stack>
          </Card>
        );
      })}
      <div>
        <Button
          variant="light"
          onClick={() => onChange([...contacts, { name: "", phones: [], purposes: ["questions"] }])}
        >
          {t("editor.addContact")}
        </Button>
      </div>
    </Stack>
  );
}

export function ApplicationEditor({
  application,
  onChange,
}: {
  application: AddendumDocument["application"];
  onChange: (a: AddendumDocument["application"]) => void;
}) {
  const { t } = useTranslation();
  const base = "document.application";
  return (
    <Stack gap="sm">
      <TextField
        path={`${base}.instructions`}
        label={t("editor.instructions")}
        value={application.instructions}
        multiline
        lang="nl"
        onChange={(v) => onChange({ ...application, instructions: v })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField
          path={`${base}.email`}
          label={t("editor.applicationEmail")}
          type="email"
          value={application.email}
          onChange={(v) => onChange({ ...application, email: v })}
        />
        <TextField
          path={`${base}.subject`}
          label={t("application.subject")}
          value={application.subject ?? ""}
          lang="nl"
          onChange={(v) => onChange({ ...application, subject: v || undefined })}
        />
      </SimpleGrid>
    </Stack>
  );
}
