// Building blocks of the addendum editor. Every input's id is derived from its path in the request body
// ("document.challenges.0.questions.1" → "f-document-challenges-0-questions-1"), so the server's field errors land
// next to the field they are about.
import { ActionIcon, Button, Group, Stack, Text, TextInput, Textarea, Title, VisuallyHidden } from "@mantine/core";
import { createContext, useContext } from "react";
import { useTranslation } from "react-i18next";

export type FieldErrors = ReadonlyMap<string, string>;
export const FieldErrorsContext = createContext<FieldErrors>(new Map());

export const fieldId = (path: string) => `f-${path.replace(/\./g, "-")}`;

/** The nearest input for an error path: the field itself, or the list or section it belongs to. */
export function focusPath(path: string): void {
  const parts = path.split(".");
  while (parts.length > 0) {
    const el = document.getElementById(fieldId(parts.join(".")));
    if (el) {
      const target = el.matches("input, textarea, select, button")
        ? el
        : el.querySelector<HTMLElement>("input, textarea, select, button");
      (target ?? el).focus();
      el.scrollIntoView({ block: "center" });
      return;
    }
    parts.pop();
  }
}

export function useFieldError(path: string): string | undefined {
  return useContext(FieldErrorsContext).get(path);
}

/** Errors on a list or object rather than on one input (e.g. "at least one persona"). */
export function GroupError({ path }: { path: string }) {
  const error = useFieldError(path);
  if (!error) return null;
  return (
    <Text c="red" size="sm" id={`${fieldId(path)}-error`} fw={600}>
      {error}
    </Text>
  );
}

export function TextField(props: {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  type?: string;
  description?: string;
  required?: boolean;
  lang?: string;
  readOnly?: boolean;
  autoComplete?: string;
  inputMode?: "text" | "numeric" | "decimal" | "email" | "tel";
  /** An error found on this side (a number that cannot be read); the server's error for the path otherwise. */
  error?: string;
}) {
  const serverError = useFieldError(props.path);
  const error = props.error ?? serverError;
  const common = {
    id: fieldId(props.path),
    label: props.label,
    value: props.value,
    error,
    description: props.description,
    required: props.required,
    lang: props.lang,
    readOnly: props.readOnly,
    autoComplete: props.autoComplete,
    inputMode: props.inputMode,
  };
  return props.multiline ? (
    <Textarea {...common} autosize minRows={2} maxRows={14} onChange={(e) => props.onChange(e.currentTarget.value)} />
  ) : (
    <TextInput {...common} type={props.type ?? "text"} onChange={(e) => props.onChange(e.currentTarget.value)} />
  );
}

function move<T>(items: T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

/** Buttons to move or remove item `index` of a list; their names say which item, for screen readers. */
export function ItemControls({
  index,
  count,
  itemLabel,
  onChange,
}: {
  index: number;
  count: number;
  itemLabel: string;
  onChange: (op: "up" | "down" | "remove") => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        variant="default"
        size="lg"
        disabled={index === 0}
        onClick={() => onChange("up")}
        aria-label={t("editor.moveUp", { item: itemLabel })}
      >
        <span aria-hidden="true">↑</span>
      </ActionIcon>
      <ActionIcon
        variant="default"
        size="lg"
        disabled={index === count - 1}
        onClick={() => onChange("down")}
        aria-label={t("editor.moveDown", { item: itemLabel })}
      >
        <span aria-hidden="true">↓</span>
      </ActionIcon>
      <ActionIcon
        variant="default"
        color="red"
        size="lg"
        onClick={() => onChange("remove")}
        aria-label={t("editor.remove", { item: itemLabel })}
      >
        <span aria-hidden="true">✕</span>
      </ActionIcon>
    </Group>
  );
}

export function applyItemOp<T>(items: T[], index: number, op: "up" | "down" | "remove"): T[] {
  if (op === "remove") return items.filter((_, i) => i !== index);
  return move(items, index, op === "up" ? index - 1 : index + 1);
}

/** A list of texts (paragraphs, results, questions, phone numbers) with add, remove and reorder. */
export function TextListEditor(props: {
  path: string;
  title: string;
  itemLabel: (n: number) => string;
  addLabel: string;
  items: string[];
  onChange: (items: string[]) => void;
  multiline?: boolean;
  type?: string;
  headingOrder?: 4 | 5;
  lang?: string;
}) {
  const { t } = useTranslation();
  const focusItem = (index: number) =>
    requestAnimationFrame(() => document.getElementById(fieldId(`${props.path}.${index}`))?.focus());
  return (
    <Stack gap="xs">
      <Title order={props.headingOrder ?? 4} size="h5">
        {props.title}
      </Title>
      <GroupError path={props.path} />
      {props.items.length === 0 && <Text size="sm">{t("editor.emptyList")}</Text>}
      {props.items.map((item, i) => (
        <Group key={i} align="flex-end" gap="xs" wrap="nowrap" className="editor-item">
          <div style={{ flex: 1, minWidth: 0 }}>
            <TextField
              path={`${props.path}.${i}`}
              label={props.itemLabel(i + 1)}
              value={item}
              multiline={props.multiline}
              type={props.type}
              lang={props.lang}
              onChange={(value) => props.onChange(props.items.map((x, k) => (k === i ? value : x)))}
            />
          </div>
          <ItemControls
            index={i}
            count={props.items.length}
            itemLabel={props.itemLabel(i + 1)}
            onChange={(op) => {
              props.onChange(applyItemOp(props.items, i, op));
              if (op !== "remove") focusItem(op === "up" ? i - 1 : i + 1);
            }}
          />
        </Group>
      ))}
      <div>
        <Button
          variant="light"
          size="xs"
          onClick={() => {
            props.onChange([...props.items, ""]);
            focusItem(props.items.length);
          }}
        >
          {props.addLabel}
        </Button>
      </div>
    </Stack>
  );
}

export { VisuallyHidden };
