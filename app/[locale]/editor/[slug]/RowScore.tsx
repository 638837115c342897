import type {LinkState} from '@/core/vocabulary';
import type {EditorLabels} from './labels';

export /** What a row's score means: confirmed by an editor, paired by a machine draft, or the aligner's confidence. */
function RowScore({link, machine, labels}: {link: LinkState; machine: boolean; labels: EditorLabels}) {
  if (link.status === 'confirmed') {
    return (
      <span className="badge ok" title={labels.confirmedTitle}>
        {labels.confirmed}
      </span>
    );
  }
  if (machine)
    return (
      <span className="badge machine" title={labels.machineTitle}>
        {labels.machineRow}
      </span>
    );
  const shown = labels.confidenceShort.replace('{percent}', String(Math.round(link.score * 100)));
  return (
    <span className="score" title={labels.confidence}>
      {shown}
    </span>
  );
}
