// The progress chart: one line per life domain (score 1–5) and the ladder (rung 1–6) over the scans. ECharts with
// the SVG renderer (DESIGN §5), imported piece by piece so this chunk stays small, and loaded only on this page.
// The chart is a picture of the table next to it, which carries the same numbers as text.
import { LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";
import type { ProgressSeries } from "./progress.ts";

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export default function ProgressChart({
  series,
  label,
  ladderName,
}: {
  series: ProgressSeries;
  label: string;
  ladderName: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, null, { renderer: "svg" });
    chart.setOption({
      animation: false,
      aria: { enabled: false },
      tooltip: { trigger: "axis" },
      legend: { type: "scroll", top: 0 },
      grid: { left: 32, right: 32, top: 48, bottom: 32, containLabel: true },
      xAxis: { type: "category", data: series.labels, axisLabel: { hideOverlap: true } },
      yAxis: [
        { type: "value", min: 1, max: 5, interval: 1 },
        { type: "value", min: 1, max: 6, interval: 1, position: "right" },
      ],
      series: [
        ...series.domains.map((d) => ({ name: d.name, type: "line", data: d.scores, connectNulls: true })),
        {
          name: ladderName,
          type: "line",
          yAxisIndex: 1,
          data: series.ladder,
          connectNulls: true,
          lineStyle: { type: "dashed", width: 3 },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      chart.dispose();
    };
  }, [series, ladderName]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: "100%", height: 300 }} />;
}
