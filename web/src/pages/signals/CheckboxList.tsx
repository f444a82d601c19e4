// A group of checkboxes under a legend, with the group's refusal read out with it.
import { Checkbox, SimpleGrid, Text } from "@mantine/core";

export function CheckboxList({
  id,
  legend,
  options,
  value,
  onChange,
  error,
  hint,
}: {
  id: string;
  legend: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
  hint?: string;
}) {
  return (
    <fieldset
      id={id}
      style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>
        <Text fw={600} size="sm">
          {legend}
        </Text>
      </legend>
      {hint && <Text size="sm">{hint}</Text>}
      {error && (
        <Text id={`${id}-error`} c="red.9" size="sm">
          {error}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing={6} mt={6}>
        {options.map((o) => (
          <Checkbox
            key={o.value}
            value={o.value}
            label={o.label}
            checked={value.includes(o.value)}
            onChange={(event) =>
              onChange(event.currentTarget.checked ? [...value, o.value] : value.filter((v) => v !== o.value))
            }
          />
        ))}
      </SimpleGrid>
    </fieldset>
  );
}
