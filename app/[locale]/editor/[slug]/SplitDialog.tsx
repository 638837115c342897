'use client';

import type {LinkState} from '@/core/vocabulary';
import type {EditorLabels} from './labels';

/** How many paragraphs of each side stay in the row; the rest start a row of their own. */
export function SplitDialog(props: {
  row: LinkState;
  labels: EditorLabels;
  onApply: (idCount: number, enCount: number) => void;
  onCancel: () => void;
}) {
  const {row, labels} = props;
  const idLen = row.idEnd - row.idStart;
  const enLen = row.enEnd - row.enStart;
  return (
    <form
      className="split-dialog"
      role="dialog"
      aria-label={labels.splitTitle}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        props.onApply(Number(data.get('idCount')), Number(data.get('enCount')));
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel();
      }}
    >
      <p>{labels.splitTitle}</p>
      <label>
        {labels.splitId}{' '}
        <input name="idCount" type="number" min={0} max={idLen} defaultValue={Math.ceil(idLen / 2)} autoFocus />
      </label>
      <label>
        {labels.splitEn} <input name="enCount" type="number" min={0} max={enLen} defaultValue={Math.ceil(enLen / 2)} />
      </label>
      <button type="submit">{labels.apply}</button>
      <button type="button" onClick={props.onCancel}>
        {labels.cancel}
      </button>
    </form>
  );
}
