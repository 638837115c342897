'use client';

import {useEffect, useRef, useState, useTransition} from 'react';
import {useRouter} from 'next/navigation';
import type {DraftJobView} from '@/server/drafts/draftJobs';

export interface DraftProgressLabels {
  request: string;
  requesting: string;
  queued: string;
  /** With {done} and {total} left in, filled here. */
  running: string;
  done: string;
  show: string;
  failed: string;
  errors: Record<string, string>;
}

type Job = Pick<DraftJobView, 'id' | 'status' | 'done' | 'total' | 'error'>;
type RequestResult = {ok: true; job: Job} | {ok: false; error: string};

/** Requests a machine draft and follows it: the job lives in the database, so reloading the page picks it up again. */
export function DraftProgress({
  textId,
  initial,
  canRequest,
  labels,
  actions,
}: {
  textId: string;
  initial: Job | null;
  canRequest: boolean;
  labels: DraftProgressLabels;
  actions: {request: (input: unknown) => Promise<RequestResult>; poll: (input: unknown) => Promise<Job | null>};
}) {
  const [job, setJob] = useState<Job | null>(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const active = job?.status === 'queued' || job?.status === 'running';
  const router = useRouter();
  const wasActive = useRef(active);

  // A draft finished while the page was open: the page is drawn again with its rows.
  useEffect(() => {
    if (wasActive.current && job?.status === 'done') router.refresh();
    wasActive.current = active;
  }, [active, job?.status, router]);

  const jobId = job?.id;
  useEffect(() => {
    if (!active || !jobId) return;
    const timer = setInterval(async () => {
      const next = await actions.poll({jobId});
      if (next) setJob(next);
    }, 1_000);
    return () => clearInterval(timer);
  }, [active, jobId, actions]);

  const request = () =>
    startTransition(async () => {
      setError(null);
      const result = await actions.request({textId});
      if (result.ok) setJob(result.job);
      else setError(result.error);
    });
  const reason = (code: string | null) => labels.errors[code ?? 'failed'] ?? labels.errors.failed;

  return (
    <div className="draft-progress" aria-live="polite">
      {active && job && (
        <p>
          <progress value={job.done} max={Math.max(1, job.total)} />{' '}
          {job.status === 'queued'
            ? labels.queued
            : labels.running.replace('{done}', String(job.done)).replace('{total}', String(job.total))}
        </p>
      )}
      {job?.status === 'done' && canRequest && (
        <p>
          {labels.done}{' '}
          <button type="button" onClick={() => router.refresh()}>
            {labels.show}
          </button>
        </p>
      )}
      {job?.status === 'failed' && (
        <p role="alert">
          {labels.failed} {reason(job.error)}
        </p>
      )}
      {error && <p role="alert">{reason(error)}</p>}
      {canRequest && !active && job?.status !== 'done' && (
        <button type="button" onClick={request} disabled={pending}>
          {pending ? labels.requesting : labels.request}
        </button>
      )}
    </div>
  );
}
