'use client';

import {useState, useTransition} from 'react';
import {useRouter} from 'next/navigation';
import type {EditActionResult} from '../../actions';

export interface RestoreLabels {
  restore: string;
  /** The question, with the revision and the number of later changes filled in by the server. */
  confirm: string;
  confirmYes: string;
  cancel: string;
  cancelled: string;
  /** Per refusal (Editor.messages). */
  errors: Record<string, string>;
}

/**
 * Restores a revision after a question: the changes after it are undone (and stay in the history to
 * be redone). Success goes to `doneHref`, whose page says what happened.
 */
export function RestoreButton({
  input,
  doneHref,
  labels,
  restore,
}: {
  input: {textId: string; revision: number; number: number};
  doneHref: string;
  labels: RestoreLabels;
  restore: (input: unknown) => Promise<EditActionResult>;
}) {
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();

  const confirm = () =>
    startTransition(async () => {
      const result = await restore(input);
      setAsking(false);
      if (result.ok) router.push(doneHref);
      else setMessage(labels.errors[result.error] ?? labels.errors.invalidOperation);
    });

  return (
    <div className="restore">
      {asking ? (
        <div role="group" aria-label={labels.restore} className="restore-confirm">
          <p>{labels.confirm}</p>
          <button type="button" className="primary" disabled={pending} onClick={confirm}>
            {labels.confirmYes}
          </button>
          <button
            type="button"
            disabled={pending}
            onClick={() => {
              setAsking(false);
              setMessage(labels.cancelled);
            }}
          >
            {labels.cancel}
          </button>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => {
            setMessage(null);
            setAsking(true);
          }}
        >
          {labels.restore}
        </button>
      )}
      <p role="status" className="restore-message">
        {message}
      </p>
    </div>
  );
}
