'use client';

import {createContext, useContext, type ReactNode} from 'react';

export interface ErrorLabels {
  title: string;
  body: string;
  retry: string;
}

const Labels = createContext<ErrorLabels | null>(null);

/**
 * The error boundary (error.tsx) is a client component that Next renders with no props of ours, so the
 * layout hands it its translated strings through this context rather than through next-intl's client
 * provider, which would add its message formatter to every page's JavaScript.
 */
export function ErrorLabelsProvider({labels, children}: {labels: ErrorLabels; children: ReactNode}) {
  return <Labels value={labels}>{children}</Labels>;
}

export function useErrorLabels(): ErrorLabels {
  const labels = useContext(Labels);
  if (!labels) throw new Error('useErrorLabels outside ErrorLabelsProvider');
  return labels;
}
