import * as echarts from 'echarts';
import { Resvg } from '@resvg/resvg-js';
import { formatNumberVi } from '@par/kernel';
import type { ChartBlock } from '../model/report-document';

/** Where the Vietnamese-capable font for charts comes from (DejaVu Sans from Debian's fonts-dejavu-core by default). */
export const DEFAULT_CHART_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const FAMILY = 'DejaVu Sans';

export interface ChartSize {
  width: number;
  height: number;
}
export const CHART_SIZE: ChartSize = { width: 640, height: 320 };

const PALETTE = ['#1f4e79', '#c55a11', '#548235', '#7030a0'];

function chartOption(c: ChartBlock): echarts.EChartsCoreOption {
  const label = (v: unknown) => (typeof v === 'number' ? formatNumberVi(v, c.decimals) : String(v));
  return {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: FAMILY },
    title: { text: c.title, left: 'center', top: 6, textStyle: { fontSize: 15, fontFamily: FAMILY } },
    legend: c.series.length > 1 ? { bottom: 4, textStyle: { fontFamily: FAMILY } } : undefined,
    grid: { left: 64, right: 24, top: 52, bottom: c.series.length > 1 ? 64 : 48 },
    xAxis: { type: 'category', data: c.categories, name: c.xLabel, nameLocation: 'middle', nameGap: 28 },
    yAxis: {
      type: 'value',
      name: c.yLabel,
      nameLocation: 'middle',
      nameGap: 44,
      inverse: c.inverse ?? false,
      minInterval: c.decimals === 0 ? 1 : undefined,
      ...(c.min !== undefined && { min: c.min }),
      ...(c.max !== undefined && { max: c.max }),
      axisLabel: { formatter: (v: number) => formatNumberVi(v, c.decimals, false) },
    },
    series: c.series.map((s) => ({
      type: 'line',
      name: s.name,
      data: s.values,
      connectNulls: false,
      symbolSize: 8,
      label: { show: true, position: c.inverse ? 'bottom' : 'top', formatter: (p: { value: unknown }) => label(p.value) },
    })),
  };
}

/**
 * A chart as SVG, rendered on the server (ECharts SSR, no DOM). Texts are the model's plain strings; ECharts
 * escapes them into SVG text nodes.
 */
export function renderChartSvg(chart: ChartBlock, size: ChartSize = CHART_SIZE): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    instance.setOption(chartOption(chart));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

/** SVG → PNG (for DOCX), at `scale` × the SVG's size, with the given font file only (no system font lookup). */
export function svgToPng(svg: string, fontFile: string = DEFAULT_CHART_FONT, scale = 2): Uint8Array {
  const r = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: [fontFile], loadSystemFonts: false, defaultFontFamily: FAMILY, sansSerifFamily: FAMILY },
  });
  return r.render().asPng();
}
