import { useEffect, useRef } from 'react';
import { usePrefersReducedMotion } from '../../shared/usePrefersReducedMotion.ts';
import { type EChartsOption, echarts } from './echarts.ts';

/**
 * One ECharts instance in a div: options replaced on change, resized with its box, disposed on
 * unmount; `onClick` hears the name of the item clicked (a commune of a map, a bar's category). Drawn
 * without animation when the person asks for less motion.
 */
export function EChart({
  option,
  height = 320,
  testId,
  onClick,
}: {
  option: EChartsOption;
  height?: number;
  testId?: string;
  onClick?: (name: string) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  // The latest handler, read at the click: the instance is made once.
  const clicked = useRef(onClick);
  const reducedMotion = usePrefersReducedMotion();
  useEffect(() => {
    clicked.current = onClick;
  });

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas', locale: 'EN' });
    instance.on('click', (params) => clicked.current?.(String((params as { name?: unknown }).name ?? '')));
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ ...option, animation: !reducedMotion }, { notMerge: true });
  }, [option, reducedMotion]);

  return <div ref={box} style={{ width: '100%', height }} data-testid={testId} />;
}
