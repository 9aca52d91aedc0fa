// Bar charts of the monitoring figures, drawn with ECharts (only the parts used, so the bundle
// stays small). Loaded on demand by the statistics screen: the applicant's first screen never
// waits for it.

import * as echarts from "echarts/core";
import { BarChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface Bar {
  label: string;
  count: number;
}

/** Draws `bars` into `el` (replacing what was there): across for months, otherwise along, so
 * long measure titles stay readable. Returns a function that removes the chart. */
export function drawBars(el: HTMLElement, bars: Bar[], across: boolean): () => void {
  const chart = echarts.init(el, undefined, { renderer: "canvas" });
  const style = getComputedStyle(el);
  const ink = style.color || "#1c1b1f";
  const font = style.fontFamily;
  const labels = bars.map((b) => b.label);
  const category = {
    type: "category" as const,
    data: across ? labels : [...labels].reverse(),
    axisLabel: { color: ink, fontFamily: font, width: across ? 80 : 260, overflow: "truncate" as const },
  };
  const value = { type: "value" as const, minInterval: 1, axisLabel: { color: ink, fontFamily: font } };
  const counts = bars.map((b) => b.count);
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: font },
    tooltip: { trigger: "axis" },
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    xAxis: across ? category : value,
    yAxis: across ? value : category,
    series: [
      {
        type: "bar",
        data: across ? counts : [...counts].reverse(),
        itemStyle: { color: style.getPropertyValue("--action").trim() || "#0b57d0" },
        label: { show: true, position: across ? "top" : "right", color: ink, fontFamily: font },
      },
    ],
  });
  const resize = () => chart.resize();
  window.addEventListener("resize", resize);
  return () => {
    window.removeEventListener("resize", resize);
    chart.dispose();
  };
}
