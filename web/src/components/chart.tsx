import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from '../charts/echarts';

/**
 * A chart drawn by ECharts, which is loaded the first time a chart is shown. The label says what the
 * chart shows for those who cannot see it; the same figures are in a table beside it.
 */
export function Chart(props: { label: string; option: EChartsCoreOption; height?: number }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    import('../charts/echarts').then(({ echarts }) => {
      if (disposed || !element.current) return;
      const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
      chart.setOption(props.option);
      const resize = () => chart.resize();
      window.addEventListener('resize', resize);
      dispose = () => {
        window.removeEventListener('resize', resize);
        chart.dispose();
      };
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [props.option]);
  return (
    <div
      ref={element}
      className="chart"
      role="img"
      aria-label={props.label}
      style={{ height: props.height ?? 320 }}
    />
  );
}
