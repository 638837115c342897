// What the server page hands the editor: its labels, and the messages it formats with values.
import type {ChapterBarLabels} from './ChapterBar';
import type {TextStatus} from '@/core/editing/alignmentChange';
import type {ToolbarCommand} from './keymap';
import type {MemoryMatchesLabels} from './MemoryMatches';

export interface EditorLabels {
  shortcuts: string;
  /** Per help line of the keymap (keymap.ts). */
  keys: Record<string, string>;
  statusNames: Record<TextStatus, string>;
  confidence: string;
  /** With {percent} left in, filled here. */
  confidenceShort: string;
  flagged: string;
  /** The marker of a row whose words mostly fail to align, and what it means. */
  suspicious: string;
  suspiciousTitle: string;
  confirmed: string;
  confirmedTitle: string;
  machineRow: string;
  machineTitle: string;
  legend: string;
  gridLabel: string;
  noCounterpart: string;
  /** In place of a paragraph that is still loading. */
  loading: string;
  splitTitle: string;
  splitId: string;
  splitEn: string;
  apply: string;
  cancel: string;
  save: string;
  splitHere: string;
  editHint: string;
  status: string;
  nextStatus: Partial<Record<TextStatus, string>>;
  keysHint: string;
  oneLanguage: string;
  toolbar: Record<ToolbarCommand | 'label', string>;
  memory: MemoryMatchesLabels;
  chapters: ChapterBarLabels;
}

/**
 * Messages that take values, formatted here: Editor.messages (feedback and refusals) and Operations
 * (an operation in words), as the server page hands them over.
 */
export interface EditorMessages {
  Editor: {messages: Record<string, string>};
  Operations: Record<string, string>;
}
