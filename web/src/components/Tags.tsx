import { Badge, Group, Text } from "@mantine/core";
import { useId } from "react";

/** A short list of labelled tags (barriers, service types); the visible label says what kind they are, not the colour. */
export function Tags({ label, items, color = "brug" }: { label: string; items: string[]; color?: string }) {
  const id = useId();
  if (items.length === 0) return null;
  return (
    <Group gap={6} mt={4} wrap="wrap" align="center">
      <Text size="xs" fw={700} id={id} span>
        {label}:
      </Text>
      <Group gap={6} component="ul" aria-labelledby={id} style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {items.map((item, i) => (
          <Badge
            component="li"
            key={`${item}-${i}`}
            variant="light"
            color={color}
            radius="sm"
            tt="none"
            fw={500}
            size="md"
            style={{ height: "auto", paddingBlock: 2, maxWidth: "100%" }}
            styles={{ label: { whiteSpace: "normal", overflow: "visible", textOverflow: "clip" } }}
          >
            {item}
          </Badge>
        ))}
      </Group>
    </Group>
  );
}
