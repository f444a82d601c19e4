// Mantine theme with palettes dark enough for WCAG AA: shade 6 (filled backgrounds, links, light-variant text)
// has at least 4.5:1 contrast against white and against its own light tint.
import { Anchor, createTheme, type MantineColorsTuple } from "@mantine/core";

const brug: MantineColorsTuple = [
  "#e7f1f8",
  "#cfe2f0",
  "#a0c5e2",
  "#6ea6d3",
  "#4489c2",
  "#2a73ae",
  "#1d5f94",
  "#174f7c",
  "#124066",
  "#0c3150",
];
const green: MantineColorsTuple = [
  "#e6f4ea",
  "#c9e8d2",
  "#98d1a8",
  "#63b87b",
  "#3d9f58",
  "#2a8745",
  "#1e6b36",
  "#18592d",
  "#124724",
  "#0c351a",
];
const orange: MantineColorsTuple = [
  "#fdf0e4",
  "#f9dcc1",
  "#f2b887",
  "#e9924d",
  "#d97324",
  "#b85b14",
  "#96470c",
  "#7c3a0a",
  "#632e08",
  "#4a2206",
];
const red: MantineColorsTuple = [
  "#fcebeb",
  "#f7cfcf",
  "#ee9f9f",
  "#e46d6d",
  "#d94444",
  "#c42b2b",
  "#a61f1f",
  "#8a1a1a",
  "#6e1515",
  "#521010",
];
const gray: MantineColorsTuple = [
  "#f8f9fa",
  "#f1f3f5",
  "#e9ecef",
  "#dee2e6",
  "#ced4da",
  "#adb5bd",
  "#5c636a",
  "#495057",
  "#343a40",
  "#212529",
];

export const theme = createTheme({
  primaryColor: "brug",
  primaryShade: 6,
  colors: { brug, blue: brug, green, orange, red, gray },
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  headings: { fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif" },
  focusRing: "always",
  defaultRadius: "md",
  components: {
    // Links in running text are underlined, so they are not told apart by colour alone (WCAG 1.4.1).
    Anchor: Anchor.extend({ defaultProps: { underline: "always" } }),
  },
});
