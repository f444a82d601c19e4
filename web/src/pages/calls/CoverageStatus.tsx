// A cell's status in the coverage matrix: a word, a shape and a colour together, so it never rests on colour alone
// (WCAG 1.4.1): a triangle for a gap, a tick for covered, two ticks for covered more than once, a plus for offered
// without being asked. Text colours have at least 4.5:1 contrast on their backgrounds.
import { useTranslation } from "react-i18next";
import type { CoverageServiceCell } from "../../api/types.ts";

type Status = CoverageServiceCell["status"];

function Shape({ status }: { status: Status }) {
  const common = {
    width: 16,
    height: 16,
    viewBox: "0 0 16 16",
    "aria-hidden": true,
    focusable: false,
    fill: "none",
    stroke: "currentColor",
    strokeWidth: 2,
    strokeLinecap: "round",
    strokeLinejoin: "round",
  } as const;
  switch (status) {
    case "gap":
      return (
        <svg {...common}>
          <path d="M8 1.5 15 14.5H1z" />
          <path d="M8 6v4M8 12.2v.1" />
        </svg>
      );
    case "covered":
      return (
        <svg {...common}>
          <path d="M2.5 8.5 6 12l7.5-8" />
        </svg>
      );
    case "over_covered":
      return (
        <svg {...common}>
          <path d="M1 8.5 4 11.5 9.5 5M6.5 11.5 7 12l7-8" />
        </svg>
      );
    case "not_needed_but_offered":
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.5" />
          <path d="M8 5v6M5 8h6" />
        </svg>
      );
  }
}

export function CoverageStatus({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <span className="coverage-status" data-status={status}>
      <Shape status={status} />
      {t(`coverage.status.${status}`)}
    </span>
  );
}
