/** Types for the elements in JSX: React 19 reads custom-element props from IntrinsicElements. */
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {ApacSelectDetail} from 'apac-viz/core';

type ChartProps = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & {
  headline?: string;
  subhead?: string;
  data?: unknown;
  selected?: string;
  theme?: 'auto' | 'light' | 'dark';
  'onapac-select'?: (event: CustomEvent<ApacSelectDetail>) => void;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'apac-sankey': ChartProps & {report?: 'tocta2013' | 'sea2019'};
      'apac-timeline': ChartProps;
      'apac-choropleth': ChartProps & {indicator?: string; region?: string};
    }
  }
}
